"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseOriginal, threeWay } from "../actions/conflict";
import { ConflictError, RefusedError } from "../actions/errors";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { changedFields, recordAudit, type Tx } from "../audit/record";
import { db } from "../db";
import { msg } from "../i18n/message";
import { meetingFieldsToFormValues, meetingToFormValues } from "./form-values";
import { linkItemSchema, meetingFieldsSchema, unlinkItemSchema, updateMeetingSchema, type MeetingFields } from "./schema";

function done(message: string, id: number): ActionResult {
  revalidatePath("/", "layout");
  return { ok: true, message, id };
}

async function withForum(tx: Tx, fields: MeetingFields) {
  const { forumCode, ...data } = fields;
  if (!forumCode) return { ...data, forumId: null };
  const forum = await tx.forum.findUnique({ where: { code: forumCode }, select: { id: true } });
  if (!forum) throw new RefusedError(msg("a.fieldsNeedAttention"), { forumCode: [msg("a.unknownForum", { code: forumCode })] });
  return { ...data, forumId: forum.id };
}

const withForumCode = { forum: { select: { code: true } } } as const;

export async function createMeeting(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(
    {
      role: "EDITOR",
      schema: meetingFieldsSchema,
      run: async (fields, user) => {
        const meeting = await db.$transaction(async (tx) => {
          const created = await tx.meeting.create({ data: await withForum(tx, fields), include: withForumCode });
          await recordAudit(tx, {
            userId: user.id,
            action: "meeting.create",
            entityType: "Meeting",
            entityId: created.id,
            summary: msg("audit.meetingCreated", { name: created.shortName ?? created.name }),
            after: meetingToFormValues(created),
          });
          return created;
        });
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
      run: async ({ id, version, original: originalText, ...fields }, user) => {
        const original = parseOriginal(originalText);
        await db.$transaction(async (tx) => {
          const current = await tx.meeting.findUnique({ where: { id }, include: withForumCode });
          if (!current) throw new RefusedError(msg("a.meetingGone"));
          const saved = meetingToFormValues(current);
          const yours = meetingFieldsToFormValues(fields);
          const stale = (savedVersion: number, savedNow: Record<string, string>) => {
            const { fields: conflicting, merged } = threeWay(original, yours, savedNow);
            return new ConflictError(savedVersion, conflicting, merged, savedNow);
          };
          if (current.version !== version) throw stale(current.version, saved);
          const diff = changedFields(saved, yours);
          if (diff.changed.length === 0) return;
          const { count } = await tx.meeting.updateMany({ where: { id, version }, data: { ...(await withForum(tx, fields)), version: { increment: 1 } } });
          if (count === 0) {
            const latest = await tx.meeting.findUniqueOrThrow({ where: { id }, include: withForumCode });
            throw stale(latest.version, meetingToFormValues(latest));
          }
          await recordAudit(tx, {
            userId: user.id,
            action: "meeting.update",
            entityType: "Meeting",
            entityId: id,
            summary: msg("audit.meetingUpdated", { name: current.shortName ?? current.name, fields: diff.changed.join(",") }),
            before: diff.before,
            after: diff.after,
          });
        });
        return done(msg("a.saved"), id);
      },
    },
    formData,
  );
  if (result.ok && result.id) redirect(`/meetings/${result.id}`);
  return result;
}

export async function linkItemToMeeting(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "EDITOR",
      schema: linkItemSchema,
      run: async ({ meetingId, itemId, agendaItem, note }, user) => {
        await db.$transaction(async (tx) => {
          const [meeting, item, existing] = await Promise.all([
            tx.meeting.findUnique({ where: { id: meetingId } }),
            tx.item.findUnique({ where: { id: itemId } }),
            tx.meetingItem.findUnique({ where: { meetingId_itemId: { meetingId, itemId } } }),
          ]);
          if (!meeting) throw new RefusedError(msg("a.meetingGone"));
          if (!item || item.archivedAt) throw new RefusedError(msg("a.fieldsNeedAttention"), { itemId: [msg("a.itemNotLinkable")] });
          if (existing) throw new RefusedError(msg("a.alreadyLinked"), { itemId: [msg("a.alreadyLinked")] });
          await tx.meetingItem.create({ data: { meetingId, itemId, agendaItem, note } });
          await recordAudit(tx, {
            userId: user.id,
            action: "meeting.link",
            entityType: "MeetingItem",
            entityId: `${meetingId}:${itemId}`,
            itemId,
            summary: msg("audit.linked", { name: meeting.shortName ?? meeting.name }),
            after: { meetingId, agendaItem, note },
          });
        });
        return done(msg("a.linked"), meetingId);
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
      run: async ({ meetingId, itemId }, user) => {
        await db.$transaction(async (tx) => {
          const existing = await tx.meetingItem.findUnique({ where: { meetingId_itemId: { meetingId, itemId } }, include: { meeting: true } });
          if (!existing) throw new RefusedError(msg("a.notLinked"));
          await tx.meetingItem.delete({ where: { meetingId_itemId: { meetingId, itemId } } });
          await recordAudit(tx, {
            userId: user.id,
            action: "meeting.unlink",
            entityType: "MeetingItem",
            entityId: `${meetingId}:${itemId}`,
            itemId,
            summary: msg("audit.unlinked", { name: existing.meeting.shortName ?? existing.meeting.name }),
            before: { meetingId, agendaItem: existing.agendaItem, note: existing.note },
          });
        });
        return done(msg("a.unlinked"), meetingId);
      },
    },
    formData,
  );
}
