// Server code (validation, actions) does not know the reader's language, so it returns messages
// as keys with their values, encoded in the string it would otherwise fill in; the page renders
// them in the chosen language. A plain string passes through unchanged.
const SEPARATOR = "\u241F";

export type MessageValues = Record<string, string | number>;

export function msg(key: string, values?: MessageValues): string {
  return values ? `${key}${SEPARATOR}${JSON.stringify(values)}` : `${key}${SEPARATOR}`;
}

export function decodeMessage(text: string): { key: string; values: MessageValues } | null {
  const at = text.indexOf(SEPARATOR);
  if (at <= 0) return null;
  const key = text.slice(0, at);
  const rest = text.slice(at + SEPARATOR.length);
  try {
    return { key, values: rest ? (JSON.parse(rest) as MessageValues) : {} };
  } catch {
    return null;
  }
}

type Translate = {
  (key: string, values?: MessageValues): string;
  has(key: string): boolean;
};

/** Renders an encoded message in the reader's language; values named "field" are field keys. */
export function translateMessage(t: Translate, text: string): string {
  const decoded = decodeMessage(text);
  if (!decoded || !t.has(decoded.key)) return decoded ? decoded.key : text;
  const values = { ...decoded.values };
  const field = (key: string) => (t.has(`fields.${key}`) ? t(`fields.${key}`) : key);
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== "string") continue;
    if (name === "field") values[name] = field(value);
    if (name === "fields") values[name] = value.split(",").filter(Boolean).map(field).join(t("common.listSeparator"));
    if ((name === "role" || name === "from") && t.has(`enums.role.${value}`)) values[name] = t(`enums.role.${value}`);
    if (name === "status" && t.has(`enums.itemStatus.${value}`)) values[name] = t(`enums.itemStatus.${value}`);
  }
  return t(decoded.key, values);
}
