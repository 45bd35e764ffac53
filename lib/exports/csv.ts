// CSV as Excel opens it cleanly (RFC 4180): a UTF-8 byte-order mark so Chinese titles show,
// CRLF line ends, a field quoted when it holds the separator, a quote or a line break ("Hong
// Kong, China" stays one field), and cells that a spreadsheet would run as a formula neutralised.

export type Separator = "," | ";";

const BOM = "\uFEFF";
// Spreadsheets may trim leading spaces (ASCII or ideographic) before reading a formula, and
// some read the full-width signs too.
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/** Apostrophes already in front count as part of the text, so that reading back can tell them apart. */
function runsAsFormula(value: string): boolean {
  return FORMULA_START.test(value.replace(/^'+/, ""));
}

/**
 * A cell beginning with =, +, -, @ (or a tab or carriage return) is read by spreadsheets as a
 * formula; a leading apostrophe makes it text, as OWASP advises against CSV injection.
 */
export function neutralise(value: string): string {
  return runsAsFormula(value) ? `'${value}` : value;
}

/** Takes off the apostrophe neutralise added, so an imported file holds the text that was exported. */
export function restoreNeutralised(value: string): string {
  return value.startsWith("'") && runsAsFormula(value.slice(1)) ? value.slice(1) : value;
}

export function csvField(value: string | number | null | undefined, separator: Separator): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : neutralise(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | null | undefined)[][], separator: Separator = ","): string {
  return BOM + rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join("\r\n") + "\r\n";
}
