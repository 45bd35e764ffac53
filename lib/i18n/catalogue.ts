import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import en from "./messages/en.json";
import zhTW from "./messages/zh-TW.json";

/** The catalogue's words in a given language, for files made or read outside a page's request. */
export function catalogueTranslator(locale: Locale) {
  return createTranslator({ locale, messages: locale === "zh-TW" ? zhTW : en });
}

export type CatalogueTranslator = ReturnType<typeof catalogueTranslator>;
