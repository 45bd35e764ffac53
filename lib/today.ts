import { dateFormat, dayInZone } from "./dates";

/** The officers' time zone: APP_TIME_ZONE (an IANA name such as Asia/Taipei), UTC by default. */
export function officeTimeZone(): string {
  const zone = process.env.APP_TIME_ZONE?.trim() || "UTC";
  try {
    dateFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    throw new Error(`APP_TIME_ZONE="${zone}" is not a time zone this server knows; use an IANA name such as Asia/Taipei.`);
  }
}

/** The officers' "today". */
export function officeToday(now: Date = new Date()): string {
  return dayInZone(now, officeTimeZone());
}

/** The officers' calendar day of an instant, e.g. when an item was archived. */
export function officeDay(instant: Date): string {
  return dayInZone(instant, officeTimeZone());
}

/** "25 Nov 2026, 14:05 Asia/Taipei": in the officers' time zone, which is named. */
export function formatInstant(instant: Date, locale: "en" | "zh-TW" = "en"): string {
  const zone = officeTimeZone();
  const text = dateFormat(locale === "zh-TW" ? "zh-TW" : "en-GB", {
    timeZone: zone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
  return `${text} ${zone}`;
}

/** The instant a calendar day begins in the officers' time zone (meeting days are such days). */
export function officeDayStart(day: string): Date {
  const zone = officeTimeZone();
  const utc = new Date(`${day}T00:00:00Z`);
  // The zone's offset at that moment, read back through Intl; twice, in case the first guess
  // falls on the other side of a daylight-saving change.
  let guess = utc.getTime();
  for (let i = 0; i < 2; i++) {
    const parts = dateFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    }).formatToParts(new Date(guess));
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    const shown = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
    guess = utc.getTime() - (shown - guess);
  }
  return new Date(guess);
}
