"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseOriginal } from "../actions/conflict";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { writeTransaction } from "../db/write";
import { msg } from "../i18n/message";
import * as meetings from "./mutations";
import { linkItemSchema, meetingFieldsSchema, unlinkItemSchema, updateMeetingSchema } from "./schema";

function done(message: string, id: number, merged = false): ActionResult {
  revalidatePath("/", "layout");
  return { ok: true, message, id, merged };
}

export async function createMeeting(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(
    {
      role: "EDITOR",
      schema: meetingFieldsSchema,
      run: async (fields, user) => {
        const meeting = await writeTransaction((tx) => meetings.createMeeting(tx, user, fields));
        return done(msg("a.created", { name: meeting.shortName ?? meeting.name }), meeting.id);
      },
    },
    formData,
  );
  if (result.ok && result.id) redirect(`/meetings/${result.id}`);
  return result;
}

export async function updateMeeting(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(
    {
      role: "EDITOR",
      schema: updateMeetingSchema,
      run: async ({ id, version, original, ...fields }, user) => {
        const { merged } = await writeTransaction((tx) => meetings.updateMeeting(tx, user, { id, version, original: parseOriginal(original), fields }));
        return done(msg(merged ? "a.savedMerged" : "a.saved"), id, merged);
      },
    },
    formData,
  );
  if (result.ok && result.id) redirect(result.merged ? `/meetings/${result.id}?saved=merged` : `/meetings/${result.id}`);
  return result;
}

export async function linkItemToMeeting(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: linkItemSchema,
      run: async (link, user) => {
        await writeTransaction((tx) => meetings.linkItem(tx, user, link));
        return done(msg("a.linked"), link.meetingId);
      },
    },
    formData,
  );
}

export async function unlinkItemFromMeeting(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: unlinkItemSchema,
      run: async (link, user) => {
        await writeTransaction((tx) => meetings.unlinkItem(tx, user, link));
        return done(msg("a.unlinked"), link.meetingId);
      },
    },
    formData,
  );
}
