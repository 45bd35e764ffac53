// A meeting's date by the milestones' precision rules (lib/milestones/due.ts), with one addition:
// a meeting known to the day usually runs over several days, so DAY takes a first and last day.
// Stored as startDate/endDate (the first and last day it may fall on, null when unknown) next to
// datePrecision and dateAnchor, so lists can sort by it and nothing shows a made-up day.
import { formatDayRange, isIsoDay, type DateLocale } from "../dates";
import type { DatePrecision } from "../db/generated/enums";
import { formatDue, toStoredDue, type Due } from "../milestones/due";
import { dueToText } from "../milestones/form-values";

export type MeetingDate = Exclude<Due, { precision: "DAY" }> | { precision: "DAY"; start: string; end?: string };

export interface StoredMeetingDate {
  datePrecision: DatePrecision;
  startDate: string | null;
  endDate: string | null;
  dateAnchor: string | null;
}

/** The columns of a meeting's date, for a query's select: what every formatter here reads. */
export const meetingDateSelect = { datePrecision: true, startDate: true, endDate: true, dateAnchor: true } as const;

/** A meeting's names and date: what a link to it shows anywhere in the app. */
export const meetingLabelSelect = { id: true, name: true, nameZh: true, shortName: true, ...meetingDateSelect } as const;

/** The stored form of a meeting's date; throws a RangeError for an impossible one (an end before its start). */
export function toStoredMeetingDate(date: MeetingDate): StoredMeetingDate {
  if (date.precision === "DAY") {
    const start = toStoredDue({ precision: "DAY", date: date.start }).dueStart;
    const end = toStoredDue({ precision: "DAY", date: date.end ?? date.start }).dueEnd;
    if (end! < start!) throw new RangeError(`The last day ${end} comes before the first ${start}.`);
    return { datePrecision: "DAY", startDate: start, endDate: end, dateAnchor: null };
  }
  const stored = toStoredDue(date);
  return { datePrecision: stored.precision, startDate: stored.dueStart, endDate: stored.dueEnd, dateAnchor: stored.anchor };
}

/** "27–28 Feb 2024", "August 2024", "SOM3 2024 (14–15 Aug 2024)", "SOM3 2024", "No date yet". */
export function formatMeetingDate(meeting: StoredMeetingDate, locale: DateLocale = "en"): string {
  if (meeting.datePrecision === "DAY" && meeting.startDate && meeting.endDate) return formatDayRange(meeting.startDate, meeting.endDate, locale);
  return formatDue({ precision: meeting.datePrecision, dueStart: meeting.startDate, dueEnd: meeting.endDate, anchor: meeting.dateAnchor }, locale);
}

/** The month, quarter or year as an officer types it ("2024-08", "2024-Q3", "2024"); empty for other precisions. */
export function meetingPeriodText(meeting: StoredMeetingDate): string {
  const { datePrecision: precision, startDate: dueStart, endDate: dueEnd, dateAnchor: anchor } = meeting;
  return precision === "MONTH" || precision === "QUARTER" || precision === "YEAR" ? dueToText({ precision, dueStart, dueEnd, anchor }) : "";
}

/** Whether the meeting's days are known: only then may a calendar put it on them. */
export function hasMeetingDays<T extends StoredMeetingDate>(meeting: T): meeting is T & { startDate: string; endDate: string } {
  return (meeting.datePrecision === "DAY" || meeting.datePrecision === "ANCHOR") && isIsoDay(meeting.startDate ?? "") && isIsoDay(meeting.endDate ?? "");
}
