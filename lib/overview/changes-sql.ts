// The overview's "changed since my last visit" as SQL: audit events have no relation Prisma could
// filter through, and the economy's items run to thousands (too many to pass as parameters).
import "server-only";
import { firstOf } from "../db/first-of-sql";
import { Prisma } from "../db/generated/client";

/**
 * How many changes others (or nobody: the scheduler) made after `since` to the items the economy
 * proposes or co-sponsors (lib/follows/queries.ts economyItemsWhere, archived items included), and
 * the ids of the newest `limit`.
 */
export function readEconomyChanges(code: string, userId: number, since: Date, limit: number) {
  const economyItems = Prisma.sql`SELECT i."id" FROM "Item" i WHERE i."proposerCode" = ${code}
    UNION SELECT c."itemId" FROM "CoSponsorship" c WHERE c."economyCode" = ${code} AND c."withdrawnOn" IS NULL`;
  const from = Prisma.sql`FROM "AuditEvent" a
    WHERE a."at" > ${since} AND (a."userId" IS NULL OR a."userId" <> ${userId}) AND a."itemId" IN (${economyItems})`;
  return firstOf(Prisma.sql`a."id"`, from, Prisma.sql`ORDER BY a."at" DESC, a."id" DESC`, limit);
}
