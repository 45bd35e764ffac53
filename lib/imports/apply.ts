import "server-only";
import { recordAudit, type Tx } from "../audit/record";
import { msg } from "../i18n/message";
import { officeToday } from "../today";
import type { ImportReport, Plan } from "./plan";

/** A refusal found inside the apply's transaction: thrown so that nothing stays written. */
export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly report?: ImportReport,
  ) {
    super(message);
  }
}

/**
 * Writes a plan built in this same transaction, with one audit event per item and milestone it
 * changes and one for the import itself. The version in every WHERE is a last guard: a row that
 * moved on since the plan was read refuses the whole import.
 */
export async function applyPlan(tx: Tx, plan: Plan, userId: number, file: string, sha256: string) {
  const created = new Map<number, number>();
  const changedItems = new Set<number>();
  const touchedMilestones: number[] = [];
  const today = officeToday();
  const stale = () => new ImportRefused(msg("import.changedSinceCheck"));
  const audit = (entry: Omit<Parameters<typeof recordAudit>[1], "userId">) => recordAudit(tx, { userId, ...entry });

  for (const operation of plan.operations) {
    if (operation.op === "createItem") {
      const item = await tx.item.create({ data: operation.data });
      created.set(operation.ref, item.id);
      if (operation.coSponsors.length)
        await tx.coSponsorship.createMany({ data: operation.coSponsors.map((economyCode) => ({ itemId: item.id, economyCode })) });
      await audit({
        action: "item.create",
        entityType: "Item",
        entityId: item.id,
        itemId: item.id,
        summary: msg("audit.importItemCreated", { file, title: item.titleEn, titleZh: item.titleZh ?? item.titleEn }),
        after: { ...operation.data, coSponsors: operation.coSponsors },
      });
    } else if (operation.op === "updateItem") {
      // Co-sponsors are part of the item's row, so changing them moves its version on too: an
      // older export of this item is then refused instead of undoing the change.
      const { count } = await tx.item.updateMany({
        where: { id: operation.id, version: operation.version, archivedAt: null },
        data: { ...operation.data, version: { increment: 1 } },
      });
      if (count === 0) throw stale();
      for (const economyCode of operation.add) {
        // A withdrawn co-sponsor that joins again gets its row back, as in addCoSponsor.
        await tx.coSponsorship.upsert({
          where: { itemId_economyCode: { itemId: operation.id, economyCode } },
          create: { itemId: operation.id, economyCode },
          update: { joinedOn: null, withdrawnOn: null },
        });
      }
      if (operation.withdraw.length) {
        await tx.coSponsorship.updateMany({
          where: { itemId: operation.id, economyCode: { in: operation.withdraw }, withdrawnOn: null },
          data: { withdrawnOn: today },
        });
      }
      changedItems.add(operation.id);
      await audit({
        action: "item.update",
        entityType: "Item",
        entityId: operation.id,
        itemId: operation.id,
        summary: msg("audit.importItemUpdated", { file, fields: Object.keys(operation.after).join(",") }),
        before: operation.before,
        after: operation.withdraw.length ? { ...operation.after, withdrawnOn: today } : operation.after,
      });
    } else if (operation.op === "createMilestone") {
      const itemId = operation.itemId ?? created.get(operation.itemRef!)!;
      const last = await tx.milestone.aggregate({ where: { itemId }, _max: { position: true } });
      const milestone = await tx.milestone.create({ data: { ...operation.data, itemId, position: (last._max.position ?? -1) + 1 } });
      touchedMilestones.push(milestone.id);
      await audit({
        action: "milestone.create",
        entityType: "Milestone",
        entityId: milestone.id,
        itemId,
        summary: msg("audit.importMilestoneAdded", { file, title: milestone.title, titleZh: milestone.titleZh ?? milestone.title }),
        after: { ...operation.data },
      });
    } else {
      const { count } = await tx.milestone.updateMany({
        where: { id: operation.id, version: operation.version },
        data: { ...operation.after, version: { increment: 1 } },
      });
      if (count === 0) throw stale();
      touchedMilestones.push(operation.id);
      await audit({
        action: "milestone.update",
        entityType: "Milestone",
        entityId: operation.id,
        itemId: operation.itemId,
        summary: msg("audit.importMilestoneUpdated", { file, fields: Object.keys(operation.after).join(",") }),
        before: operation.before,
        after: operation.after,
      });
    }
  }

  const counts = { created: created.size, updated: changedItems.size, milestones: touchedMilestones.length };
  await audit({
    action: "import.apply",
    entityType: "Import",
    entityId: sha256.slice(0, 16),
    summary: msg("audit.imported", { file, ...counts }),
    after: { file, sha256, createdItems: [...created.values()], updatedItems: [...changedItems], milestones: touchedMilestones },
  });
  return counts;
}
