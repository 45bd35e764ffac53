"use server";

import { parseOriginal } from "../actions/conflict";
import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import * as records from "./mutations";
import {
  createAgendaItemSchema,
  createDelegationMemberSchema,
  createInterventionSchema,
  createRecommendationSchema,
  deleteAgendaItemSchema,
  moveSchema,
  removeSchema,
  updateAgendaItemSchema,
  updateDelegationMemberSchema,
  updateInterventionSchema,
  updateMeetingReportSchema,
  updateRecommendationSchema,
} from "./schema";

const said = (key: string) => msg(`meetingRecords.a.${key}`);

export const createAgendaItem = writeAction({
  role: "EDITOR",
  schema: createAgendaItemSchema,
  write: (tx, user, { meetingId, fields }) => records.createAgendaItem(tx, user, { meetingId, fields }),
  answer: (created) => ({ message: said("agendaAdded"), id: created.meetingId }),
});

export const updateAgendaItem = writeAction({
  role: "EDITOR",
  schema: updateAgendaItemSchema,
  write: (tx, user, { id, version, fields }) => records.updateAgendaItem(tx, user, { id, version, fields }),
  answer: ({ meetingId, changed }) => ({ message: changed ? msg("a.saved") : said("nothingChanged"), id: meetingId }),
});

export const deleteAgendaItem = writeAction({
  role: "EDITOR",
  schema: deleteAgendaItemSchema,
  write: (tx, user, input) => records.deleteAgendaItem(tx, user, input),
  answer: (meetingId) => ({ message: said("agendaRemoved"), id: meetingId }),
});

export const moveAgendaItem = writeAction({
  role: "EDITOR",
  schema: moveSchema,
  write: (tx, user, move) => records.moveRecord(tx, user, "agendaItem", move),
  answer: (meetingId) => ({ message: msg("a.moved"), id: meetingId }),
});

export const addDelegationMember = writeAction({
  role: "EDITOR",
  schema: createDelegationMemberSchema,
  write: (tx, user, { meetingId, ...fields }) => records.addDelegationMember(tx, user, { meetingId, fields }),
  answer: (created) => ({ message: said("memberAdded"), id: created.meetingId }),
});

export const updateDelegationMember = writeAction({
  role: "EDITOR",
  schema: updateDelegationMemberSchema,
  write: (tx, user, { id, ...fields }) => records.updateDelegationMember(tx, user, { id, fields }),
  answer: (meetingId) => ({ message: msg("a.saved"), id: meetingId }),
});

export const removeDelegationMember = writeAction({
  role: "EDITOR",
  schema: removeSchema,
  write: (tx, user, input) => records.removeDelegationMember(tx, user, input),
  answer: (meetingId) => ({ message: said("memberRemoved"), id: meetingId }),
});

export const moveDelegationMember = writeAction({
  role: "EDITOR",
  schema: moveSchema,
  write: (tx, user, move) => records.moveRecord(tx, user, "delegationMember", move),
  answer: (meetingId) => ({ message: msg("a.moved"), id: meetingId }),
});

export const addIntervention = writeAction({
  role: "EDITOR",
  schema: createInterventionSchema,
  write: (tx, user, { meetingId, ...fields }) => records.addIntervention(tx, user, { meetingId, fields }),
  answer: (created) => ({ message: said("interventionAdded"), id: created.meetingId }),
});

export const updateIntervention = writeAction({
  role: "EDITOR",
  schema: updateInterventionSchema,
  write: (tx, user, { id, ...fields }) => records.updateIntervention(tx, user, { id, fields }),
  answer: (meetingId) => ({ message: msg("a.saved"), id: meetingId }),
});

export const removeIntervention = writeAction({
  role: "EDITOR",
  schema: removeSchema,
  write: (tx, user, input) => records.removeIntervention(tx, user, input),
  answer: (meetingId) => ({ message: said("interventionRemoved"), id: meetingId }),
});

export const moveIntervention = writeAction({
  role: "EDITOR",
  schema: moveSchema,
  write: (tx, user, move) => records.moveRecord(tx, user, "intervention", move),
  answer: (meetingId) => ({ message: msg("a.moved"), id: meetingId }),
});

export const addRecommendation = writeAction({
  role: "EDITOR",
  schema: createRecommendationSchema,
  write: (tx, user, { meetingId, ...fields }) => records.addRecommendation(tx, user, { meetingId, fields }),
  answer: (created) => ({ message: said("recommendationAdded"), id: created.meetingId }),
});

export const updateRecommendation = writeAction({
  role: "EDITOR",
  schema: updateRecommendationSchema,
  write: (tx, user, { id, ...fields }) => records.updateRecommendation(tx, user, { id, fields }),
  answer: (meetingId) => ({ message: msg("a.saved"), id: meetingId }),
});

export const removeRecommendation = writeAction({
  role: "EDITOR",
  schema: removeSchema,
  write: (tx, user, input) => records.removeRecommendation(tx, user, input),
  answer: (meetingId) => ({ message: said("recommendationRemoved"), id: meetingId }),
});

export const moveRecommendation = writeAction({
  role: "EDITOR",
  schema: moveSchema,
  write: (tx, user, move) => records.moveRecord(tx, user, "recommendation", move),
  answer: (meetingId) => ({ message: msg("a.moved"), id: meetingId }),
});

export const updateMeetingReport = writeAction({
  role: "EDITOR",
  schema: updateMeetingReportSchema,
  write: (tx, user, { id, version, original, ...fields }) => records.updateMeetingReport(tx, user, { id, version, original: parseOriginal(original), fields }),
  answer: ({ merged }, { id }) => ({ message: msg(merged ? "a.savedMerged" : "a.saved"), id, merged }),
});
