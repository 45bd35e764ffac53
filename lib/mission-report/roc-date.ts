// Dates as a mission report writes them. Its cover and the meeting's dates use the Republic of
// China calendar (民國113年2月27日; year 1 is 1912, written 元年); the body, like the source report,
// writes Western years (2024年5月), and the English report writes dates in full ("27–28 February 2024").
// A date is never more precise than what is known: a month-only date stays a month.
import { isIsoDay } from "../dates";
import type { DatePrecision } from "../db/generated/enums";
import type { Locale } from "../i18n/config";

export type ReportLanguage = Locale;
export type Calendar = "roc" | "western";

/** When something happens, as precisely as it is known (a meeting's or a milestone's date). */
export interface ReportDate {
  precision: DatePrecision;
  start: string | null;
  end: string | null;
  anchor: string | null;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function parts(day: string): [number, number, number] {
  if (!isIsoDay(day)) throw new RangeError(`"${day}" is not a calendar day (YYYY-MM-DD).`);
  return day.split("-").map(Number) as [number, number, number];
}

/** 2024 → 113, 1912 → 元, 1911 → 前1: the Republic of China's year for a Western one. */
export function rocYear(year: number): string {
  if (!Number.isInteger(year)) throw new RangeError(`${year} is not a year.`);
  if (year === 1912) return "元";
  return year > 1912 ? String(year - 1911) : `前${1912 - year}`;
}

function yearText(year: number, calendar: Calendar): string {
  return calendar === "roc" ? `民國${rocYear(year)}年` : `${year}年`;
}

/** 民國113年2月27日 (or 2024年2月27日 in the Western calendar). */
export function chineseDay(day: string, calendar: Calendar = "roc"): string {
  const [y, m, d] = parts(day);
  return `${yearText(y, calendar)}${m}月${d}日`;
}

/** 民國113年2月27日至28日, 民國113年2月27日至3月1日, 民國113年12月30日至114年1月2日. */
export function chineseDayRange(start: string, end: string, calendar: Calendar = "roc"): string {
  const [sy, sm] = parts(start);
  const [ey, em, ed] = parts(end);
  if (end < start) throw new RangeError(`${end} is before ${start}.`);
  if (start === end) return chineseDay(start, calendar);
  const first = chineseDay(start, calendar);
  if (sy !== ey) return `${first}至${calendar === "roc" ? `${rocYear(ey)}年` : `${ey}年`}${em}月${ed}日`;
  return sm === em ? `${first}至${ed}日` : `${first}至${em}月${ed}日`;
}

/** 民國113年8月 (or 2024年8月). */
export function chineseMonth(year: number, month: number, calendar: Calendar = "roc"): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Month ${month} is not 1–12.`);
  return `${yearText(year, calendar)}${month}月`;
}

/** 26 February 2024. */
export function englishDay(day: string): string {
  const [y, m, d] = parts(day);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** 27–28 February 2024, 30 June – 2 July 2024, 30 December 2024 – 2 January 2025. */
export function englishDayRange(start: string, end: string): string {
  const [sy, sm, sd] = parts(start);
  const [ey, em] = parts(end);
  if (end < start) throw new RangeError(`${end} is before ${start}.`);
  if (start === end) return englishDay(start);
  if (sy !== ey) return `${englishDay(start)} – ${englishDay(end)}`;
  if (sm !== em) return `${sd} ${MONTHS[sm - 1]} – ${englishDay(end)}`;
  return `${sd}–${englishDay(end)}`;
}

const UNDATED: Record<ReportLanguage, string> = { "zh-TW": "日期未定", en: "date not yet set" };

/**
 * A date of any precision in the report's language: in Chinese by the ROC calendar or the Western
 * one as the place in the form calls for, in English always Western. An anchor ("SOM3 2024") is
 * written with its days when they are known.
 */
export function reportDate(date: ReportDate, language: ReportLanguage, calendar: Calendar = "roc"): string {
  const { start, end } = date;
  if (date.precision === "ANCHOR") {
    const anchor = date.anchor?.trim();
    if (!anchor) return start ? reportDate({ ...date, precision: "DAY", end: end ?? start }, language, calendar) : UNDATED[language];
    if (!start) return anchor;
    const days = reportDate({ precision: "DAY", start, end: end ?? start, anchor: null }, language, calendar);
    return language === "zh-TW" ? `${anchor}（${days}）` : `${anchor} (${days})`;
  }
  if (date.precision === "UNDATED" || !start) return UNDATED[language];
  const [year, month] = parts(start);
  const zh = language === "zh-TW";
  switch (date.precision) {
    case "DAY":
      return zh ? chineseDayRange(start, end ?? start, calendar) : englishDayRange(start, end ?? start);
    case "MONTH":
      return zh ? chineseMonth(year, month, calendar) : `${MONTHS[month - 1]} ${year}`;
    case "QUARTER": {
      const quarter = Math.ceil(month / 3);
      return zh ? `${yearText(year, calendar)}第${quarter}季` : `Q${quarter} ${year}`;
    }
    case "YEAR":
      return zh ? yearText(year, calendar) : String(year);
  }
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）" };

/**
 * Chinese text takes full-width punctuation: a comma, colon, semicolon, question or exclamation
 * mark written after a Chinese character becomes full-width, and so do parentheses that open or
 * close next to Chinese text (with their partner). Punctuation inside English ("(World Trade
 * Organization, WTO)") keeps its own commas.
 */
export function fullWidthPunctuation(text: string): string {
  const chars = [...text];
  const out = [...chars];
  const open: number[] = [];
  const isCjk = (index: number) => index >= 0 && index < chars.length && CJK.test(chars[index]!);
  chars.forEach((char, index) => {
    if (char === "(") {
      open.push(index);
      if (isCjk(index - 1) || isCjk(index + 1)) out[index] = "（";
    } else if (char === ")") {
      const opening = open.pop();
      if (opening !== undefined && (out[opening] === "（" || isCjk(index - 1) || isCjk(index + 1))) {
        out[opening] = "（";
        out[index] = "）";
      }
    } else if (",;:!?".includes(char) && isCjk(index - 1)) {
      out[index] = FULL_WIDTH[char]!;
    }
  });
  return out.join("");
}

/** 「甲、乙及丙」 in Chinese, "A, B and C" in English. */
export function joinList(items: readonly string[], language: ReportLanguage): string {
  if (items.length <= 1) return items[0] ?? "";
  const last = items[items.length - 1]!;
  const rest = items.slice(0, -1);
  return language === "zh-TW" ? `${rest.join("、")}及${last}` : `${rest.join(", ")} and ${last}`;
}
