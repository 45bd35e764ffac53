// Words for a document's kind, language and size, in the reader's language. Computed on the
// server and handed to client forms as options, so the browser's own language data never
// disagrees with the page it hydrates.
import type { FieldOption } from "@/components/forms/fields";
import type { DocumentKind } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/config";

type Translate = (key: string) => string;

const DOCUMENT_KIND_ORDER: DocumentKind[] = ["CONCEPT_NOTE", "SURVEY", "REPORT", "AGENDA", "PRESENTATION", "OTHER"];

export function kindOptions(t: Translate): FieldOption[] {
  return DOCUMENT_KIND_ORDER.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
}

/** Chinese is named by its script, as APEC's documents are: "Traditional Chinese", not a place. */
const SCRIPT_NAMED: Record<string, string> = { "zh-TW": "zh-Hant", "zh-CN": "zh-Hans" };

/** A BCP 47 tag named in the reader's language ("Traditional Chinese", "繁體中文"); "other" has its own word. */
export function languageName(code: string, locale: Locale, t: Translate): string {
  if (code === "other") return t("languageOther");
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(SCRIPT_NAMED[code] ?? code) ?? code;
  } catch {
    return code;
  }
}

export function languageOptions(codes: readonly string[], locale: Locale, t: Translate): FieldOption[] {
  return codes.map((code) => ({ value: code, label: languageName(code, locale, t) }));
}

/** Bytes as a reader counts them: "0.4 kB", "820 kB", "12.4 MB". */
export function formatSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, "megabyte"] : [bytes / 1_000, "kilobyte"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(value);
}
