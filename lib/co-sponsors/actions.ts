"use server";

import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import * as coSponsors from "./mutations";
import { addCoSponsorSchema, removeCoSponsorSchema, withdrawCoSponsorSchema } from "./schema";

export const addCoSponsor = writeAction({
  role: "EDITOR",
  schema: addCoSponsorSchema,
  write: (tx, user, input) => coSponsors.addCoSponsor(tx, user, input),
  answer: (names, { itemId }) => ({ message: msg("a.coSponsorAdded", names), id: itemId }),
});

export const withdrawCoSponsor = writeAction({
  role: "EDITOR",
  schema: withdrawCoSponsorSchema,
  write: (tx, user, input) => coSponsors.withdrawCoSponsor(tx, user, { ...input, withdrawnOn: input.withdrawnOn ?? null }),
  answer: (names, { itemId }) => ({ message: msg("a.coSponsorWithdrew", names), id: itemId }),
});

/** For a co-sponsor entered by mistake: the row goes, the audit trail keeps that it was there. */
export const removeCoSponsor = writeAction({
  role: "EDITOR",
  schema: removeCoSponsorSchema,
  write: (tx, user, input) => coSponsors.removeCoSponsor(tx, user, input),
  answer: (names, { itemId }) => ({ message: msg("a.coSponsorRemoved", names), id: itemId }),
});
