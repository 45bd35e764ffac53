"use server";

import { parseOriginal } from "../actions/conflict";
import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import * as milestones from "./mutations";
import { addMilestoneSchema, completeMilestoneSchema, deleteMilestoneSchema, editMilestoneSchema, moveMilestoneSchema } from "./schema";

export const addMilestone = writeAction({
  role: "EDITOR",
  schema: addMilestoneSchema,
  write: (tx, user, { itemId, ...fields }) => milestones.addMilestone(tx, user, { itemId, fields }),
  answer: (created) => ({ message: msg("a.milestoneAdded", { title: created.title }), id: created.itemId }),
});

export const editMilestone = writeAction({
  role: "EDITOR",
  schema: editMilestoneSchema,
  write: (tx, user, { id, version, original, ...fields }) => milestones.editMilestone(tx, user, { id, version, original: parseOriginal(original), fields }),
  answer: ({ itemId, merged }) => ({ message: msg(merged ? "a.savedMerged" : "a.saved"), id: itemId, merged }),
});

export const completeMilestone = writeAction({
  role: "EDITOR",
  schema: completeMilestoneSchema,
  write: (tx, user, input) => milestones.completeMilestone(tx, user, { ...input, completedOn: input.completedOn ?? null }),
  answer: (itemId) => ({ message: msg("a.markedDone"), id: itemId }),
});

export const moveMilestone = writeAction({
  role: "EDITOR",
  schema: moveMilestoneSchema,
  write: (tx, user, input) => milestones.moveMilestone(tx, user, input),
  answer: (itemId) => ({ message: msg("a.moved"), id: itemId }),
});

export const deleteMilestone = writeAction({
  role: "EDITOR",
  schema: deleteMilestoneSchema,
  write: (tx, user, input) => milestones.deleteMilestone(tx, user, input),
  answer: (itemId) => ({ message: msg("a.milestoneRemoved"), id: itemId }),
});
