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

/** Today in the given IANA time zone (the officer's, not the server's). */
export function todayIso(timeZone = process.env.TZ || "UTC", now: Date = new Date()): string {
  return dayInZone(now, timeZone);
}

/** The calendar day an instant falls on in a time zone. */
export function dayInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" }).formatToParts(instant);
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

/** "26 Feb 2024"; a value that is not a calendar day is shown as it is rather than failing the page. */
export function formatDay(day: string): string {
  if (!isIsoDay(day)) return day;
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** "27–28 Feb 2024", "30 Jun – 2 Jul 2024", or one day. */
export function formatDayRange(start: string, end: string): string {
  if (start === end || !isIsoDay(start) || !isIsoDay(end)) return start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
  const [sy, sm] = start.split("-").map(Number) as [number, number];
  const [ey, em] = end.split("-").map(Number) as [number, number];
  const startDay = Number(start.slice(8));
  if (sy === ey && sm === em) return `${startDay}–${formatDay(end)}`;
  if (sy === ey) return `${formatDay(start).replace(/ \d{4}$/, "")} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}
