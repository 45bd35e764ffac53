import "server-only";
import { mergeStaleSave } from "../actions/conflict";
import { RefusedError } from "../actions/errors";
import { changedFields, recordAudit } from "../audit/record";
import { lockNames, lockRow, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { economyNames } from "../labels";
import { officeEconomy } from "../office/queries";
import { positionFieldsSchema, positionToFormValues, type PositionFields } from "./schema";

// Our economy's position on an item belongs to the office, one per item. Every write holds the
// item's row first, as co-sponsorship changes do, so a change of proposer, an archive and two
// officers recording a position at once take turns and each sees what the one before wrote.

async function openItem(tx: Tx, itemId: number) {
  await lockRow(tx, "Item", itemId);
  const item = await tx.item.findUnique({ where: { id: itemId }, select: { proposerCode: true, archivedAt: true } });
  if (!item) throw new RefusedError(msg("a.itemGone"));
  if (item.archivedAt) throw new RefusedError(msg("positions.archived"));
  return item;
}

const snapshot = (position: PositionFields | null) => ({
  stance: position?.stance ?? null,
  deadline: position?.deadline ?? null,
  decidedBy: position?.decidedBy ?? null,
  note: position?.note ?? null,
});

/** The office settings' lock (lib/office/mutations.ts): the economy read here cannot change underneath. */
const OFFICE = "office:settings";

export interface SetPosition {
  itemId: number;
  /** The version the form was opened at; 0 when the item had no position then. */
  version: number;
  /** The form's values as it was opened; null when unknown. */
  original: Record<string, string> | null;
  fields: PositionFields;
}

/**
 * Records the office's position, or changes it. A save made from an older version keeps a
 * colleague's change to other fields and goes on top (`merged`); the same field changed
 * differently is a conflict to decide. Co-sponsorships are never changed here: "will co-sponsor"
 * is the office's intent, the co-sponsorship is what APEC records, and the item page shows both.
 */
export async function setPosition(tx: Tx, actor: Actor, input: SetPosition): Promise<{ merged: boolean; created: boolean }> {
  const item = await openItem(tx, input.itemId);
  await lockNames(tx, [OFFICE]);
  const [economy, current] = await Promise.all([officeEconomy(tx), tx.itemPosition.findUnique({ where: { itemId: input.itemId } })]);
  if (!economy) throw new RefusedError(msg("positions.noEconomyRefused"));
  if (item.proposerCode === economy.code) throw new RefusedError(msg("positions.ownProposalRefused", economyNames(economy)));
  const merged = (current?.version ?? 0) !== input.version;
  if (merged && !current) throw new RefusedError(msg("positions.clearedMeanwhile"));
  const fields =
    merged && current
      ? mergeStaleSave(positionFieldsSchema, {
          savedVersion: current.version,
          original: input.original,
          yours: positionToFormValues(input.fields),
          saved: positionToFormValues(current),
        })
      : input.fields;
  const diff = changedFields(snapshot(current), snapshot(fields));
  if (current && diff.changed.length === 0) throw new RefusedError(msg("positions.unchanged"));
  if (current) {
    await tx.itemPosition.update({ where: { itemId: input.itemId }, data: { ...fields, updatedById: actor.id, version: { increment: 1 } } });
  } else {
    await tx.itemPosition.create({ data: { itemId: input.itemId, ...fields, updatedById: actor.id } });
  }
  await recordAudit(tx, {
    userId: actor.id,
    action: "position.set",
    entityType: "ItemPosition",
    entityId: input.itemId,
    itemId: input.itemId,
    summary: msg(current ? "positions.audit.changed" : "positions.audit.set", { stance: fields.stance, ...economyNames(economy) }),
    before: current ? diff.before : null,
    after: current ? diff.after : snapshot(fields),
  });
  return { merged, created: !current };
}

/** Removes the position (recorded by mistake, or no longer meant); the audit trail keeps what it was. */
export async function clearPosition(tx: Tx, actor: Actor, input: { itemId: number; version: number }) {
  await openItem(tx, input.itemId);
  const current = await tx.itemPosition.findUnique({ where: { itemId: input.itemId } });
  if (!current) throw new RefusedError(msg("positions.none"));
  if (current.version !== input.version) throw new RefusedError(msg("positions.changedMeanwhile"));
  await tx.itemPosition.delete({ where: { itemId: input.itemId } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "position.clear",
    entityType: "ItemPosition",
    entityId: input.itemId,
    itemId: input.itemId,
    summary: msg("positions.audit.cleared", { stance: current.stance }),
    before: snapshot(current),
  });
}
