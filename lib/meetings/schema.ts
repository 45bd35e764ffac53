import { z } from "zod";
import { optionalText, positiveId, requiredDay, requiredEnum, requiredText, version } from "../forms/fields";
import { msg } from "../i18n/message";

export const meetingIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, { message: msg("v.meetingNumber") })
  .transform(Number)
  .refine((id) => id <= 2_147_483_647, { message: msg("v.meetingNumber") });

const KINDS = ["MEETING", "WORKSHOP", "OTHER"] as const;

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
    startDate: requiredDay("startDate"),
    endDate: requiredDay("endDate"),
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
  .superRefine((meeting, ctx) => {
    if (meeting.endDate < meeting.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: msg("v.lastBeforeFirst") });
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
