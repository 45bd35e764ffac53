import { z } from "zod";
import { isIsoDay } from "../dates";
import { PositionStance } from "../db/generated/enums";
import { positiveId } from "../forms/fields";
import { msg } from "../i18n/message";

export const STANCES = Object.values(PositionStance) as [PositionStance, ...PositionStance[]];

/** The position form's own fields, as strings; the same schema reads a merged stale save. */
export const positionFieldsSchema = z.object({
  stance: z.enum(STANCES, { message: msg("positions.v.stance") }),
  deadline: z
    .string({ message: msg("positions.v.deadline") })
    .trim()
    .optional()
    .refine((value) => !value || isIsoDay(value), { message: msg("positions.v.deadline") })
    .transform((value) => value || null),
  decidedBy: z
    .string({ message: msg("positions.v.decidedBy") })
    .trim()
    .max(200, { message: msg("positions.v.decidedBy") })
    .optional()
    .transform((value) => value || null),
  note: z
    .string({ message: msg("positions.v.note") })
    .trim()
    .max(2000, { message: msg("positions.v.note") })
    .optional()
    .transform((value) => value || null),
});

export type PositionFields = z.output<typeof positionFieldsSchema>;

/** The version the form was opened at: "0" while the item has no position yet. */
const openedVersion = z
  .string({ message: msg("v.missing", { field: "version" }) })
  .regex(/^\d{1,9}$/, { message: msg("v.invalid", { field: "version" }) })
  .transform(Number);

/**
 * The form as posted: the item (`id`), the version it was opened at, and `original`, the values it
 * opened with (JSON), so a save overtaken by a colleague's change to other fields can be merged.
 */
export const setPositionSchema = positionFieldsSchema.extend({
  id: positiveId("item"),
  version: openedVersion,
  original: z
    .string({ message: msg("v.form") })
    .max(10_000, { message: msg("v.form") })
    .optional(),
});

export const clearPositionSchema = z.object({ id: positiveId("item"), version: positiveId("version") });

/** A position as the form holds it: every field a string, "" for none. */
export function positionToFormValues(position: { stance: string; deadline: string | null; decidedBy: string | null; note: string | null } | null) {
  return {
    stance: position?.stance ?? "",
    deadline: position?.deadline ?? "",
    decidedBy: position?.decidedBy ?? "",
    note: position?.note ?? "",
  };
}
