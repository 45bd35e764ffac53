// Each item's next open milestone as a sort key, stored on the item ("nextDueKey") so that sorting
// the work plan by it reads one column instead of aggregating every open milestone of the plan on
// each request (about 10 ms of SQL at 10,000 items, half of the page's time). Every write that adds,
// changes, completes or removes a milestone refreshes its item's key in the same transaction
// (lib/milestones/mutations.ts); seeds refresh every item once they are loaded.
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/write";

/**
 * The key over an item's open milestones (`m`): dated ones by their last day, then those anchored to
 * a meeting without days, then the undated; null when nothing is open. Dates are ISO digits and
 * hyphens, which every collation orders alike. The migration that added the column backfilled it
 * with this same expression.
 */
export function nextDueKeyOf(itemId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT MIN(CASE WHEN m."dueEnd" IS NOT NULL THEN '0' || m."dueEnd" WHEN m."precision" = 'UNDATED' THEN '2' ELSE '1' END)
    FROM "Milestone" m WHERE m."itemId" = ${itemId} AND m."status" IN ('PLANNED', 'LATE'))`;
}

/** Recomputes the stored key of these items from their milestones as they are now. */
export async function refreshNextDue(tx: Pick<Tx, "$executeRaw">, itemIds: number[]): Promise<void> {
  if (itemIds.length === 0) return;
  await tx.$executeRaw`UPDATE "Item" SET "nextDueKey" = ${nextDueKeyOf(Prisma.sql`"Item"."id"`)} WHERE "id" IN (${Prisma.join(itemIds)})`;
}

/** Recomputes every item's key: after a seed or bulk load that wrote milestones directly. */
export async function refreshAllNextDue(client: Pick<Tx, "$executeRaw">): Promise<void> {
  await client.$executeRaw`UPDATE "Item" SET "nextDueKey" = ${nextDueKeyOf(Prisma.sql`"Item"."id"`)}`;
}
