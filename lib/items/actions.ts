"use server";

import { z } from "zod";
import { parseOriginal } from "../actions/conflict";
import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import * as items from "./mutations";
import { bulkSchema, itemFieldsSchema, itemRefSchema, updateItemSchema } from "./schema";

export const createItem = writeAction({
  role: "EDITOR",
  schema: itemFieldsSchema,
  write: (tx, user, fields) => items.createItem(tx, user, fields),
  answer: (item) => ({ message: msg("a.created", { name: item.titleEn }), id: item.id }),
  redirectTo: ({ id }) => `/items/${id}`,
});

export const updateItem = writeAction({
  role: "EDITOR",
  schema: updateItemSchema,
  write: (tx, user, { id, version, original, ...fields }) => items.updateItem(tx, user, { id, version, original: parseOriginal(original), fields }),
  answer: ({ merged }, { id }) => ({ message: msg(merged ? "a.savedMerged" : "a.saved"), id, merged }),
  // A merged save says so on the item's page: the officer sees values they did not type.
  redirectTo: ({ id, merged }) => (merged ? `/items/${id}?saved=merged` : `/items/${id}`),
});

export const archiveItem = writeAction({
  role: "EDITOR",
  schema: itemRefSchema,
  write: (tx, user, input) => items.setItemArchived(tx, user, { ...input, archive: true }),
  answer: (item) => ({ message: msg("a.archived", { name: item.titleEn }), id: item.id }),
});

export const restoreItem = writeAction({
  role: "EDITOR",
  schema: itemRefSchema,
  write: (tx, user, input) => items.setItemArchived(tx, user, { ...input, archive: false }),
  answer: (item) => ({ message: msg("a.restored", { name: item.titleEn }), id: item.id }),
});

/** Admin only, and only for an archived item: its history stays in the audit trail. */
export const deleteItem = writeAction({
  role: "ADMIN",
  schema: itemRefSchema,
  write: (tx, user, input) => items.deleteItem(tx, user, input),
  answer: (item) => ({ message: msg("a.deleted", { name: item.titleEn }) }),
  redirectTo: () => "/items",
});

/** Several items at once, in one transaction, with one audit event per item changed. */
export const bulkUpdateItems = writeAction({
  role: "EDITOR",
  schema: z.preprocess((raw) => {
    const object = raw as Record<string, unknown>;
    const ids = object["ids[]"] ?? object.ids ?? [];
    return { ...object, ids: Array.isArray(ids) ? ids : [ids] };
  }, bulkSchema),
  write: (tx, user, input) => items.bulkUpdateItems(tx, user, input),
  answer: (changed, input) => ({ message: msg("a.bulkDone", { changed, unchanged: input.ids.length - changed }) }),
});
