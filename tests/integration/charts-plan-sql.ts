// The plan charts' numbers asked of the database a second way, by hand: each filter written out as
// its own condition and each state of a milestone as its own query, rather than through the
// table's WHERE and the builders' CASE. Values are literals (the tests' own), so one text runs
// unchanged on SQLite and PostgreSQL.
import { db } from "@/lib/db";

type Row = Record<string, unknown>;
const rows = (sql: string) => db.$queryRawUnsafe<Row[]>(sql);

/** Cells "key|series" -> count, the zero ones left out. */
export type Cells = Record<string, number>;

/** Items of the filter (a condition on `i`) by year, kind and status. */
export async function handStatusByYear(condition: string): Promise<Cells> {
  const found = await rows(`SELECT "year" AS y, "kind" AS k, "status" AS s, COUNT(*) AS n FROM "Item" i
    WHERE "archivedAt" IS NULL AND (${condition}) GROUP BY "year", "kind", "status"`);
  return Object.fromEntries(found.map((row) => [`${Number(row.y)}-${(row.k as string | null) ?? "none"}|${row.s as string}`, Number(row.n)]));
}

/**
 * Milestones of the filter's items: met and open ones by month of their deadline in [first, last],
 * overdue ones by month too, or "earlier" when before `first`.
 */
export async function handMilestonesByMonth(condition: string, today: string, first: string, last: string): Promise<Cells> {
  const items = `SELECT i."id" FROM "Item" i WHERE i."archivedAt" IS NULL AND (${condition})`;
  const cells: Cells = {};
  const add = (found: Row[], state: string) => {
    for (const row of found) {
      const month = (row.d as string) < first ? "earlier" : (row.d as string).slice(0, 7);
      cells[`${month}|${state}`] = (cells[`${month}|${state}`] ?? 0) + 1;
    }
  };
  add(
    await rows(`SELECT "dueEnd" AS d FROM "Milestone" WHERE "itemId" IN (${items}) AND "status" = 'DONE' AND "dueEnd" >= '${first}' AND "dueEnd" <= '${last}'`),
    "met",
  );
  add(
    await rows(
      `SELECT "dueEnd" AS d FROM "Milestone" WHERE "itemId" IN (${items}) AND "status" = 'PLANNED' AND "dueEnd" >= '${today}' AND "dueEnd" <= '${last}'`,
    ),
    "open",
  );
  add(
    await rows(`SELECT "dueEnd" AS d FROM "Milestone" WHERE "itemId" IN (${items}) AND "dueEnd" <= '${last}'
      AND ("status" = 'LATE' OR ("status" = 'PLANNED' AND "dueEnd" < '${today}'))`),
    "overdue",
  );
  return cells;
}

/** Milestones of the filter's items that are not cancelled and have no deadline. */
export async function handUndated(condition: string): Promise<number> {
  const [row] = await rows(`SELECT COUNT(*) AS n FROM "Milestone" m JOIN "Item" i ON i."id" = m."itemId"
    WHERE i."archivedAt" IS NULL AND (${condition}) AND m."status" <> 'CANCELLED' AND m."dueEnd" IS NULL`);
  return Number(row?.n ?? 0);
}
