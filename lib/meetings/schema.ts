import { z } from "zod";
import { isIsoDay } from "../dates";
import { DatePrecision } from "../db/generated/enums";
import { optionalText, positiveId, requiredEnum, requiredText, version } from "../forms/fields";
import { msg } from "../i18n/message";
import { parseDue } from "../milestones/due";
import { toStoredMeetingDate, type MeetingDate, type StoredMeetingDate } from "./dates";

export const meetingIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, { message: msg("v.meetingNumber") })
  .transform(Number)
  .refine((id) => id <= 2_147_483_647, { message: msg("v.meetingNumber") });

const KINDS = ["MEETING", "WORKSHOP", "OTHER"] as const;
const PRECISIONS = Object.values(DatePrecision) as [DatePrecision, ...DatePrecision[]];
const typed = z
  .string({ message: msg("v.form") })
  .trim()
  .max(40, { message: msg("v.form") })
  .optional()
  .default("");

type DateInput = { datePrecision: DatePrecision; startDate: string; endDate: string; period: string; dateAnchor: string | null };
type Issue = { path: string; message: string };

/**
 * The date fields the form sends, read by the precision chosen: only the fields of that precision
 * count (the others stay on the page when scripts are off), and each problem is named on its field.
 */
function readMeetingDate(input: DateInput): { date: StoredMeetingDate } | { issues: Issue[] } {
  const { datePrecision: precision, startDate, endDate, period, dateAnchor } = input;
  const issues: Issue[] = [];
  const day = (name: "startDate" | "endDate", value: string) => {
    if (value && !isIsoDay(value)) issues.push({ path: name, message: msg("v.day", { field: name }) });
  };
  let date: MeetingDate | null = null;
  if (precision === "DAY" || precision === "ANCHOR") {
    day("startDate", startDate);
    day("endDate", endDate);
    if (precision === "DAY" && !startDate) issues.push({ path: "startDate", message: msg("v.required", { field: "startDate" }) });
    if (precision === "ANCHOR" && !startDate && endDate) issues.push({ path: "startDate", message: msg("meetingDates.errors.anchorStart") });
    if (precision === "ANCHOR" && !dateAnchor) issues.push({ path: "dateAnchor", message: msg("meetingDates.errors.anchor") });
    if (!issues.length && startDate && endDate && endDate < startDate) issues.push({ path: "endDate", message: msg("v.lastBeforeFirst") });
    if (!issues.length) {
      date =
        precision === "DAY"
          ? { precision, start: startDate, end: endDate || startDate }
          : { precision, anchor: dateAnchor!, start: startDate || undefined, end: endDate || undefined };
    }
  } else if (precision === "UNDATED") {
    date = { precision };
  } else {
    const problem = { path: "period", message: msg(`meetingDates.errors.${precision.toLowerCase()}`, { value: period }) };
    try {
      const due = parseDue(period);
      if (due.precision === precision) date = due;
      else issues.push(problem);
    } catch {
      issues.push(problem);
    }
  }
  if (!date) return { issues };
  try {
    return { date: toStoredMeetingDate(date) };
  } catch {
    // A month 13, a quarter 5 or a year outside the record: well-formed, but no such period. (Days
    // were checked above, so only a period reaches this.)
    return {
      issues: [
        precision === "DAY" || precision === "ANCHOR"
          ? { path: "endDate", message: msg("v.lastBeforeFirst") }
          : { path: "period", message: msg(`meetingDates.errors.${precision.toLowerCase()}`, { value: period }) },
      ],
    };
  }
}

export const meetingFieldsSchema = z
  .object({
    kind: requiredEnum(KINDS, "meetingKind"),
    name: requiredText("meetingName", 300, 3),
    nameZh: optionalText("meetingNameZh", 300),
    shortName: optionalText("shortName", 60),
    forumCode: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || /^[A-Z0-9-]{2,12}$/.test(value), { message: msg("v.choose", { field: "forumCode" }) }),
    // Older callers (and the API's clients) send days only; a form always says which precision.
    datePrecision: requiredEnum(PRECISIONS, "datePrecision").default("DAY"),
    startDate: typed,
    endDate: typed,
    period: typed,
    dateAnchor: optionalText("dateAnchor", 60),
    // "on" for a meeting another body runs (the form's choice, or a checkbox), empty for the forum's own.
    external: z
      .string({ message: msg("v.form") })
      .optional()
      .transform((value) => value === "on" || value === "true"),
    organiser: optionalText("organiser", 200),
    place: optionalText("place", 200),
    format: optionalText("format", 60),
    chair: optionalText("chair", 300),
    attendeeCount: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{1,6}$/.test(value), { message: msg("v.wholeNumber", { field: "attendeeCount" }) })
      .transform((value) => (value ? Number(value) : null)),
    notes: optionalText("meetingNotes", 10000),
  })
  .transform((meeting, ctx) => {
    const { datePrecision, startDate, endDate, period, dateAnchor, external, organiser, ...rest } = meeting;
    const read = readMeetingDate({ datePrecision, startDate, endDate, period, dateAnchor });
    if ("issues" in read) for (const issue of read.issues) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    if (external && !organiser) ctx.addIssue({ code: "custom", path: ["organiser"], message: msg("meetingDates.errors.organiser") });
    const date: StoredMeetingDate = "date" in read ? read.date : { datePrecision, startDate: null, endDate: null, dateAnchor: null };
    // Only an external meeting has an organiser of its own; an APEC meeting's is the forum.
    return { ...rest, ...date, external, organiser: external ? organiser : null };
  });

export type MeetingFields = z.output<typeof meetingFieldsSchema>;
export const updateMeetingSchema = meetingFieldsSchema.and(
  z.object({
    id: positiveId("meeting"),
    version,
    original: z
      .string({ message: msg("v.form") })
      .max(200_000, { message: msg("v.form") })
      .optional(),
  }),
);

export const linkItemSchema = z.object({
  meetingId: positiveId("meeting"),
  itemId: positiveId("itemId"),
  agendaItem: optionalText("agendaItem", 300),
  note: optionalText("reportNote", 5000),
});
export const unlinkItemSchema = z.object({ meetingId: positiveId("meeting"), itemId: positiveId("itemId") });
