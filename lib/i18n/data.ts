// Data in the reader's language: titles and names have an English and a Chinese form; when the
// one asked for is missing, the other is shown and marked as such, never left blank.
import { economyLabel } from "../labels";
import { htmlLang, type Locale } from "./config";

export interface LocalText {
  text: string;
  lang: string;
  fallback: boolean;
}

export function localTitle(item: { titleEn: string; titleZh: string | null }, locale: Locale): LocalText {
  if (locale === "zh-TW") {
    return item.titleZh ? { text: item.titleZh, lang: htmlLang("zh-TW"), fallback: false } : { text: item.titleEn, lang: "en", fallback: true };
  }
  return { text: item.titleEn, lang: "en", fallback: false };
}

/** The other language's title, shown beneath, if there is one. */
export function otherTitle(item: { titleEn: string; titleZh: string | null }, locale: Locale): LocalText | null {
  if (locale === "zh-TW") return item.titleZh ? { text: item.titleEn, lang: "en", fallback: false } : null;
  return item.titleZh ? { text: item.titleZh, lang: htmlLang("zh-TW"), fallback: false } : null;
}

export function economyName(economy: { name: string; shortName: string | null; nameZh?: string | null }, locale: Locale): string {
  return locale === "zh-TW" && economy.nameZh ? economy.nameZh : economyLabel(economy);
}

export function milestoneTitle(milestone: { title: string; titleZh?: string | null }, locale: Locale): string {
  return locale === "zh-TW" && milestone.titleZh ? milestone.titleZh : milestone.title;
}

/** A meeting as a list names it: its short name in English ("SCCP1 2024"), its Chinese name in Chinese. */
export function meetingName(meeting: { name: string; shortName: string | null; nameZh?: string | null }, locale: Locale): string {
  return locale === "zh-TW" && meeting.nameZh ? meeting.nameZh : (meeting.shortName ?? meeting.name);
}
