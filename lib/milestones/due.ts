// A milestone's due date is as precise as the source that gave it: a day, a month ("April 2024"),
// a quarter, a year, an anchor ("SOM3 2024") or nothing yet. The period it covers is stored as
// dueStart/dueEnd so SQL can sort and find what is late; nothing is ever shown as a made-up day.
import { formatDay, formatDayRange, formatMonth, isIsoDay, isoDay, lastDayOfMonth, type DateLocale } from "../dates";
import type { DatePrecision, MilestoneStatus } from "../db/generated/enums";

export type Due =
  | { precision: "DAY"; date: string }
  | { precision: "MONTH"; year: number; month: number }
  | { precision: "QUARTER"; year: number; quarter: number }
  | { precision: "YEAR"; year: number }
  | { precision: "ANCHOR"; anchor: string; start?: string; end?: string }
  | { precision: "UNDATED" };

export interface StoredDue {
  precision: DatePrecision;
  dueStart: string | null;
  dueEnd: string | null;
  anchor: string | null;
}

const WORDS: Record<DateLocale, { undated: string; quarter: (q: number, year: number) => string; year: (year: string) => string }> = {
  en: { undated: "No date yet", quarter: (q, year) => `Q${q} ${year}`, year: (year) => year },
  "zh-TW": { undated: "尚未訂定日期", quarter: (q, year) => `${year}年第${q}季`, year: (year) => `${year}年` },
};

export function toStoredDue(due: Due): StoredDue {
  switch (due.precision) {
    case "DAY":
      if (!isIsoDay(due.date)) throw new RangeError(`"${due.date}" is not a calendar day (YYYY-MM-DD).`);
      return { precision: "DAY", dueStart: due.date, dueEnd: due.date, anchor: null };
    case "MONTH":
      checkYear(due.year);
      if (!Number.isInteger(due.month) || due.month < 1 || due.month > 12) throw new RangeError(`Month ${due.month} is not 1–12.`);
      return {
        precision: "MONTH",
        dueStart: isoDay(due.year, due.month, 1),
        dueEnd: isoDay(due.year, due.month, lastDayOfMonth(due.year, due.month)),
        anchor: null,
      };
    case "QUARTER": {
      checkYear(due.year);
      if (!Number.isInteger(due.quarter) || due.quarter < 1 || due.quarter > 4) throw new RangeError(`Quarter ${due.quarter} is not 1–4.`);
      const lastMonth = due.quarter * 3;
      return {
        precision: "QUARTER",
        dueStart: isoDay(due.year, lastMonth - 2, 1),
        dueEnd: isoDay(due.year, lastMonth, lastDayOfMonth(due.year, lastMonth)),
        anchor: null,
      };
    }
    case "YEAR":
      checkYear(due.year);
      return { precision: "YEAR", dueStart: isoDay(due.year, 1, 1), dueEnd: isoDay(due.year, 12, 31), anchor: null };
    case "ANCHOR": {
      const anchor = due.anchor.trim();
      if (!anchor) throw new RangeError('An anchored milestone needs its anchor, e.g. "SOM3 2024".');
      const start = due.start ?? null;
      const end = due.end ?? due.start ?? null;
      if ((start && !isIsoDay(start)) || (end && !isIsoDay(end)) || (start && end && end < start)) {
        throw new RangeError(`The days of anchor "${anchor}" are not a valid period.`);
      }
      return { precision: "ANCHOR", dueStart: start, dueEnd: end, anchor };
    }
    case "UNDATED":
      return { precision: "UNDATED", dueStart: null, dueEnd: null, anchor: null };
  }
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 1989 || year > 2200) throw new RangeError(`Year ${year} is outside 1989–2200.`);
}

/**
 * Reads the short forms officers type and spreadsheets carry: "2024-04-15", "2024-04", "2024-Q2",
 * "2024". Anything else is refused rather than guessed; anchors are given explicitly.
 */
export function parseDue(text: string): Due {
  const value = text.trim();
  if (value === "") return { precision: "UNDATED" };
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return { precision: "DAY", date: value };
  if ((match = /^(\d{4})-(\d{2})$/.exec(value))) return { precision: "MONTH", year: Number(match[1]), month: Number(match[2]) };
  if ((match = /^(\d{4})-?Q([1-4])$/i.exec(value))) return { precision: "QUARTER", year: Number(match[1]), quarter: Number(match[2]) };
  if ((match = /^(\d{4})$/.exec(value))) return { precision: "YEAR", year: Number(match[1]) };
  throw new RangeError(`"${value}" is not a due date: use 2024-04-15, 2024-04, 2024-Q2 or 2024.`);
}

/** How an officer reads the due date, in their language: honest about its precision. */
export function formatDue(due: StoredDue, locale: DateLocale = "en"): string {
  const words = WORDS[locale];
  if (due.precision === "ANCHOR") {
    return due.anchor && due.dueStart && due.dueEnd ? `${due.anchor} (${formatDayRange(due.dueStart, due.dueEnd, locale)})` : (due.anchor ?? words.undated);
  }
  if (due.precision === "UNDATED" || !due.dueStart) return words.undated;
  const [year, month] = due.dueStart.split("-").map(Number) as [number, number];
  switch (due.precision) {
    case "DAY":
      return formatDay(due.dueStart, locale);
    case "MONTH":
      return formatMonth(year, month, locale);
    case "QUARTER":
      return words.quarter(Math.ceil(month / 3), year);
    case "YEAR":
      return words.year(String(year));
  }
}

export type DueState = "done" | "cancelled" | "overdue" | "due-soon" | "upcoming" | "undated";

/** Where a milestone stands on `today`: late only once the whole period it may fall in has passed. */
export function dueState(milestone: { status: MilestoneStatus; dueEnd: string | null }, today: string, soonDays = 30): DueState {
  if (milestone.status === "DONE") return "done";
  if (milestone.status === "CANCELLED") return "cancelled";
  if (milestone.status === "LATE") return "overdue";
  if (!milestone.dueEnd) return "undated";
  if (milestone.dueEnd < today) return "overdue";
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + soonDays);
  return milestone.dueEnd <= soon.toISOString().slice(0, 10) ? "due-soon" : "upcoming";
}
