import { createTranslator } from "next-intl";
import { translateMessage } from "@/lib/i18n/message";
import en from "@/lib/i18n/messages/en.json";
import zhTW from "@/lib/i18n/messages/zh-TW.json";

const translators = {
  en: createTranslator({ locale: "en", messages: en }),
  "zh-TW": createTranslator({ locale: "zh-TW", messages: zhTW }),
};

/** A message as an officer reads it, in English or Traditional Chinese. */
export function rendered(text: string, locale: "en" | "zh-TW" = "en"): string {
  return translateMessage(translators[locale] as never, text);
}
