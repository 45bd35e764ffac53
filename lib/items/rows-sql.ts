// The work plan's statements (table-sql.ts) run against the database. Counts and ids may come back
// as bigint (always on PostgreSQL, whose COUNT is a bigint), so callers convert with Number().
import "server-only";
import { db, unchangedReads } from "../db";
import { Prisma } from "../db/generated/client";
import type { FundAccount, ItemKind, ItemStatus } from "../db/generated/enums";
import type { EconomyRef } from "../economies/queries";
import type { NextMilestone } from "./queries";
import { rowSql } from "./table-sql";

type Numeric = number | bigint;

/** The three reads behind a page of rows: items with forum and proposer, current co-sponsors, open milestones. */
export async function readRows(ids: readonly number[]) {
  const sql = rowSql(ids);
  // One read transaction, so the version comes from the same moment as the co-sponsors and
  // milestones it versions: an export can never pair a newer version with older co-sponsors (which
  // an import would then take as the officer's withdrawal).
  const [items, backers, open] = await db.$transaction([
    db.$queryRaw<
      {
        id: Numeric;
        kind: ItemKind | null;
        year: Numeric;
        projectNumber: string | null;
        titleEn: string;
        titleZh: string | null;
        status: ItemStatus;
        fundAccount: FundAccount | null;
        version: Numeric;
        forumCode: string;
        forumName: string;
        forumNameZh: string | null;
        proposerCode: string;
        proposerName: string;
        proposerShortName: string | null;
        proposerNameZh: string;
      }[]
    >(sql.items),
    db.$queryRaw<({ itemId: Numeric; joinedOn: string | null } & EconomyRef)[]>(sql.coSponsors),
    db.$queryRaw<(Omit<NextMilestone, "id" | "position"> & { id: Numeric; itemId: Numeric; position: Numeric })[]>(sql.openMilestones),
  ]);
  return { items, backers, open };
}

export async function readIds(statement: Prisma.Sql): Promise<number[]> {
  return (await db.$queryRaw<{ id: Numeric }[]>(statement)).map((row) => Number(row.id));
}

/** A page's ids: the statement sorts every match to find them, so they are kept as counts are. */
export function readPageIds(statement: Prisma.Sql): Promise<readonly number[]> {
  return unchangedReads.readStatement(statement, async () => Object.freeze(await readIds(statement)));
}

/** A count reads every match; it is kept while the database is unchanged (lib/db/unchanged-reads.ts). */
export function readCount(statement: Prisma.Sql): Promise<number> {
  return unchangedReads.readStatement(statement, async () => {
    const [counted] = await db.$queryRaw<{ n: Numeric }[]>(statement);
    return Number(counted?.n ?? 0);
  });
}

/** Group sizes read every match too, and are kept as counts are. */
export function readGroups(statement: Prisma.Sql): Promise<readonly { value: string | number | null; n: number }[]> {
  return unchangedReads.readStatement(statement, async () => {
    const rows = await db.$queryRaw<{ value: string | number | null; n: Numeric }[]>(statement);
    return Object.freeze(rows.map((row) => Object.freeze({ value: row.value, n: Number(row.n) })));
  });
}

export function readEconomyTotals(statement: Prisma.Sql) {
  return db.$queryRaw<{ code: string; proposes: Numeric; backs: Numeric }[]>(statement);
}

const PLAN_YEARS = Prisma.sql`
    WITH RECURSIVE "plan"("year") AS (
      SELECT MAX("year") FROM "Item" WHERE "archivedAt" IS NULL
      UNION ALL
      SELECT (SELECT MAX(i."year") FROM "Item" i WHERE i."archivedAt" IS NULL AND i."year" < "plan"."year") FROM "plan" WHERE "plan"."year" IS NOT NULL
    )
    SELECT "year" FROM "plan" WHERE "year" IS NOT NULL`;

/**
 * The years the plan covers, latest first. A GROUP BY reads every item's year (2 ms on 10,000
 * items, on every table page); stepping down the year index from one year to the next below it
 * reads one index entry per year.
 */
export function readPlanYears(): Promise<readonly number[]> {
  return unchangedReads.readStatement(PLAN_YEARS, async () =>
    Object.freeze((await db.$queryRaw<{ year: Numeric }[]>(PLAN_YEARS)).map((row) => Number(row.year))),
  );
}
