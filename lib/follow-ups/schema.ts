import { z } from "zod";
import { positiveId, version } from "../forms/fields";
import { msg } from "../i18n/message";
import type { StoredDue } from "../milestones/due";
import { parseFollowUpDue } from "./due";

/** An id a form may leave empty ("" is none). */
const optionalId = (field: string) =>
  z
    .string({ message: msg("v.invalid", { field }) })
    .optional()
    .transform((value) => value || undefined)
    .pipe(positiveId(field).optional());

/** What an officer types for an action: the same fields on the create and the edit form. */
export const followUpFieldsSchema = z
  .object({
    description: z
      .string({ message: msg("followUps.v.description") })
      .trim()
      .min(2, { message: msg("followUps.v.description") })
      .max(1000, { message: msg("followUps.v.descriptionLength", { max: 1000 }) }),
    ownerId: z.string({ message: msg("followUps.v.owner") }).pipe(positiveId("owner")),
    due: z
      .string({ message: msg("followUps.v.due", { value: "" }) })
      .trim()
      .max(20, { message: msg("followUps.v.due", { value: "" }) })
      .optional()
      .default(""),
  })
  .transform((fields, ctx): { description: string; ownerId: number } & Omit<StoredDue, "anchor"> => {
    const { due, ...rest } = fields;
    const parsed = parseFollowUpDue(due);
    if (!parsed.ok) {
      ctx.addIssue({
        code: "custom",
        path: ["due"],
        message: msg(parsed.problem === "precision" ? "followUps.v.duePrecision" : "followUps.v.due", { value: due }),
      });
      return z.NEVER;
    }
    return { ...rest, precision: parsed.due.precision, dueStart: parsed.due.dueStart, dueEnd: parsed.due.dueEnd };
  });

export type FollowUpFields = z.output<typeof followUpFieldsSchema>;

/** A new action: on an item, a meeting or both (the write layer insists on one at least). */
export const createFollowUpSchema = z.object({ itemId: optionalId("item"), meetingId: optionalId("meeting") }).and(followUpFieldsSchema);

/** One press on a recommendation: the action takes its heading and meeting, and the officer as owner. */
export const followUpFromRecommendationSchema = z.object({ recommendationId: positiveId("recommendation") });

export const editFollowUpSchema = z
  .object({
    id: positiveId("followUp"),
    version,
    original: z
      .string({ message: msg("v.form") })
      .max(50_000, { message: msg("v.form") })
      .optional(),
  })
  .and(followUpFieldsSchema);

/** Done, dropped, or open again; and removal. Each made against the version the officer saw. */
export const followUpStatusSchema = z.object({ id: positiveId("followUp"), version });
export const deleteFollowUpSchema = z.object({ id: positiveId("followUp"), version });

/** "My actions" and its export: whose, and which. */
export const FOLLOW_UP_FILTERS = ["open", "done", "dropped", "all"] as const;
export type FollowUpFilter = (typeof FOLLOW_UP_FILTERS)[number];
export const myActionsQuerySchema = z.object({
  status: z.enum(FOLLOW_UP_FILTERS, { message: msg("followUps.v.filter") }).default("open"),
  owner: z.enum(["me", "all"], { message: msg("followUps.v.filter") }).default("me"),
});
export type MyActionsQuery = z.output<typeof myActionsQuerySchema>;
