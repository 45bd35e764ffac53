import "server-only";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/write";
import type { ItemFilters } from "../items/schema";
import { itemWhere } from "../items/table-sql";

/** Of these views' filters, those the item meets today: the same WHERE the work-plan table runs. */
export async function viewsMatchingItem(tx: Tx, views: { id: number; filters: ItemFilters }[], itemId: number, today: string): Promise<number[]> {
  const matching: number[] = [];
  for (const view of views) {
    const rows = await tx.$queryRaw<unknown[]>(Prisma.sql`SELECT 1 FROM "Item" i ${itemWhere(view.filters, today, "some")} AND i."id" = ${itemId}`);
    if (rows.length > 0) matching.push(view.id);
  }
  return matching;
}
