// An economy's profile lists as SQL: what it proposes, backs and has withdrawn from.
import "server-only";
import { firstOf } from "../db/first-of-sql";
import { Prisma } from "../db/generated/client";
import { workPlanOrder } from "../items/table-sql";

/**
 * How many live items the economy proposes, currently co-sponsors and has withdrawn from, and the
 * ids of the first `limit` of each in the work plan's order.
 */
export async function readProfileLists(code: string, limit: number) {
  const first = (from: Prisma.Sql) => firstOf(Prisma.sql`i."id"`, from, workPlanOrder(), limit);
  const backing = (withdrawn: boolean) =>
    Prisma.sql`FROM "CoSponsorship" c JOIN "Item" i ON i."id" = c."itemId"
      WHERE c."economyCode" = ${code} AND i."archivedAt" IS NULL AND c."withdrawnOn" IS ${withdrawn ? Prisma.sql`NOT NULL` : Prisma.sql`NULL`}`;
  const [proposed, coSponsored, withdrawn] = await Promise.all([
    first(Prisma.sql`FROM "Item" i WHERE i."proposerCode" = ${code} AND i."archivedAt" IS NULL`),
    first(backing(false)),
    first(backing(true)),
  ]);
  return { proposed, coSponsored, withdrawn };
}
