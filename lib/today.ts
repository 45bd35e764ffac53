import { dayInZone } from "./dates";

/** The officers' time zone: APP_TIME_ZONE (an IANA name such as Asia/Taipei), UTC by default. */
export function officeTimeZone(): string {
  const zone = process.env.APP_TIME_ZONE?.trim() || "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
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
  const text = new Intl.DateTimeFormat(locale === "zh-TW" ? "zh-TW" : "en-GB", { timeZone: zone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
  return `${text} ${zone}`;
}
