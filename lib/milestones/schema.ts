import { z } from "zod";
import { MilestoneStatus } from "../db/generated/enums";
import { optionalDay, optionalText, positiveId, requiredEnum, requiredText, version } from "../forms/fields";
import { msg } from "../i18n/message";
import { parseDue, toStoredDue, type StoredDue } from "./due";

const STATUSES = Object.values(MilestoneStatus) as [MilestoneStatus, ...MilestoneStatus[]];

/** A milestone's own fields, as the forms and an import send them. */
export const milestoneFieldsSchema = z
  .object({
    title: requiredText("milestoneTitle", 300, 2),
    titleZh: optionalText("milestoneTitleZh", 300),
    due: z
      .string({ message: msg("v.dueLength") })
      .trim()
      .max(20, { message: msg("v.dueLength") })
      .optional()
      .default(""),
    anchor: optionalText("anchor", 60),
    status: requiredEnum(STATUSES, "status").default("PLANNED"),
    completedOn: optionalDay("completedOn"),
    note: optionalText("note", 2000),
  })
  .transform((fields, ctx): Omit<typeof fields, "due" | "anchor"> & StoredDue => {
    const { due, anchor, ...rest } = fields;
    let stored: StoredDue = { precision: "UNDATED", dueStart: null, dueEnd: null, anchor: null };
    if (anchor && due) {
      ctx.addIssue({ code: "custom", path: ["anchor"], message: msg("v.dateOrAnchor") });
    } else if (anchor) {
      stored = toStoredDue({ precision: "ANCHOR", anchor });
    } else {
      try {
        stored = toStoredDue(parseDue(due));
      } catch {
        ctx.addIssue({ code: "custom", path: ["due"], message: msg("v.due", { value: due }) });
      }
    }
    if (rest.completedOn && rest.status !== "DONE") {
      ctx.addIssue({ code: "custom", path: ["completedOn"], message: msg("v.completedOnlyDone") });
    }
    return { ...rest, ...stored };
  });

export type MilestoneFields = z.output<typeof milestoneFieldsSchema>;

export const addMilestoneSchema = z.object({ itemId: positiveId("item") }).and(milestoneFieldsSchema);
export const editMilestoneSchema = z
  .object({
    id: positiveId("milestone"),
    version,
    original: z
      .string({ message: msg("v.form") })
      .max(50_000, { message: msg("v.form") })
      .optional(),
  })
  .and(milestoneFieldsSchema);
export const completeMilestoneSchema = z.object({ id: positiveId("milestone"), version, completedOn: optionalDay("completedOn") });
/** Swaps two milestones of one item that fall on the same date (or have none). */
export const moveMilestoneSchema = z.object({ id: positiveId("milestone"), otherId: positiveId("milestone") });
export const deleteMilestoneSchema = z.object({ id: positiveId("milestone"), version });
