"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { parseOriginal } from "../actions/conflict";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { writeTransaction } from "../db/write";
import { msg } from "../i18n/message";
import * as items from "./mutations";
import { bulkSchema, itemFieldsSchema, itemRefSchema, updateItemSchema } from "./schema";

function done(message: string, id?: number): ActionResult {
  revalidatePath("/", "layout");
  return { ok: true, message, id };
}

export async function createItem(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(
    {
      role: "EDITOR",
      schema: itemFieldsSchema,
      run: async (fields, user) => {
        const item = await writeTransaction((tx) => items.createItem(tx, user, fields));
        return done(msg("a.created", { name: item.titleEn }), item.id);
      },
    },
    formData,
  );
  if (result.ok && result.id) redirect(`/items/${result.id}`);
  return result;
}

export async function updateItem(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(
    {
      role: "EDITOR",
      schema: updateItemSchema,
      run: async ({ id, version, original, ...fields }, user) => {
        const { merged } = await writeTransaction((tx) => items.updateItem(tx, user, { id, version, original: parseOriginal(original), fields }));
        return { ...done(msg(merged ? "a.savedMerged" : "a.saved"), id), merged };
      },
    },
    formData,
  );
  if (result.ok && result.id) redirect(result.merged ? `/items/${result.id}?saved=merged` : `/items/${result.id}`);
  return result;
}

async function setArchived(formData: FormData, archive: boolean): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: itemRefSchema,
      run: async ({ id, version }, user) => {
        const item = await writeTransaction((tx) => items.setItemArchived(tx, user, { id, version, archive }));
        return done(msg(archive ? "a.archived" : "a.restored", { name: item.titleEn }), id);
      },
    },
    formData,
  );
}

export async function archiveItem(_previous: ActionResult | null, formData: FormData) {
  return setArchived(formData, true);
}

export async function restoreItem(_previous: ActionResult | null, formData: FormData) {
  return setArchived(formData, false);
}

/** Admin only, and only for an archived item: its history stays in the audit trail. */
export async function deleteItem(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(
    {
      role: "ADMIN",
      schema: itemRefSchema,
      run: async (input, user) => {
        const item = await writeTransaction((tx) => items.deleteItem(tx, user, input));
        return done(msg("a.deleted", { name: item.titleEn }));
      },
    },
    formData,
  );
  if (result.ok) redirect("/items");
  return result;
}

/** Several items at once, in one transaction, with one audit event per item changed. */
export async function bulkUpdateItems(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: z.preprocess((raw) => {
        const object = raw as Record<string, unknown>;
        const ids = object["ids[]"] ?? object.ids ?? [];
        return { ...object, ids: Array.isArray(ids) ? ids : [ids] };
      }, bulkSchema),
      run: async (input, user) => {
        const changed = await writeTransaction((tx) => items.bulkUpdateItems(tx, user, input));
        return done(msg("a.bulkDone", { changed, unchanged: input.ids.length - changed }));
      },
    },
    formData,
  );
}
