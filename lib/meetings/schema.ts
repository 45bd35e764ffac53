import { z } from "zod";
import { optionalText, positiveId, requiredDay, requiredText, version } from "../forms/fields";

export const meetingIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, { message: "A meeting number is a positive whole number." })
  .transform(Number)
  .refine((id) => id <= 2_147_483_647, { message: "No meeting has so large a number." });

const KINDS = ["MEETING", "WORKSHOP", "OTHER"] as const;

export const meetingFieldsSchema = z
  .object({
    kind: z.enum(KINDS, { message: "Choose meeting, workshop or other." }),
    name: requiredText("The name", 300, 3),
    nameZh: optionalText("The Chinese name", 300),
    shortName: optionalText("The short name", 60),
    forumCode: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || /^[A-Z0-9-]{2,12}$/.test(value), { message: "Choose a forum from the list." }),
    startDate: requiredDay("The first day"),
    endDate: requiredDay("The last day"),
    place: optionalText("The place", 200),
    format: optionalText("The format", 60),
    chair: optionalText("The chair", 300),
    attendeeCount: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{1,6}$/.test(value), { message: "Participants is a whole number." })
      .transform((value) => (value ? Number(value) : null)),
    notes: optionalText("The notes", 10000),
  })
  .superRefine((meeting, ctx) => {
    if (meeting.endDate < meeting.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "The last day cannot come before the first." });
  });

export type MeetingFields = z.output<typeof meetingFieldsSchema>;
export const updateMeetingSchema = meetingFieldsSchema.and(z.object({ id: positiveId("The meeting"), version }));

export const linkItemSchema = z.object({
  meetingId: positiveId("The meeting"),
  itemId: positiveId("The item"),
  agendaItem: optionalText("The agenda item", 300),
  note: optionalText("The note", 5000),
});
export const unlinkItemSchema = z.object({ meetingId: positiveId("The meeting"), itemId: positiveId("The item") });

export const MEETING_FIELD_LABELS: Record<keyof MeetingFields, string> = {
  kind: "Kind",
  name: "Name",
  nameZh: "Chinese name",
  shortName: "Short name",
  forumCode: "Forum",
  startDate: "First day",
  endDate: "Last day",
  place: "Place",
  format: "Format",
  chair: "Chair",
  attendeeCount: "Participants",
  notes: "Notes",
};
