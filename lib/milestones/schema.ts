import { z } from "zod";
import { MilestoneStatus } from "../db/generated/enums";
import { optionalDay, optionalText, positiveId, requiredText, version } from "../forms/fields";
import { parseDue, type StoredDue, toStoredDue } from "./due";

const STATUSES = Object.values(MilestoneStatus) as [MilestoneStatus, ...MilestoneStatus[]];

const milestoneFields = z
  .object({
    title: requiredText("The title", 300, 2),
    titleZh: optionalText("The Chinese title", 300),
    due: z.string().trim().max(20).optional().default(""),
    anchor: optionalText("The anchor", 60),
    status: z.enum(STATUSES, { message: "Choose a status from the list." }).default("PLANNED"),
    completedOn: optionalDay("The completion date"),
    note: optionalText("The note", 2000),
  })
  .transform((fields, ctx): Omit<typeof fields, "due" | "anchor"> & StoredDue => {
    const { due, anchor, ...rest } = fields;
    let stored: StoredDue = { precision: "UNDATED", dueStart: null, dueEnd: null, anchor: null };
    if (anchor && due) {
      ctx.addIssue({ code: "custom", path: ["anchor"], message: 'Give either a date or an anchor such as "SOM3 2024", not both.' });
    } else if (anchor) {
      stored = toStoredDue({ precision: "ANCHOR", anchor });
    } else {
      try {
        stored = toStoredDue(parseDue(due));
      } catch (error) {
        ctx.addIssue({ code: "custom", path: ["due"], message: error instanceof Error ? error.message : "Not a due date." });
      }
    }
    if (rest.completedOn && rest.status !== "DONE") {
      ctx.addIssue({ code: "custom", path: ["completedOn"], message: "Only a milestone marked done has a completion date." });
    }
    return { ...rest, ...stored };
  });

export const addMilestoneSchema = z.object({ itemId: positiveId("The item") }).and(milestoneFields);
export const editMilestoneSchema = z.object({ id: positiveId("The milestone"), version }).and(milestoneFields);
export const completeMilestoneSchema = z.object({ id: positiveId("The milestone"), version, completedOn: optionalDay("The completion date") });
/** Swaps two milestones of one item that fall on the same date (or have none). */
export const moveMilestoneSchema = z.object({ id: positiveId("The milestone"), otherId: positiveId("The other milestone") });
export const deleteMilestoneSchema = z.object({ id: positiveId("The milestone"), version });

export const MILESTONE_FIELD_LABELS: Record<string, string> = {
  title: "Title",
  titleZh: "Chinese title",
  precision: "Date precision",
  dueStart: "Due from",
  dueEnd: "Due by",
  anchor: "Anchor",
  status: "Status",
  completedOn: "Completed on",
  note: "Note",
};
