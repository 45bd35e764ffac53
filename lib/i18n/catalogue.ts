import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import en from "./messages/en.json";
import zhTW from "./messages/zh-TW.json";

function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: locale === "zh-TW" ? zhTW : en });
}

export type CatalogueTranslator = ReturnType<typeof translatorFor>;

/**
 * The catalogue's words in a given language, for files made or read outside a page's request.
 * A label without placeholders is looked up once: a file of 50,000 rows asks for the same few
 * status and kind labels over and over.
 */
export function catalogueTranslator(locale: Locale): CatalogueTranslator {
  const t = translatorFor(locale);
  const labels = new Map<string, string>();
  const remembering = (key: string, values?: Record<string, unknown>) => {
    if (values !== undefined) return (t as (key: string, values: Record<string, unknown>) => string)(key, values);
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = (t as (key: string) => string)(key)));
    return label;
  };
  return Object.assign(remembering, t) as unknown as CatalogueTranslator;
}
