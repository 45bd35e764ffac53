// The work plan's charts as SQL: counts over the very items the filtered table lists (its own
// WHERE), grouped in the database so a plan of ten thousand items costs one small result.
import "server-only";
import { db } from "../db";
import { Prisma } from "../db/generated/client";
import type { ItemKind, ItemStatus } from "../db/generated/enums";
import type { ItemFilters } from "../items/schema";
import { itemWhere } from "../items/table-sql";

type Numeric = number | bigint;

/** Live items matching the filters, counted by year, kind and status. */
export function statusByYearSql(filters: ItemFilters, today: string): Prisma.Sql {
  return Prisma.sql`SELECT i."year" AS "year", i."kind" AS "kind", i."status" AS "status", COUNT(*) AS "n"
    FROM "Item" i ${itemWhere(filters, today)} GROUP BY i."year", i."kind", i."status"`;
}

export async function readStatusByYear(filters: ItemFilters, today: string) {
  const rows = await db.$queryRaw<{ year: Numeric; kind: ItemKind | null; status: ItemStatus; n: Numeric }[]>(statusByYearSql(filters, today));
  return rows.map((row) => ({ year: Number(row.year), kind: row.kind, status: row.status, n: Number(row.n) }));
}

export type MilestoneState = "met" | "open" | "overdue";

/**
 * The matching items' milestones by the month their deadline (dueEnd) falls in, up to `lastDay`,
 * and by state: met, open and not yet late, overdue (marked late, or open past its deadline, as
 * the table's "overdue" window has it). Milestones overdue from before `monthStart` come as the
 * month "earlier"; what was met or is still to come before then is history, not counted.
 */
export function milestonesByMonthSql(filters: ItemFilters, today: string, monthStart: string, lastDay: string): Prisma.Sql {
  return Prisma.sql`SELECT x."month" AS "month", x."state" AS "state", COUNT(*) AS "n" FROM (
      SELECT CASE WHEN m."dueEnd" < ${monthStart} THEN 'earlier' ELSE SUBSTR(m."dueEnd", 1, 7) END AS "month",
        CASE WHEN m."status" = 'DONE' THEN 'met' WHEN m."status" = 'LATE' OR m."dueEnd" < ${today} THEN 'overdue' ELSE 'open' END AS "state"
      FROM "Milestone" m JOIN "Item" i ON i."id" = m."itemId" ${itemWhere(filters, today)}
        AND m."status" <> 'CANCELLED' AND m."dueEnd" IS NOT NULL AND m."dueEnd" <= ${lastDay}
        AND (m."dueEnd" >= ${monthStart} OR m."status" IN ('PLANNED', 'LATE'))
    ) x GROUP BY x."month", x."state"`;
}

/** The matching items' milestones no month can hold: undated, or anchored to a meeting whose days are not known. */
export function undatedMilestonesSql(filters: ItemFilters, today: string): Prisma.Sql {
  return Prisma.sql`SELECT COUNT(*) AS "n" FROM "Milestone" m JOIN "Item" i ON i."id" = m."itemId" ${itemWhere(filters, today)}
    AND m."status" <> 'CANCELLED' AND m."dueEnd" IS NULL`;
}

export async function readMilestonesByMonth(filters: ItemFilters, today: string, monthStart: string, lastDay: string) {
  const [rows, [undated]] = await db.$transaction([
    db.$queryRaw<{ month: string; state: MilestoneState; n: Numeric }[]>(milestonesByMonthSql(filters, today, monthStart, lastDay)),
    db.$queryRaw<{ n: Numeric }[]>(undatedMilestonesSql(filters, today)),
  ]);
  return { rows: rows.map((row) => ({ month: row.month, state: row.state, n: Number(row.n) })), undated: Number(undated?.n ?? 0) };
}
