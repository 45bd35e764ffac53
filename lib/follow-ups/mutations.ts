import "server-only";
import { mergeStaleSave, staleConflict } from "../actions/conflict";
import { RefusedError } from "../actions/errors";
import { changedFields, recordAudit } from "../audit/record";
import type { FollowUpAction, FollowUpStatus, Prisma } from "../db/generated/client";
import { lockRow, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { formatDue } from "../milestones/due";
import { officeToday } from "../today";
import { followUpToFormValues } from "./form-values";
import { followUpFieldsSchema, type FollowUpFields } from "./schema";

// The rules of a follow-up action, whichever way a change arrives (item page, meeting page, the
// brief, a recommendation): it belongs to an item, a meeting or both; an archived item takes no
// new action and no edit; its owner is an active officer; each change moves its version on and
// leaves one audit event, filed under the item when there is one so the item's history shows it.
// Every change first holds the item, the meeting and the owner it reads, in that order, so two
// writers take turns instead of each deciding on what the other is changing.

const AUDITED = ["description", "ownerId", "precision", "dueStart", "dueEnd", "status", "completedOn", "itemId", "meetingId", "recommendationId"] as const;

function snapshot(action: Pick<FollowUpAction, (typeof AUDITED)[number]>) {
  return Object.fromEntries(AUDITED.map((key) => [key, action[key] ?? null]));
}

function summary(key: string, action: Pick<FollowUpAction, "description" | "precision" | "dueStart" | "dueEnd">, extra: Record<string, string> = {}) {
  const due = { ...action, anchor: null };
  return msg(key, { description: action.description, due: formatDue(due), dueZh: formatDue(due, "zh-TW"), ...extra });
}

async function holdItem(tx: Tx, itemId: number, forChange: boolean) {
  await lockRow(tx, "Item", itemId);
  const item = await tx.item.findUnique({ where: { id: itemId }, select: { archivedAt: true } });
  if (!item) throw new RefusedError(msg("a.itemGone"));
  if (forChange && item.archivedAt) throw new RefusedError(msg("followUps.errors.archivedItem"));
}

async function holdMeeting(tx: Tx, meetingId: number) {
  await lockRow(tx, "Meeting", meetingId);
  if (!(await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true } }))) throw new RefusedError(msg("followUps.errors.meetingGone"));
}

async function holdOwner(tx: Tx, ownerId: number) {
  await lockRow(tx, "User", ownerId);
  const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { active: true } });
  if (!owner?.active) throw new RefusedError(msg("followUps.errors.ownerInactive"), { ownerId: [msg("followUps.errors.ownerInactive")] });
}

/**
 * The action as it stands once what it belongs to is held. `forChange`: whether the change needs
 * an item that is not archived (a new description or date, a reopening); closing or removing an
 * action of an archived item stays possible, so it does not linger open.
 */
async function heldAction(tx: Tx, id: number, forChange: boolean) {
  const found = await tx.followUpAction.findUnique({ where: { id }, select: { itemId: true, meetingId: true } });
  if (!found) throw new RefusedError(msg("followUps.errors.gone"));
  if (found.itemId !== null) await holdItem(tx, found.itemId, forChange);
  if (found.meetingId !== null) await holdMeeting(tx, found.meetingId);
  const current = await tx.followUpAction.findUnique({ where: { id } });
  if (!current) throw new RefusedError(msg("followUps.errors.gone"));
  return current;
}

/** Writes under the optimistic lock: false when the action moved on since `version`. */
async function updateIfVersion(tx: Tx, id: number, version: number, data: Prisma.FollowUpActionUncheckedUpdateManyInput): Promise<boolean> {
  const { count } = await tx.followUpAction.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

export interface NewFollowUp {
  itemId?: number;
  meetingId?: number;
  recommendationId?: number;
  fields: FollowUpFields;
}

export async function createFollowUp(tx: Tx, actor: Actor, input: NewFollowUp) {
  const { itemId, meetingId, recommendationId, fields } = input;
  if (itemId === undefined && meetingId === undefined) throw new RefusedError(msg("followUps.errors.noLink"));
  if (itemId !== undefined) await holdItem(tx, itemId, true);
  if (meetingId !== undefined) await holdMeeting(tx, meetingId);
  await holdOwner(tx, fields.ownerId);
  if (recommendationId !== undefined) {
    const recommendation = await tx.recommendation.findUnique({ where: { id: recommendationId }, select: { meetingId: true } });
    if (!recommendation || recommendation.meetingId !== meetingId) throw new RefusedError(msg("followUps.errors.recommendationGone"));
  }
  const created = await tx.followUpAction.create({
    data: { ...fields, itemId: itemId ?? null, meetingId: meetingId ?? null, recommendationId: recommendationId ?? null, createdById: actor.id },
  });
  await recordAudit(tx, {
    userId: actor.id,
    action: "followup.create",
    entityType: "FollowUpAction",
    entityId: created.id,
    itemId: created.itemId,
    summary: summary("followUps.audit.created", created),
    after: snapshot(created),
  });
  return created;
}

/** One press on a recommendation of a meeting's record: its heading becomes an action of that meeting, the officer's own. */
export async function createFollowUpFromRecommendation(tx: Tx, actor: Actor, input: { recommendationId: number }) {
  const found = await tx.recommendation.findUnique({ where: { id: input.recommendationId }, select: { meetingId: true } });
  if (!found) throw new RefusedError(msg("followUps.errors.recommendationGone"));
  await holdMeeting(tx, found.meetingId);
  const recommendation = await tx.recommendation.findUnique({ where: { id: input.recommendationId }, select: { heading: true, meetingId: true } });
  if (!recommendation) throw new RefusedError(msg("followUps.errors.recommendationGone"));
  const description = recommendation.heading.trim().slice(0, 1000);
  return createFollowUp(tx, actor, {
    meetingId: recommendation.meetingId,
    recommendationId: input.recommendationId,
    fields: { description, ownerId: actor.id, precision: "UNDATED", dueStart: null, dueEnd: null },
  });
}

export interface FollowUpEdit {
  id: number;
  version: number;
  original: Record<string, string> | null;
  fields: FollowUpFields;
}

/**
 * The edit form's save. As for milestones: a colleague's save to other fields since the form was
 * opened is kept and this one goes on top (`merged`); the same field changed differently is a
 * conflict to decide.
 */
export async function editFollowUp(tx: Tx, actor: Actor, edit: FollowUpEdit) {
  const current = await heldAction(tx, edit.id, true);
  const yours = followUpToFormValues(edit.fields);
  const merged = current.version !== edit.version;
  const fields = merged
    ? mergeStaleSave(followUpFieldsSchema, { savedVersion: current.version, original: edit.original, yours, saved: followUpToFormValues(current) })
    : edit.fields;
  if (fields.ownerId !== current.ownerId) await holdOwner(tx, fields.ownerId);
  const diff = changedFields(snapshot(current), { ...fields });
  if (diff.changed.length === 0) return { action: current, merged };
  if (!(await updateIfVersion(tx, edit.id, current.version, fields))) {
    const latest = await tx.followUpAction.findUniqueOrThrow({ where: { id: edit.id } });
    throw staleConflict({ savedVersion: latest.version, original: edit.original, yours, saved: followUpToFormValues(latest) });
  }
  await recordAudit(tx, {
    userId: actor.id,
    action: "followup.update",
    entityType: "FollowUpAction",
    entityId: edit.id,
    itemId: current.itemId,
    summary: summary("followUps.audit.updated", { ...current, ...fields }, { fields: diff.changed.join(",") }),
    before: diff.before,
    after: diff.after,
  });
  return { action: current, merged };
}

const STATUS_CHANGE = {
  DONE: { from: ["OPEN"], audit: "followup.complete", summary: "followUps.audit.completed", forChange: false },
  DROPPED: { from: ["OPEN"], audit: "followup.update", summary: "followUps.audit.dropped", forChange: false },
  OPEN: { from: ["DONE", "DROPPED"], audit: "followup.update", summary: "followUps.audit.reopened", forChange: true },
} as const satisfies Record<FollowUpStatus, { from: FollowUpStatus[]; audit: string; summary: string; forChange: boolean }>;

const ALREADY: Record<FollowUpStatus, () => string> = {
  OPEN: () => msg("followUps.errors.alreadyOpen"),
  DONE: () => msg("followUps.errors.alreadyDone"),
  DROPPED: () => msg("followUps.errors.alreadyDropped"),
};

/** Done (on the office's day at `now`), dropped, or open again. */
export async function setFollowUpStatus(tx: Tx, actor: Actor, input: { id: number; version: number; status: FollowUpStatus; now: Date }) {
  const change = STATUS_CHANGE[input.status];
  const current = await heldAction(tx, input.id, change.forChange);
  if (!(change.from as readonly FollowUpStatus[]).includes(current.status)) throw new RefusedError(ALREADY[current.status]());
  const completedOn = input.status === "DONE" ? officeToday(input.now) : null;
  if (!(await updateIfVersion(tx, input.id, input.version, { status: input.status, completedOn }))) throw new RefusedError(msg("followUps.errors.stale"));
  await recordAudit(tx, {
    userId: actor.id,
    action: change.audit,
    entityType: "FollowUpAction",
    entityId: input.id,
    itemId: current.itemId,
    summary: summary(change.summary, current),
    before: { status: current.status, completedOn: current.completedOn },
    after: { status: input.status, completedOn },
  });
  return current;
}

export async function deleteFollowUp(tx: Tx, actor: Actor, input: { id: number; version: number }) {
  const current = await heldAction(tx, input.id, false);
  if (current.version !== input.version) throw new RefusedError(msg("followUps.errors.stale"));
  await tx.followUpAction.delete({ where: { id: input.id } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "followup.delete",
    entityType: "FollowUpAction",
    entityId: input.id,
    itemId: current.itemId,
    summary: summary("followUps.audit.deleted", current),
    before: snapshot(current),
  });
  return current;
}
