"use server";

import { revalidatePath } from "next/cache";
import { formValues } from "../actions/form-values";
import { failure, type ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { writeAction } from "../actions/write-action";
import { writeTransaction } from "../db/write";
import { msg } from "../i18n/message";
import * as views from "./mutations";
import { checkViewQuery } from "./queries";
import { createViewSchema, renameViewSchema, shareViewSchema, subscribeViewSchema, viewRefSchema } from "./schema";

/**
 * Saves the work plan's current address under a name. The address is read by the table's own
 * filters before anything is written (its codes against the database, outside the write): one the
 * table could not show is refused with the table's own words for what is wrong.
 */
export async function saveView(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "VIEWER",
      schema: createViewSchema,
      run: async (input, user) => {
        const checked = await checkViewQuery(input.query);
        if (!checked.ok) return failure(msg("savedViews.badQuery"), formValues(formData), { query: checked.problems });
        const view = await writeTransaction((tx) => views.createView(tx, user, { ...input, query: checked.query }));
        revalidatePath("/", "layout");
        return { ok: true, message: msg("savedViews.saved", { name: view.name }), id: view.id };
      },
    },
    formData,
  );
}

export const renameView = writeAction({
  role: "VIEWER",
  schema: renameViewSchema,
  write: (tx, user, input) => views.renameView(tx, user, input),
  answer: ({ name }, { id }) => ({ message: msg("savedViews.renamed", { name }), id }),
});

export const shareView = writeAction({
  role: "VIEWER",
  schema: shareViewSchema,
  write: (tx, user, input) => views.shareView(tx, user, input),
  answer: ({ name }, { id, shared }) => ({ message: msg(shared ? "savedViews.nowShared" : "savedViews.nowPrivate", { name }), id }),
});

export const deleteView = writeAction({
  role: "VIEWER",
  schema: viewRefSchema,
  write: (tx, user, input) => views.deleteView(tx, user, input),
  answer: ({ name }) => ({ message: msg("savedViews.deleted", { name }) }),
});

export const subscribeView = writeAction({
  role: "VIEWER",
  schema: subscribeViewSchema,
  write: (tx, user, input) => views.subscribeView(tx, user, input),
  answer: ({ name }, { id, subscribed }) => ({ message: msg(subscribed ? "savedViews.subscribed" : "savedViews.unsubscribed", { name }), id }),
});
