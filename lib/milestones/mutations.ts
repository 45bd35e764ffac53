import "server-only";
import { mergeStaleSave, staleConflict } from "../actions/conflict";
import { RefusedError } from "../actions/errors";
import { changedFields, recordAudit } from "../audit/record";
import type { Prisma } from "../db/generated/client";
import { lockRow, updateIfVersion, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { officeToday } from "../today";
import { formatDue } from "./due";
import { milestoneToFormValues } from "./form-values";
import { refreshNextDue } from "./next-due-sql";
import { compareMilestones, shareDate } from "./order";
import { milestoneFieldsSchema, type MilestoneFields } from "./schema";

// The rules of a milestone, whichever way a change arrives (item page or the workbook's milestone
// sheet): its item must be open, a new one goes last, and every change moves its version on
// through the optimistic lock and leaves one audit event. Every change holds its item's row before
// reading, so changes to one item's milestones take turns: positions are read and written by one
// writer at a time, and nothing is added to an item being archived. Whatever can move the item's
// next open milestone (adding, changing, completing, removing one) refreshes the key the table
// sorts by (next-due-sql.ts) in the same transaction; reordering cannot, as positions are no part of it.

const AUDITED = ["title", "titleZh", "precision", "dueStart", "dueEnd", "anchor", "status", "completedOn", "note"] as const;

function snapshot(milestone: Record<(typeof AUDITED)[number], unknown>) {
  return Object.fromEntries(AUDITED.map((key) => [key, milestone[key] ?? null]));
}

// The seed marks a due date or status it deduced rather than read (see inferredFields); whoever
// saves either states it, so the mark goes.
const INFERRED_BY_FIELD: Record<string, string> = { precision: "due", dueStart: "due", dueEnd: "due", anchor: "due", status: "status" };

/** The inferredFields left once `written` fields are saved; undefined when nothing changes. */
function stillInferred(inferredFields: string, written: string[]): string | undefined {
  const stated = new Set(written.map((field) => INFERRED_BY_FIELD[field]).filter(Boolean));
  const inferred = inferredFields.split(",").filter(Boolean);
  const kept = inferred.filter((field) => !stated.has(field));
  return kept.length === inferred.length ? undefined : kept.join(",");
}

const names = (milestone: { title: string; titleZh: string | null }) => ({ title: milestone.title, titleZh: milestone.titleZh ?? milestone.title });

async function openItem(tx: Tx, itemId: number) {
  await lockRow(tx, "Item", itemId);
  const item = await tx.item.findUnique({ where: { id: itemId }, select: { archivedAt: true } });
  if (!item) throw new RefusedError(msg("a.itemGone"));
  if (item.archivedAt) throw new RefusedError(msg("a.archivedMilestones"));
}

/** The milestone as it stands once its item is held. */
async function existingMilestone(tx: Tx, id: number) {
  const found = await tx.milestone.findUnique({ where: { id }, select: { itemId: true } });
  if (!found) throw new RefusedError(msg("a.milestoneGone"));
  await openItem(tx, found.itemId);
  const current = await tx.milestone.findUnique({ where: { id } });
  if (!current) throw new RefusedError(msg("a.milestoneGone"));
  return current;
}

export async function addMilestone(tx: Tx, actor: Actor, input: { itemId: number; fields: MilestoneFields }) {
  const { itemId, fields } = input;
  await openItem(tx, itemId);
  const last = await tx.milestone.aggregate({ where: { itemId }, _max: { position: true } });
  const created = await tx.milestone.create({ data: { ...fields, itemId, position: (last._max.position ?? -1) + 1 } });
  await refreshNextDue(tx, [itemId]);
  await recordAudit(tx, {
    userId: actor.id,
    action: "milestone.create",
    entityType: "Milestone",
    entityId: created.id,
    itemId,
    summary: actor.importFile
      ? msg("audit.importMilestoneAdded", { file: actor.importFile, ...names(created) })
      : msg("audit.milestoneAdded", { ...names(created), due: formatDue(created), dueZh: formatDue(created, "zh-TW") }),
    after: snapshot(created),
  });
  return created;
}

export interface MilestoneChange {
  id: number;
  /** The version the change was made against: the write happens only if it is still the saved one. */
  version: number;
  data: Partial<Prisma.MilestoneUncheckedUpdateManyInput>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Writes changed fields under the optimistic lock; false when the milestone moved on since `version`. */
export async function changeMilestoneFields(tx: Tx, actor: Actor, change: MilestoneChange): Promise<boolean> {
  const current = await existingMilestone(tx, change.id);
  const inferredFields = stillInferred(current.inferredFields, Object.keys(change.after));
  const data = inferredFields === undefined ? change.data : { ...change.data, inferredFields };
  if (!(await updateIfVersion(tx, "milestone", change.id, change.version, data))) return false;
  await refreshNextDue(tx, [current.itemId]);
  const fields = Object.keys(change.after).join(",");
  await recordAudit(tx, {
    userId: actor.id,
    action: "milestone.update",
    entityType: "Milestone",
    entityId: change.id,
    itemId: current.itemId,
    summary: actor.importFile
      ? msg("audit.importMilestoneUpdated", { file: actor.importFile, fields })
      : msg("audit.milestoneUpdated", { ...names(current), fields }),
    before: change.before,
    after: change.after,
  });
  return true;
}

export interface MilestoneEdit {
  id: number;
  version: number;
  original: Record<string, string> | null;
  fields: MilestoneFields;
}

/**
 * The milestone form's save. As for items: a colleague's save to other fields since the form was
 * opened is kept and this one goes on top (`merged`); the same field changed differently is a
 * conflict to decide.
 */
export async function editMilestone(tx: Tx, actor: Actor, edit: MilestoneEdit): Promise<{ itemId: number; merged: boolean }> {
  const current = await existingMilestone(tx, edit.id);
  const yours = milestoneToFormValues(edit.fields);
  const merged = current.version !== edit.version;
  const typed = merged
    ? mergeStaleSave(milestoneFieldsSchema, { savedVersion: current.version, original: edit.original, yours, saved: milestoneToFormValues(current) })
    : edit.fields;
  // The form shows an anchor without its days; an unchanged anchor keeps the days it has (e.g. the
  // meeting's), instead of losing them on every save.
  const keepsDays = typed.precision === "ANCHOR" && current.precision === "ANCHOR" && typed.anchor === current.anchor;
  const fields = keepsDays ? { ...typed, dueStart: current.dueStart, dueEnd: current.dueEnd } : typed;
  const diff = changedFields(snapshot(current), { ...fields });
  if (diff.changed.length === 0) return { itemId: current.itemId, merged };
  if (!(await changeMilestoneFields(tx, actor, { id: edit.id, version: current.version, data: fields, before: diff.before, after: diff.after }))) {
    const latest = await tx.milestone.findUniqueOrThrow({ where: { id: edit.id } });
    throw staleConflict({ savedVersion: latest.version, original: edit.original, yours, saved: milestoneToFormValues(latest) });
  }
  return { itemId: current.itemId, merged };
}

export async function completeMilestone(tx: Tx, actor: Actor, input: { id: number; version: number; completedOn: string | null }) {
  const current = await existingMilestone(tx, input.id);
  if (current.status === "DONE") throw new RefusedError(msg("a.alreadyDone"));
  const day = input.completedOn ?? officeToday();
  const inferredFields = stillInferred(current.inferredFields, ["status"]);
  const data = inferredFields === undefined ? { status: "DONE" as const, completedOn: day } : { status: "DONE" as const, completedOn: day, inferredFields };
  if (!(await updateIfVersion(tx, "milestone", input.id, input.version, data))) throw new RefusedError(msg("a.staleReload"));
  await refreshNextDue(tx, [current.itemId]);
  await recordAudit(tx, {
    userId: actor.id,
    action: "milestone.complete",
    entityType: "Milestone",
    entityId: input.id,
    itemId: current.itemId,
    summary: msg("audit.milestoneDone", names(current)),
    before: { status: current.status, completedOn: current.completedOn },
    after: { status: "DONE", completedOn: day },
  });
  return current.itemId;
}

/**
 * Milestones show in time order; officers order those that share a date (or have none). This swaps
 * two such neighbours, renumbering positions in display order so old ties cannot block it.
 */
export async function moveMilestone(tx: Tx, actor: Actor, input: { id: number; otherId: number }) {
  const { id, otherId } = input;
  const found = await tx.milestone.findUnique({ where: { id }, select: { itemId: true } });
  if (!found || id === otherId) throw new RefusedError(msg("a.cannotSwap"));
  await openItem(tx, found.itemId);
  const ordered = (await tx.milestone.findMany({ where: { itemId: found.itemId } })).sort(compareMilestones);
  const current = ordered.find((m) => m.id === id);
  const other = ordered.find((m) => m.id === otherId);
  if (!current || !other) throw new RefusedError(msg("a.cannotSwap"));
  if (!shareDate(current, other)) throw new RefusedError(msg("a.followDates"));
  const positions = new Map(ordered.map((m, index) => [m.id, index]));
  positions.set(
    id,
    ordered.findIndex((m) => m.id === otherId),
  );
  positions.set(
    otherId,
    ordered.findIndex((m) => m.id === id),
  );
  for (const milestone of ordered) {
    const position = positions.get(milestone.id)!;
    if (position !== milestone.position) await tx.milestone.update({ where: { id: milestone.id }, data: { position } });
  }
  await recordAudit(tx, {
    userId: actor.id,
    action: "milestone.move",
    entityType: "Milestone",
    entityId: id,
    itemId: current.itemId,
    summary: msg(positions.get(id)! < positions.get(otherId)! ? "audit.movedBefore" : "audit.movedAfter", {
      ...names(current),
      other: other.title,
      otherZh: other.titleZh ?? other.title,
    }),
    before: { position: current.position },
    after: { position: positions.get(id) },
  });
  return current.itemId;
}

export async function deleteMilestone(tx: Tx, actor: Actor, input: { id: number; version: number }) {
  const current = await existingMilestone(tx, input.id);
  if (current.version !== input.version) throw new RefusedError(msg("a.staleReload"));
  await tx.milestone.delete({ where: { id: input.id } });
  await refreshNextDue(tx, [current.itemId]);
  await recordAudit(tx, {
    userId: actor.id,
    action: "milestone.delete",
    entityType: "Milestone",
    entityId: input.id,
    itemId: current.itemId,
    summary: msg("audit.milestoneRemoved", names(current)),
    before: snapshot(current),
  });
  return current.itemId;
}
