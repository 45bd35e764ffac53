import { getRequestConfig } from "next-intl/server";
import { resolveLocale } from "./locale";
import en from "./messages/en.json";
import zhTW from "./messages/zh-TW.json";

const MESSAGES = { en, "zh-TW": zhTW } as const;

export default getRequestConfig(async ({ locale: requested }) => {
  const locale = requested === "en" || requested === "zh-TW" ? requested : await resolveLocale();
  return { locale, messages: MESSAGES[locale], timeZone: process.env.APP_TIME_ZONE?.trim() || "UTC" };
});
