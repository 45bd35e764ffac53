// A form's typed values, echoed back with a refusal so the form keeps them. Apart from result.ts:
// a client form reads LIST_SEPARATOR, and result.ts imports zod, which would follow it into the
// browser's scripts (tests/unit/browser-imports.test.ts).

/** Separates the values of a repeated field (`name[]`, e.g. ticked boxes) in the echo. */
export const LIST_SEPARATOR = "\n";

export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || omit.includes(key)) continue;
    values[key] = key.endsWith("[]") && key in values ? `${values[key]}${LIST_SEPARATOR}${value}` : value;
  }
  return values;
}
