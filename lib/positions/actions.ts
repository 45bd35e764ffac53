"use server";

import { parseOriginal } from "../actions/conflict";
import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import * as positions from "./mutations";
import { clearPositionSchema, setPositionSchema } from "./schema";

export const setPosition = writeAction({
  role: "EDITOR",
  schema: setPositionSchema,
  write: (tx, user, { id, version, original, ...fields }) =>
    positions.setPosition(tx, user, { itemId: id, version, original: parseOriginal(original), fields }),
  answer: ({ merged }, { id }) => ({ message: msg(merged ? "positions.savedMerged" : "positions.saved"), id, merged }),
});

export const clearPosition = writeAction({
  role: "EDITOR",
  schema: clearPositionSchema,
  write: (tx, user, { id, version }) => positions.clearPosition(tx, user, { itemId: id, version }),
  answer: (_cleared, { id }) => ({ message: msg("positions.cleared"), id }),
});
