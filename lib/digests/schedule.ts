// When an officer's digest is due: at 08:00 in the office's time zone, every day or on the weekday
// they chose. Pure: the time zone and "now" are given, so daylight-saving days can be tested in any
// zone whatever APP_TIME_ZONE the test runs under.
import { addDays, dateFormat, dayInZone } from "../dates";
import type { DigestFrequency } from "../db/generated/enums";

/** The hour of the office's day a digest is sent. */
export const DIGEST_HOUR = 8;

export interface DigestSchedule {
  frequency: DigestFrequency;
  /** ISO weekday of a weekly digest: 1 is Monday, 7 Sunday. */
  weekday: number;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar day. */
export function isoWeekday(day: string): number {
  const sunday0 = new Date(`${day}T00:00:00Z`).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
}

/** The instant the wall clock in `zone` reads `hour`:00 on `day`. */
export function zonedHour(day: string, hour: number, zone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour);
  const format = dateFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  // The zone's offset is read back at the guess; a second round corrects a guess that fell on the
  // other side of a daylight-saving change (which no zone makes at 08:00).
  let guess = wall;
  for (let round = 0; round < 2; round++) {
    const parts = format.formatToParts(new Date(guess));
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    const shown = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
    guess = wall - (shown - guess);
  }
  return new Date(guess);
}

/**
 * The latest scheduled digest moment at or before `now`: today's 08:00 (or yesterday's, before
 * 08:00) for a daily digest; the last 08:00 on the chosen weekday for a weekly one. Null when the
 * officer takes no digest.
 */
export function latestDigestSlot(schedule: DigestSchedule, now: Date, zone: string): Date | null {
  if (schedule.frequency === "OFF") return null;
  const weekday = schedule.weekday >= 1 && schedule.weekday <= 7 ? schedule.weekday : 1;
  const today = dayInZone(now, zone);
  // Eight days back always holds the weekday's last 08:00 before now, even when today's is still ahead.
  for (let back = 0; back <= 8; back++) {
    const day = addDays(today, -back);
    if (schedule.frequency === "WEEKLY" && isoWeekday(day) !== weekday) continue;
    const slot = zonedHour(day, DIGEST_HOUR, zone);
    if (slot.getTime() <= now.getTime()) return slot;
  }
  throw new Error(`No digest moment found before ${now.toISOString()} in ${zone}.`);
}

/** The scheduled moment before `slot`: where a first digest's "what changed" starts. */
export function previousDigestSlot(schedule: DigestSchedule, slot: Date, zone: string): Date | null {
  return latestDigestSlot(schedule, new Date(slot.getTime() - 1), zone);
}

/**
 * Whether a digest (an officer's own, or a view subscription's) is due at `slot`: it has not
 * covered that moment yet, or, never sent, it existed before the moment came.
 */
export function digestIsDue(slot: Date | null, lastDigestAt: Date | null, createdAt: Date): slot is Date {
  if (!slot) return false;
  return lastDigestAt ? slot.getTime() > lastDigestAt.getTime() : createdAt.getTime() < slot.getTime();
}
