// Markup written as a string, for the few large parts of a page that are plain HTML with nothing for
// React to do: the work plan's filter form is 360 elements, and React spent about 4 ms of a page's
// CPU turning them into its payload and back into HTML. As one string it is sent once in each.
// Every value placed in a template is escaped unless it is itself markup made here, so text from
// the database can never become markup.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** Markup made by `markup`: placed in another template as it is, not escaped again. */
export class SafeHtml {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

/** What a template takes: text and numbers (escaped), markup, lists of them; false, null and undefined add nothing. */
export type MarkupValue = SafeHtml | string | number | false | null | undefined | readonly MarkupValue[];

function part(value: MarkupValue): string {
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(part).join("");
  if (value === false || value === null || value === undefined) return "";
  return escapeHtml(String(value));
}

/**
 * A template of markup. Place values only in text or inside a double-quoted attribute; a boolean
 * attribute is `${checked && markup\` checked\`}`.
 */
export function markup(strings: TemplateStringsArray, ...values: MarkupValue[]): SafeHtml {
  let text = strings[0]!;
  values.forEach((value, index) => {
    text += part(value) + strings[index + 1]!;
  });
  return new SafeHtml(text);
}
