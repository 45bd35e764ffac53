import type { MeetingFields } from "./schema";

type StoredMeeting = {
  kind: string;
  name: string;
  nameZh: string | null;
  shortName: string | null;
  forum: { code: string } | null;
  startDate: string;
  endDate: string;
  place: string | null;
  format: string | null;
  chair: string | null;
  attendeeCount: number | null;
  notes: string | null;
};

export function meetingToFormValues(meeting: StoredMeeting): Record<keyof MeetingFields, string> {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    kind: meeting.kind,
    name: meeting.name,
    nameZh: text(meeting.nameZh),
    shortName: text(meeting.shortName),
    forumCode: meeting.forum?.code ?? "",
    startDate: meeting.startDate,
    endDate: meeting.endDate,
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
