// The economies' charts as SQL over the work plan's own WHERE (lib/items/table-sql.ts itemWhere),
// so a chart counts exactly the items the filtered table lists. Counts may come back as bigint
// (PostgreSQL's COUNT), so callers convert with Number().
import "server-only";
import { db } from "../db";
import { Prisma } from "../db/generated/client";
import type { ItemFilters } from "../items/schema";
import { itemWhere } from "../items/table-sql";

type Numeric = number | bigint;

/** How many items the filtered table lists. */
export async function readItemCount(filters: ItemFilters, today: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: Numeric }[]>(Prisma.sql`SELECT COUNT(*) AS "n" FROM "Item" i ${itemWhere(filters, today)}`);
  return Number(row?.n ?? 0);
}

/**
 * Current co-sponsorships of the filtered items, per backer and proposer: one pass serves the
 * heat map as it stands and the bar chart as its row sums (given) and column sums (received).
 */
export async function readBackingPairs(filters: ItemFilters, today: string) {
  const rows = await db.$queryRaw<{ backer: string; proposer: string; n: Numeric }[]>(
    Prisma.sql`SELECT b."economyCode" AS "backer", i."proposerCode" AS "proposer", COUNT(*) AS "n"
      FROM "CoSponsorship" b JOIN "Item" i ON i."id" = b."itemId"
      ${itemWhere(filters, today)} AND b."withdrawnOn" IS NULL
      GROUP BY b."economyCode", i."proposerCode"`,
  );
  return rows.map((row) => ({ backer: row.backer, proposer: row.proposer, n: Number(row.n) }));
}

/**
 * Per year of the filtered plan (every year it holds, even one the economy took no part in): how
 * many items the economy proposed and how many it currently co-sponsors.
 */
export async function readEconomyActivity(code: string, filters: ItemFilters, today: string) {
  // One current co-sponsorship at most per item and economy (unique), so the join adds no rows.
  const rows = await db.$queryRaw<{ year: Numeric; proposed: Numeric; backed: Numeric }[]>(
    Prisma.sql`SELECT i."year" AS "year",
        SUM(CASE WHEN i."proposerCode" = ${code} THEN 1 ELSE 0 END) AS "proposed",
        COUNT(b."id") AS "backed"
      FROM "Item" i LEFT JOIN "CoSponsorship" b ON b."itemId" = i."id" AND b."economyCode" = ${code} AND b."withdrawnOn" IS NULL
      ${itemWhere(filters, today)}
      GROUP BY i."year" ORDER BY i."year"`,
  );
  return rows.map((row) => ({ year: Number(row.year), proposed: Number(row.proposed), backed: Number(row.backed) }));
}
