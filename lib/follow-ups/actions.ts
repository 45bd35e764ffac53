"use server";

import { parseOriginal } from "../actions/conflict";
import { writeAction } from "../actions/write-action";
import { systemClock } from "../clock";
import type { FollowUpStatus } from "../db/generated/enums";
import { msg } from "../i18n/message";
import * as followUps from "./mutations";
import { createFollowUpSchema, deleteFollowUpSchema, editFollowUpSchema, followUpFromRecommendationSchema, followUpStatusSchema } from "./schema";

export const createFollowUp = writeAction({
  role: "EDITOR",
  schema: createFollowUpSchema,
  write: (tx, user, { itemId, meetingId, ...fields }) => followUps.createFollowUp(tx, user, { itemId, meetingId, fields }),
  answer: (created) => ({ message: msg("followUps.answers.created", { description: created.description }), id: created.id }),
});

export const createFollowUpFromRecommendation = writeAction({
  role: "EDITOR",
  schema: followUpFromRecommendationSchema,
  write: (tx, user, input) => followUps.createFollowUpFromRecommendation(tx, user, input),
  answer: (created) => ({ message: msg("followUps.answers.created", { description: created.description }), id: created.id }),
});

export const editFollowUp = writeAction({
  role: "EDITOR",
  schema: editFollowUpSchema,
  write: (tx, user, { id, version, original, ...fields }) => followUps.editFollowUp(tx, user, { id, version, original: parseOriginal(original), fields }),
  answer: ({ action, merged }) => ({ message: msg(merged ? "a.savedMerged" : "a.saved"), id: action.id, merged }),
});

function statusAction(status: FollowUpStatus, answer: string) {
  return writeAction({
    role: "EDITOR",
    schema: followUpStatusSchema,
    write: (tx, user, input) => followUps.setFollowUpStatus(tx, user, { ...input, status, now: systemClock() }),
    answer: (action) => ({ message: msg(answer, { description: action.description }), id: action.id }),
  });
}

export const completeFollowUp = statusAction("DONE", "followUps.answers.completed");
export const dropFollowUp = statusAction("DROPPED", "followUps.answers.dropped");
export const reopenFollowUp = statusAction("OPEN", "followUps.answers.reopened");

export const deleteFollowUp = writeAction({
  role: "EDITOR",
  schema: deleteFollowUpSchema,
  write: (tx, user, input) => followUps.deleteFollowUp(tx, user, input),
  answer: (action) => ({ message: msg("followUps.answers.deleted", { description: action.description }), id: action.id }),
});
