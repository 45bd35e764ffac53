import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor, Tx } from "../db/write";
import { msg } from "../i18n/message";
import * as items from "../items/mutations";
import * as milestones from "../milestones/mutations";
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
 * Writes a plan built in this same transaction through the features' own write layers, so a row
 * of a file obeys the same rules as the item page. Every row it changes is written under the
 * version the plan read: a row that moved on since then refuses the whole import.
 */
export async function applyPlan(tx: Tx, plan: Plan, userId: number, file: string, sha256: string) {
  const actor: Actor = { id: userId, importFile: file };
  const created = new Map<number, number>();
  const changedItems = new Set<number>();
  const touchedMilestones: number[] = [];
  const stale = () => new ImportRefused(msg("import.changedSinceCheck"));

  for (const operation of plan.operations) {
    if (operation.op === "createItem") {
      const item = await items.createItem(tx, actor, operation.data, operation.coSponsors);
      created.set(operation.ref, item.id);
    } else if (operation.op === "updateItem") {
      const { id, version, data, before, after, add, withdraw } = operation;
      if (!(await items.changeItemFields(tx, actor, { id, version, data, before, after, coSponsors: { add, withdraw } }))) throw stale();
      changedItems.add(operation.id);
    } else if (operation.op === "createMilestone") {
      const itemId = operation.itemId ?? created.get(operation.itemRef!)!;
      const milestone = await milestones.addMilestone(tx, actor, { itemId, fields: operation.data });
      touchedMilestones.push(milestone.id);
    } else {
      const { id, version, before, after } = operation;
      if (!(await milestones.changeMilestoneFields(tx, actor, { id, version, data: after, before, after }))) throw stale();
      touchedMilestones.push(id);
    }
  }

  const counts = { created: created.size, updated: changedItems.size, milestones: touchedMilestones.length };
  await recordAudit(tx, {
    userId,
    action: "import.apply",
    entityType: "Import",
    entityId: sha256.slice(0, 16),
    summary: msg("audit.imported", { file, ...counts }),
    after: { file, sha256, createdItems: [...created.values()], updatedItems: [...changedItems], milestones: touchedMilestones },
  });
  return counts;
}
