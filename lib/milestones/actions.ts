"use server";

import { revalidatePath } from "next/cache";
import { parseOriginal } from "../actions/conflict";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { writeTransaction } from "../db/write";
import { msg } from "../i18n/message";
import * as milestones from "./mutations";
import { addMilestoneSchema, completeMilestoneSchema, deleteMilestoneSchema, editMilestoneSchema, moveMilestoneSchema } from "./schema";

function done(message: string, itemId: number, merged = false): ActionResult {
  revalidatePath("/", "layout");
  return { ok: true, message, id: itemId, merged };
}

export async function addMilestone(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: addMilestoneSchema,
      run: async ({ itemId, ...fields }, user) => {
        await writeTransaction((tx) => milestones.addMilestone(tx, user, { itemId, fields }));
        return done(msg("a.milestoneAdded", { title: fields.title }), itemId);
      },
    },
    formData,
  );
}

export async function editMilestone(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: editMilestoneSchema,
      run: async ({ id, version, original, ...fields }, user) => {
        const { itemId, merged } = await writeTransaction((tx) =>
          milestones.editMilestone(tx, user, { id, version, original: parseOriginal(original), fields }),
        );
        return done(msg(merged ? "a.savedMerged" : "a.saved"), itemId, merged);
      },
    },
    formData,
  );
}

export async function completeMilestone(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: completeMilestoneSchema,
      run: async (input, user) => {
        const itemId = await writeTransaction((tx) => milestones.completeMilestone(tx, user, { ...input, completedOn: input.completedOn ?? null }));
        return done(msg("a.markedDone"), itemId);
      },
    },
    formData,
  );
}

export async function moveMilestone(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: moveMilestoneSchema,
      run: async (input, user) => {
        const itemId = await writeTransaction((tx) => milestones.moveMilestone(tx, user, input));
        return done(msg("a.moved"), itemId);
      },
    },
    formData,
  );
}

export async function deleteMilestone(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: deleteMilestoneSchema,
      run: async (input, user) => {
        const itemId = await writeTransaction((tx) => milestones.deleteMilestone(tx, user, input));
        return done(msg("a.milestoneRemoved"), itemId);
      },
    },
    formData,
  );
}
