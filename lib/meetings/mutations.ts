import "server-only";
import { mergeStaleSave, staleConflict } from "../actions/conflict";
import { RefusedError } from "../actions/errors";
import { changedFields, recordAudit } from "../audit/record";
import { lockRow, updateIfVersion, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { meetingFieldsToFormValues, meetingToFormValues } from "./form-values";
import { meetingFieldsSchema, type MeetingFields } from "./schema";

// The rules of a meeting record: its forum must exist, an edit goes through the optimistic lock
// (merging a colleague's change to other fields), and an item is linked once and only while open.
// A change holds the meeting's row before reading it (and a link the item's too), so changes at
// once take turns: saves merge one over the other, and a second link or unlink finds the first's.

const withForumCode = { forum: { select: { code: true } } } as const;
const meetingName = (meeting: { shortName: string | null; name: string }) => meeting.shortName ?? meeting.name;

/**
 * What the form's schema already refuses, held here too for callers that build the fields
 * themselves (a script, a test, a future import): an end before the start, a dated precision
 * without its days, an anchor without its name, an external meeting without its organiser.
 */
function checkMeetingRules(fields: MeetingFields) {
  const errors: Record<string, string[]> = {};
  const { datePrecision, startDate, endDate, dateAnchor } = fields;
  const needsDays = datePrecision !== "ANCHOR" && datePrecision !== "UNDATED";
  if (needsDays && (!startDate || !endDate)) errors.startDate = [msg("v.required", { field: "startDate" })];
  else if (startDate && endDate && endDate < startDate) errors.endDate = [msg("v.lastBeforeFirst")];
  if (datePrecision === "ANCHOR" && !dateAnchor?.trim()) errors.dateAnchor = [msg("meetingDates.errors.anchor")];
  if (fields.external && !fields.organiser?.trim()) errors.organiser = [msg("meetingDates.errors.organiser")];
  if (Object.keys(errors).length) throw new RefusedError(msg("a.fieldsNeedAttention"), errors);
}

async function withForum(tx: Tx, fields: MeetingFields) {
  checkMeetingRules(fields);
  const { forumCode, ...data } = fields;
  if (!forumCode) return { ...data, forumId: null };
  const forum = await tx.forum.findUnique({ where: { code: forumCode }, select: { id: true } });
  if (!forum) throw new RefusedError(msg("a.fieldsNeedAttention"), { forumCode: [msg("a.unknownForum", { code: forumCode })] });
  return { ...data, forumId: forum.id };
}

export async function createMeeting(tx: Tx, actor: Actor, fields: MeetingFields) {
  const created = await tx.meeting.create({ data: await withForum(tx, fields), include: withForumCode });
  await recordAudit(tx, {
    userId: actor.id,
    action: "meeting.create",
    entityType: "Meeting",
    entityId: created.id,
    summary: msg("audit.meetingCreated", { name: meetingName(created) }),
    after: meetingToFormValues(created),
  });
  return created;
}

export interface MeetingEdit {
  id: number;
  version: number;
  original: Record<string, string> | null;
  fields: MeetingFields;
}

export async function updateMeeting(tx: Tx, actor: Actor, edit: MeetingEdit): Promise<{ merged: boolean }> {
  await lockRow(tx, "Meeting", edit.id);
  const current = await tx.meeting.findUnique({ where: { id: edit.id }, include: withForumCode });
  if (!current) throw new RefusedError(msg("a.meetingGone"));
  const saved = meetingToFormValues(current);
  const yours = meetingFieldsToFormValues(edit.fields);
  const merged = current.version !== edit.version;
  const fields = merged ? mergeStaleSave(meetingFieldsSchema, { savedVersion: current.version, original: edit.original, yours, saved }) : edit.fields;
  const diff = changedFields(saved, meetingFieldsToFormValues(fields));
  if (diff.changed.length === 0) return { merged };
  if (!(await updateIfVersion(tx, "meeting", edit.id, current.version, await withForum(tx, fields)))) {
    const latest = await tx.meeting.findUniqueOrThrow({ where: { id: edit.id }, include: withForumCode });
    throw staleConflict({ savedVersion: latest.version, original: edit.original, yours, saved: meetingToFormValues(latest) });
  }
  await recordAudit(tx, {
    userId: actor.id,
    action: "meeting.update",
    entityType: "Meeting",
    entityId: edit.id,
    summary: msg("audit.meetingUpdated", { name: meetingName(current), fields: diff.changed.join(",") }),
    before: diff.before,
    after: diff.after,
  });
  return { merged };
}

export interface MeetingLink {
  meetingId: number;
  itemId: number;
  agendaItem: string | null;
  note: string | null;
}

export async function linkItem(tx: Tx, actor: Actor, link: MeetingLink) {
  const { meetingId, itemId, agendaItem, note } = link;
  await lockRow(tx, "Meeting", meetingId);
  await lockRow(tx, "Item", itemId);
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
    userId: actor.id,
    action: "meeting.link",
    entityType: "MeetingItem",
    entityId: `${meetingId}:${itemId}`,
    itemId,
    summary: msg("audit.linked", { name: meetingName(meeting) }),
    after: { meetingId, agendaItem, note },
  });
}

export async function unlinkItem(tx: Tx, actor: Actor, link: { meetingId: number; itemId: number }) {
  const { meetingId, itemId } = link;
  await lockRow(tx, "Meeting", meetingId);
  const existing = await tx.meetingItem.findUnique({ where: { meetingId_itemId: { meetingId, itemId } }, include: { meeting: true } });
  if (!existing) throw new RefusedError(msg("a.notLinked"));
  await tx.meetingItem.delete({ where: { meetingId_itemId: { meetingId, itemId } } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "meeting.unlink",
    entityType: "MeetingItem",
    entityId: `${meetingId}:${itemId}`,
    itemId,
    summary: msg("audit.unlinked", { name: meetingName(existing.meeting) }),
    before: { meetingId, agendaItem: existing.agendaItem, note: existing.note },
  });
}
