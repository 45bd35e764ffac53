"use server";

import { parseOriginal } from "../actions/conflict";
import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import * as meetings from "./mutations";
import { linkItemSchema, meetingFieldsSchema, unlinkItemSchema, updateMeetingSchema } from "./schema";

export const createMeeting = writeAction({
  role: "EDITOR",
  schema: meetingFieldsSchema,
  write: (tx, user, fields) => meetings.createMeeting(tx, user, fields),
  answer: (meeting) => ({ message: msg("a.created", { name: meeting.shortName ?? meeting.name }), id: meeting.id }),
  redirectTo: ({ id }) => `/meetings/${id}`,
});

export const updateMeeting = writeAction({
  role: "EDITOR",
  schema: updateMeetingSchema,
  write: (tx, user, { id, version, original, ...fields }) => meetings.updateMeeting(tx, user, { id, version, original: parseOriginal(original), fields }),
  answer: ({ merged }, { id }) => ({ message: msg(merged ? "a.savedMerged" : "a.saved"), id, merged }),
  redirectTo: ({ id, merged }) => (merged ? `/meetings/${id}?saved=merged` : `/meetings/${id}`),
});

export const linkItemToMeeting = writeAction({
  role: "EDITOR",
  schema: linkItemSchema,
  write: (tx, user, link) => meetings.linkItem(tx, user, link),
  answer: (_linked, { meetingId }) => ({ message: msg("a.linked"), id: meetingId }),
});

export const unlinkItemFromMeeting = writeAction({
  role: "EDITOR",
  schema: unlinkItemSchema,
  write: (tx, user, link) => meetings.unlinkItem(tx, user, link),
  answer: (_unlinked, { meetingId }) => ({ message: msg("a.unlinked"), id: meetingId }),
});
