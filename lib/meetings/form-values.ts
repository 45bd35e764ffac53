import { meetingPeriodText, type StoredMeetingDate } from "./dates";
import type { MeetingFields } from "./schema";

type StoredMeeting = StoredMeetingDate & {
  kind: string;
  name: string;
  nameZh: string | null;
  shortName: string | null;
  forum: { code: string } | null;
  external: boolean;
  organiser: string | null;
  place: string | null;
  format: string | null;
  chair: string | null;
  attendeeCount: number | null;
  notes: string | null;
};

/**
 * The meeting as its form posts it, which is also what its audit events and a stale save's
 * comparison read: only the date fields of its precision are filled, so a field the form ignores
 * never shows as changed.
 */
export function meetingToFormValues(meeting: StoredMeeting): Record<string, string> {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  const days = meeting.datePrecision === "DAY" || meeting.datePrecision === "ANCHOR";
  return {
    kind: meeting.kind,
    name: meeting.name,
    nameZh: text(meeting.nameZh),
    shortName: text(meeting.shortName),
    forumCode: meeting.forum?.code ?? "",
    datePrecision: meeting.datePrecision,
    startDate: days ? text(meeting.startDate) : "",
    endDate: days ? text(meeting.endDate) : "",
    period: meetingPeriodText(meeting),
    dateAnchor: text(meeting.dateAnchor),
    external: meeting.external ? "on" : "",
    organiser: text(meeting.organiser),
    place: text(meeting.place),
    format: text(meeting.format),
    chair: text(meeting.chair),
    attendeeCount: text(meeting.attendeeCount),
    notes: text(meeting.notes),
  };
}

export function meetingFieldsToFormValues(fields: MeetingFields) {
  return meetingToFormValues({ ...fields, forum: fields.forumCode ? { code: fields.forumCode } : null });
}
