// A saved view's part of a digest, as SQL: the view's items are the work plan's own filters
// (itemWhere), and its milestone windows the table's (dueCondition), so a digest lists exactly what
// the view's link opens.
import "server-only";
import { inChunks } from "../db/chunks";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/write";
import type { ItemFilters } from "../items/schema";
import { dueCondition, itemWhere } from "../items/table-sql";

type Reader = Pick<Tx, "$queryRaw">;

/** The view's open milestones that are overdue or fall due within `days` of `today`. */
export async function viewOpenMilestoneIds(reader: Reader, filters: ItemFilters, today: string, days: number): Promise<number[]> {
  const rows = await reader.$queryRaw<{ id: number | bigint }[]>(
    Prisma.sql`SELECT m."id" AS "id" FROM "Milestone" m JOIN "Item" i ON i."id" = m."itemId" ${itemWhere(filters, today)}
      AND (${dueCondition({ kind: "overdue" }, today)} OR (${dueCondition({ kind: "next", days }, today)}))`,
  );
  return rows.map((row) => Number(row.id));
}

/** Of these items, those the view holds today. */
export async function viewItemsAmong(reader: Reader, filters: ItemFilters, today: string, ids: number[]): Promise<number[]> {
  const rows = await inChunks(ids, (chunk) =>
    reader.$queryRaw<{ id: number | bigint }[]>(
      Prisma.sql`SELECT i."id" AS "id" FROM "Item" i ${itemWhere(filters, today, "some")} AND i."id" IN (${Prisma.join(chunk)})`,
    ),
  );
  return rows.map((row) => Number(row.id));
}
