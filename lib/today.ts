import { todayIso } from "./dates";

/** The officers' "today": APP_TIME_ZONE (an IANA zone such as Asia/Taipei), UTC by default. */
export function officeToday(now: Date = new Date()): string {
  const zone = process.env.APP_TIME_ZONE?.trim() || "UTC";
  try {
    return todayIso(zone, now);
  } catch {
    throw new Error(`APP_TIME_ZONE="${zone}" is not a time zone this server knows; use an IANA name such as Asia/Taipei.`);
  }
}
