import { addDays, daysBetween, isoDay } from "@/lib/dates";

export const ZOOMS = ["month", "quarter", "year"] as const;
export type Zoom = (typeof ZOOMS)[number];

/** How many years each zoom shows, and how many columns divide each of them. */
const YEARS: Record<Zoom, number> = { month: 1, quarter: 3, year: 10 };
const COLUMNS_PER_YEAR: Record<Zoom, number> = { month: 12, quarter: 4, year: 1 };

export const FIRST_YEAR = 1989;
export const LAST_YEAR = 2100;

export interface Column {
  /** The year, and the month or quarter within it (1 for a whole year). */
  year: number;
  part: number;
  start: string;
  /** The column's last day. */
  end: string;
}

export interface Period {
  zoom: Zoom;
  firstYear: number;
  lastYear: number;
  start: string;
  end: string;
  columns: Column[];
}

/** Where a span sits on the scale, as fractions of its width; `open*` when it runs on past an edge. */
export interface Placed {
  from: number;
  to: number;
  openBefore: boolean;
  openAfter: boolean;
}

/**
 * The first year a view shows when the link names none: month zoom shows this year, quarter zoom
 * puts it in the middle of three, year zoom fifth of ten, so what is just past stays in sight.
 */
export function defaultFirstYear(zoom: Zoom, today: string): number {
  const year = Number(today.slice(0, 4));
  return Math.max(FIRST_YEAR, year - { month: 0, quarter: 1, year: 4 }[zoom]);
}

/** The years a zoom shows from `firstYear` ("when" is always the first year shown, at every zoom). */
export function periodOf(zoom: Zoom, firstYear: number): Period {
  const lastYear = firstYear + YEARS[zoom] - 1;
  const perYear = COLUMNS_PER_YEAR[zoom];
  const months = 12 / perYear;
  const columns: Column[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (let part = 1; part <= perYear; part++) {
      const start = isoDay(year, (part - 1) * months + 1, 1);
      const next = part === perYear ? isoDay(year + 1, 1, 1) : isoDay(year, part * months + 1, 1);
      columns.push({ year, part, start, end: addDays(next, -1) });
    }
  }
  return { zoom, firstYear, lastYear, start: isoDay(firstYear, 1, 1), end: isoDay(lastYear, 12, 31), columns };
}

/** The first year of the view before and after this one, or null past the years a link may name. */
export function neighbours(period: Period): { previous: number | null; next: number | null } {
  const years = period.lastYear - period.firstYear + 1;
  return {
    previous: period.firstYear > FIRST_YEAR ? Math.max(FIRST_YEAR, period.firstYear - years) : null,
    next: period.firstYear + years <= LAST_YEAR ? period.firstYear + years : null,
  };
}

function fraction(period: Period, day: string): number {
  return daysBetween(period.start, day) / (daysBetween(period.start, period.end) + 1);
}

/** A span of whole days (first to last, inclusive) on the scale, or null when it misses the period. */
export function placeSpan(period: Period, first: string, last: string): Placed | null {
  if (last < period.start || first > period.end) return null;
  return {
    from: Math.max(0, fraction(period, first)),
    to: Math.min(1, fraction(period, addDays(last, 1))),
    openBefore: first < period.start,
    openAfter: last > period.end,
  };
}

/** The middle of one day on the scale, or null when the day is outside the period. */
export function placeDay(period: Period, day: string): number | null {
  if (day < period.start || day > period.end) return null;
  return (fraction(period, day) + fraction(period, addDays(day, 1))) / 2;
}
