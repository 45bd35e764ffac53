"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { writeTransaction } from "../db/write";
import { msg } from "../i18n/message";
import * as coSponsors from "./mutations";
import { addCoSponsorSchema, removeCoSponsorSchema, withdrawCoSponsorSchema } from "./schema";

function done(message: string, id: number): ActionResult {
  revalidatePath("/", "layout");
  return { ok: true, message, id };
}

export async function addCoSponsor(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: addCoSponsorSchema,
      run: async (input, user) => {
        const names = await writeTransaction((tx) => coSponsors.addCoSponsor(tx, user, input));
        return done(msg("a.coSponsorAdded", names), input.itemId);
      },
    },
    formData,
  );
}

export async function withdrawCoSponsor(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: withdrawCoSponsorSchema,
      run: async (input, user) => {
        const names = await writeTransaction((tx) => coSponsors.withdrawCoSponsor(tx, user, { ...input, withdrawnOn: input.withdrawnOn ?? null }));
        return done(msg("a.coSponsorWithdrew", names), input.itemId);
      },
    },
    formData,
  );
}

/** For a co-sponsor entered by mistake: the row goes, the audit trail keeps that it was there. */
export async function removeCoSponsor(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: removeCoSponsorSchema,
      run: async (input, user) => {
        const names = await writeTransaction((tx) => coSponsors.removeCoSponsor(tx, user, input));
        return done(msg("a.coSponsorRemoved", names), input.itemId);
      },
    },
    formData,
  );
}
