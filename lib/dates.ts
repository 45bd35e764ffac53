// Calendar days are ISO strings ("2024-04-30"). Arithmetic goes through UTC so that a day never
// moves with the server's time zone.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Building an Intl formatter costs far more than using one (a workbook formats 50,000 dates), and
 * one never changes: one per locale and options, kept for the life of the process.
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** Today in the given IANA time zone (the officer's, not the server's). */
export function todayIso(timeZone = process.env.TZ || "UTC", now: Date = new Date()): string {
  return dayInZone(now, timeZone);
}

/** The calendar day an instant falls on in a time zone. */
export function dayInZone(instant: Date, timeZone: string): string {
  const parts = dateFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return isoDay(part("year"), part("month"), part("day"));
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const toUtc = (day: string) => {
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

export type DateLocale = "en" | "zh-TW";

const INTL_LOCALE: Record<DateLocale, string> = { en: "en-GB", "zh-TW": "zh-TW" };

function utcDate(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** "26 Feb 2024" or "2024年2月26日"; a value that is not a calendar day is shown as it is rather than failing the page. */
export function formatDay(day: string, locale: DateLocale = "en"): string {
  if (!isIsoDay(day)) return day;
  const month = locale === "en" ? "short" : "long";
  return dateFormat(INTL_LOCALE[locale], { day: "numeric", month, year: "numeric", timeZone: "UTC" }).format(utcDate(day));
}

/** "27–28 Feb 2024", "30 Jun – 2 Jul 2024"; "2024年2月27日至28日", "2024年6月30日至7月2日"; or one day. */
export function formatDayRange(start: string, end: string, locale: DateLocale = "en"): string {
  if (start === end) return formatDay(start, locale);
  if (!isIsoDay(start) || !isIsoDay(end)) return `${formatDay(start, locale)} – ${formatDay(end, locale)}`;
  const [sy, sm, sd] = start.split("-").map(Number) as [number, number, number];
  const [ey, em, ed] = end.split("-").map(Number) as [number, number, number];
  if (locale === "zh-TW") {
    if (sy !== ey) return `${formatDay(start, locale)}至${formatDay(end, locale)}`;
    return sm === em ? `${sy}年${sm}月${sd}日至${ed}日` : `${sy}年${sm}月${sd}日至${em}月${ed}日`;
  }
  if (sy === ey && sm === em) return `${sd}–${formatDay(end)}`;
  if (sy === ey) return `${formatDay(start).replace(/ \d{4}$/, "")} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** "April 2024" or "2024年4月". */
export function formatMonth(year: number, month: number, locale: DateLocale = "en"): string {
  return dateFormat(INTL_LOCALE[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, 1)));
}
