import "server-only";
import { mergeStaleSave, staleConflict } from "../actions/conflict";
import { RefusedError } from "../actions/errors";
import { changedFields, recordAudit } from "../audit/record";
import { addCoSponsor, joinForRow, withdrawForRow } from "../co-sponsors/mutations";
import type { Prisma } from "../db/generated/client";
import { lockNames, lockRow, updateIfVersion, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { economyNames } from "../labels";
import { fieldsToFormValues, itemToFormValues } from "./form-values";
import { itemFieldsSchema, type BulkEdit, type ItemFields } from "./schema";

// The rules of an item, whichever way a change arrives (item page, bulk edit, import): references
// must exist, an archived item is frozen, the proposer never co-sponsors its own item, and every
// change moves the version on through the optimistic lock and leaves one audit event. A write
// holds the item's row before it reads what its checks rely on (lockRow), so writers at once on
// PostgreSQL take turns on an item as they do on SQLite.

const withForum = { forum: { select: { code: true } } } as const;

type ItemColumns = Omit<ItemFields, "forumCode"> & { forumId: number };

async function resolveReferences(tx: Tx, fields: ItemFields): Promise<ItemColumns> {
  const [forum, proposer, subFund] = await Promise.all([
    tx.forum.findUnique({ where: { code: fields.forumCode }, select: { id: true } }),
    tx.economy.findUnique({ where: { code: fields.proposerCode }, select: { code: true } }),
    fields.subFundId ? tx.supportSubFund.findUnique({ where: { id: fields.subFundId }, select: { id: true } }) : null,
  ]);
  const errors: Record<string, string[]> = {};
  if (!forum) errors.forumCode = [msg("a.unknownForum", { code: fields.forumCode })];
  if (!proposer) errors.proposerCode = [msg("a.unknownEconomy", { code: fields.proposerCode })];
  if (fields.subFundId && !subFund) errors.subFundId = [msg("a.subFundGone")];
  if (Object.keys(errors).length) throw new RefusedError(msg("a.fieldsNeedAttention"), errors);
  const { forumCode: _forumCode, ...data } = fields;
  return { ...data, forumId: forum!.id };
}

/**
 * One item per APEC project number. The number is held until the transaction ends, so of two items
 * given it at once the second waits and is told which number is taken, not a bare duplicate error.
 */
async function ensureProjectNumberFree(tx: Tx, projectNumber: unknown, itemId: number | null) {
  if (typeof projectNumber !== "string") return;
  await lockNames(tx, [`items:project-number:${projectNumber}`]);
  const owner = await tx.item.findUnique({ where: { projectNumber }, select: { id: true } });
  if (owner && owner.id !== itemId) {
    const taken = msg("a.projectNumberTaken", { number: projectNumber });
    throw new RefusedError(msg("a.fieldsNeedAttention"), { projectNumber: [taken] });
  }
}

/** A new item; an import's row may bring its co-sponsors, recorded in the item's one audit event. */
export async function createItem(tx: Tx, actor: Actor, fields: ItemFields, coSponsors: string[] = []) {
  await ensureProjectNumberFree(tx, fields.projectNumber, null);
  const created = await tx.item.create({ data: await resolveReferences(tx, fields), include: withForum });
  await joinForRow(tx, created.id, coSponsors);
  await recordAudit(tx, {
    userId: actor.id,
    action: "item.create",
    entityType: "Item",
    entityId: created.id,
    itemId: created.id,
    summary: actor.importFile
      ? msg("audit.importItemCreated", { file: actor.importFile, title: created.titleEn, titleZh: created.titleZh ?? created.titleEn })
      : msg("audit.itemCreated", { title: created.titleEn, titleZh: created.titleZh ?? created.titleEn }),
    after: coSponsors.length ? { ...itemToFormValues(created), coSponsors } : itemToFormValues(created),
  });
  return created;
}

export interface ItemChange {
  id: number;
  /** The version the change was made against: the write happens only if it is still the saved one. */
  version: number;
  data: Partial<Prisma.ItemUncheckedUpdateManyInput>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** An import's row carries its co-sponsors: they change with the row, under its one version and event. */
  coSponsors?: { add: string[]; withdraw: string[] };
}

/**
 * Writes changed fields of an item under the optimistic lock. False when the item moved on since
 * `version` (the caller says so in its own terms: a conflict screen, a stale import, a stale
 * selection); refused outright when the item is gone or archived, or its new proposer co-sponsors it.
 */
export async function changeItemFields(tx: Tx, actor: Actor, change: ItemChange): Promise<boolean> {
  const { id, version, data } = change;
  await lockRow(tx, "Item", id);
  const current = await tx.item.findUnique({ where: { id }, select: { archivedAt: true, proposerCode: true, inferredFields: true } });
  if (!current) throw new RefusedError(msg("a.itemGone"));
  if (current.archivedAt) throw new RefusedError(msg("a.archivedItem"));
  const inferredFields = stillInferred(current.inferredFields, change.after);
  // Withdrawals first, so a row may hand the item to an economy that co-sponsored it until now.
  const withdrawnOn = await withdrawForRow(tx, id, change.coSponsors?.withdraw ?? []);
  if (typeof data.proposerCode === "string" && data.proposerCode !== current.proposerCode) {
    const coSponsor = await tx.coSponsorship.findFirst({
      where: { itemId: id, economyCode: data.proposerCode, withdrawnOn: null },
      include: { economy: true },
    });
    if (coSponsor) throw new RefusedError(msg("a.fieldsNeedAttention"), { proposerCode: [msg("a.proposerIsCoSponsor", economyNames(coSponsor.economy))] });
  }
  if (data.projectNumber !== undefined) await ensureProjectNumberFree(tx, data.projectNumber, id);
  // A lost race returns before anything else is written; the caller's refusal rolls back the rest.
  if (!(await updateIfVersion(tx, "item", id, version, inferredFields === null ? data : { ...data, inferredFields }))) return false;
  await joinForRow(tx, id, change.coSponsors?.add ?? []);
  const fields = Object.keys(change.after);
  await recordAudit(tx, {
    userId: actor.id,
    action: "item.update",
    entityType: "Item",
    entityId: id,
    itemId: id,
    summary: actor.importFile
      ? msg("audit.importItemUpdated", { file: actor.importFile, fields: fields.join(",") })
      : actor.bulk && fields.length === 1 && fields[0] === "status"
        ? msg("audit.bulkStatus", { status: String(change.after.status) })
        : msg("audit.itemUpdated", { fields: fields.join(",") }),
    before: change.before,
    after: withdrawnOn ? { ...change.after, withdrawnOn } : change.after,
  });
  return true;
}

/**
 * A value someone saved is stated by a person, no longer inferred from the source: the fields a
 * change writes leave the item's inferredFields. Null when the list stays as it is.
 */
function stillInferred(inferredFields: string, after: Record<string, unknown>): string | null {
  const inferred = inferredFields.split(",").filter(Boolean);
  const kept = inferred.filter((field) => !(field in after));
  return kept.length === inferred.length ? null : kept.join(",");
}

export interface ItemEdit {
  id: number;
  /** The version the officer's form was opened at. */
  version: number;
  /** The form as the officer opened it, when known: it tells their changes from a colleague's. */
  original: Record<string, string> | null;
  fields: ItemFields;
}

/**
 * The item form's save. When a colleague saved the item since the form was opened, a save that
 * touches only other fields goes through at once on top of theirs (`merged`); fields both changed
 * differently come back as a conflict to decide, and nothing is written.
 */
export async function updateItem(tx: Tx, actor: Actor, edit: ItemEdit): Promise<{ merged: boolean }> {
  const { id } = edit;
  // Held before reading, so saves at once merge one over the other instead of conflicting.
  await lockRow(tx, "Item", id);
  const current = await tx.item.findUnique({ where: { id }, include: withForum });
  if (!current) throw new RefusedError(msg("a.itemGone"));
  if (current.archivedAt) throw new RefusedError(msg("a.archivedItem"));
  const saved = itemToFormValues(current);
  const yours = fieldsToFormValues(edit.fields);
  const merged = current.version !== edit.version;
  const fields = merged ? mergeStaleSave(itemFieldsSchema, { savedVersion: current.version, original: edit.original, yours, saved }) : edit.fields;
  const diff = changedFields(saved, fieldsToFormValues(fields));
  if (diff.changed.length === 0) return { merged };
  const written = await changeItemFields(tx, actor, {
    id,
    version: current.version,
    data: await resolveReferences(tx, fields),
    before: diff.before,
    after: diff.after,
  });
  if (!written) {
    const latest = await tx.item.findUniqueOrThrow({ where: { id }, include: withForum });
    throw staleConflict({ savedVersion: latest.version, original: edit.original, yours, saved: itemToFormValues(latest) });
  }
  return { merged };
}

export async function setItemArchived(tx: Tx, actor: Actor, input: { id: number; version: number; archive: boolean }) {
  const { id, version, archive } = input;
  await lockRow(tx, "Item", id);
  const current = await tx.item.findUnique({ where: { id } });
  if (!current) throw new RefusedError(msg("a.itemGone"));
  if (Boolean(current.archivedAt) === archive) throw new RefusedError(msg(archive ? "a.alreadyArchived" : "a.notArchived"));
  if (!(await updateIfVersion(tx, "item", id, version, { archivedAt: archive ? new Date() : null }))) throw new RefusedError(msg("a.staleReload"));
  await recordAudit(tx, {
    userId: actor.id,
    action: archive ? "item.archive" : "item.restore",
    entityType: "Item",
    entityId: id,
    itemId: id,
    summary: msg(archive ? "audit.archived" : "audit.restored"),
    before: { archived: !archive },
    after: { archived: archive },
  });
  return current;
}

/** Only an archived item can go; its history stays in the audit trail, and a seeded one stays gone. */
export async function deleteItem(tx: Tx, actor: Actor, input: { id: number; version: number }) {
  const { id, version } = input;
  // Held, so a restore at the same moment either comes first (and this is refused) or waits.
  await lockRow(tx, "Item", id);
  const current = await tx.item.findUnique({
    where: { id },
    include: {
      ...withForum,
      coSponsorships: { select: { economyCode: true } },
      milestones: { select: { title: true } },
      reports: { select: { meeting: { select: { shortName: true, name: true } } } },
    },
  });
  if (!current) throw new RefusedError(msg("a.itemGone"));
  if (!current.archivedAt) throw new RefusedError(msg("a.archiveFirst"));
  if (current.version !== version) throw new RefusedError(msg("a.staleReload"));
  await tx.item.delete({ where: { id } });
  if (current.seedKey) await tx.deletedSeedRecord.create({ data: { seedKey: current.seedKey } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "item.delete",
    entityType: "Item",
    entityId: id,
    itemId: id,
    summary: msg("audit.itemDeleted", { title: current.titleEn, titleZh: current.titleZh ?? current.titleEn }),
    before: {
      ...itemToFormValues(current),
      coSponsors: current.coSponsorships.map((c) => c.economyCode),
      milestones: current.milestones.map((m) => m.title),
      meetings: current.reports.map((r) => r.meeting.shortName ?? r.meeting.name),
    },
  });
  return current;
}

/**
 * Several items at once, all or none, with one audit event per item changed. Items that already
 * have the status, or the co-sponsor (or propose the item), are counted as unchanged.
 */
export async function bulkUpdateItems(tx: Tx, user: { id: number }, input: BulkEdit): Promise<number> {
  const actor: Actor = { id: user.id, bulk: true };
  // In id order: two bulk edits of overlapping selections hold their items in the same order.
  const selected = await tx.item.findMany({
    where: { id: { in: input.ids }, archivedAt: null },
    select: { id: true, version: true, status: true },
    orderBy: { id: "asc" },
  });
  if (selected.length !== new Set(input.ids).size) throw new RefusedError(msg("a.bulkStale"));
  if (input.operation === "coSponsor" && !(await tx.economy.findUnique({ where: { code: input.economyCode }, select: { code: true } }))) {
    const unknown = msg("a.unknownEconomy", { code: input.economyCode });
    throw new RefusedError(unknown, { economyCode: [unknown] });
  }
  let changed = 0;
  for (const item of selected) {
    if (input.operation === "status") {
      if (item.status === input.status) continue;
      const after = { status: input.status };
      if (!(await changeItemFields(tx, actor, { id: item.id, version: item.version, data: after, before: { status: item.status }, after })))
        throw new RefusedError(msg("a.bulkStale"));
    } else if (!(await addCoSponsor(tx, actor, { itemId: item.id, economyCode: input.economyCode, joinedOn: null }, { ifAbsent: true }))) continue;
    changed++;
  }
  return changed;
}
