// The words an import understands, taken from the same catalogues the export writes with: column
// headings, kinds and statuses in English or Chinese, and the ways officers name economies.
import { ItemKind, ItemStatus, MilestoneStatus } from "../db/generated/enums";
import { catalogueTranslator } from "../i18n/catalogue";
import { LOCALES, type Locale } from "../i18n/config";

/** Case, width (full-width brackets, ideographic spaces) and spacing do not make another word. */
export function normalise(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Line breaks as LF. A workbook gives back LF for every CR LF it was written with, a browser sends
 * a textarea's with CR LF, and a spreadsheet saves a CSV either way: the same text all the same.
 */
export function unifyLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

const translators = Object.fromEntries(LOCALES.map((locale) => [locale, catalogueTranslator(locale)])) as Record<
  Locale,
  ReturnType<typeof catalogueTranslator>
>;

export function word(locale: Locale, key: string): string {
  return translators[locale](key as never);
}

/** A column's heading as the export writes it in that language. */
export function heading(column: string, locale: Locale): string {
  return word(locale, `export.${column}`);
}

/** Headings in either language, to the column and the language they are in. */
export function headingLookup<C extends string>(columns: readonly C[]): Map<string, { column: C; locale: Locale }> {
  const lookup = new Map<string, { column: C; locale: Locale }>();
  for (const locale of LOCALES) {
    for (const column of columns) lookup.set(normalise(heading(column, locale)), { column, locale });
  }
  return lookup;
}

/** An enum's labels in both languages, and its codes, to the code. */
function labels<V extends string>(namespace: string, values: readonly V[]): Map<string, V> {
  const lookup = new Map<string, V>();
  for (const value of values) {
    lookup.set(normalise(value), value);
    for (const locale of LOCALES) lookup.set(normalise(word(locale, `${namespace}.${value}`)), value);
  }
  return lookup;
}

const KINDS = labels("enums.itemKind", Object.values(ItemKind));
// A project whose funding is not stated is exported with a label of its own (or left blank).
const NO_KIND = new Set(["", ...LOCALES.map((locale) => normalise(word(locale, "enums.itemKind.none")))]);
const STATUSES = labels("enums.itemStatus", Object.values(ItemStatus));
const MILESTONE_STATUSES = labels("enums.milestoneStatus", Object.values(MilestoneStatus));

/** undefined when the text names no kind; null for "funding not stated". */
export function readKind(text: string): ItemKind | null | undefined {
  const key = normalise(text);
  return NO_KIND.has(key) ? null : KINDS.get(key);
}

export function readStatus(text: string): ItemStatus | undefined {
  return STATUSES.get(normalise(text));
}

export function readMilestoneStatus(text: string): MilestoneStatus | undefined {
  return MILESTONE_STATUSES.get(normalise(text));
}

export interface NamedEconomy {
  code: string;
  name: string;
  shortName: string | null;
  nameZh: string;
}

/** Any name the app shows an economy by, in either language, or its code, to the code. */
export function economyReader(economies: NamedEconomy[]): (text: string) => string | undefined {
  const lookup = new Map<string, string>();
  for (const economy of economies) {
    for (const name of [economy.code, economy.name, economy.shortName, economy.nameZh]) {
      if (name) lookup.set(normalise(name), economy.code);
    }
  }
  return (text) => lookup.get(normalise(text));
}

/**
 * A cell's list of co-sponsors: the export joins them with "; " or "、"; officers also type
 * full-width semicolons or one per line. Never commas: "Hong Kong, China" is one economy.
 */
export function splitList(text: string): string[] {
  return text
    .split(/[;；、\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
