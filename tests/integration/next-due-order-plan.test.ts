// SQLite's choice of path for the work plan's statements, read with EXPLAIN QUERY PLAN: the index
// on the next-milestone order's expressions (prisma/migrations/20261204233500_…) must serve that
// order and stay out of every other read. As a partial index (WHERE "archivedAt" IS NULL) SQLite
// took it to scan live items for any filter, and a text search's SQL went from 2.4 to 11.5 ms.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { engineOf } from "@/lib/db/url";
import type { ItemFilters } from "@/lib/items/schema";
import { itemTableSql } from "@/lib/items/table-sql";

const INDEX = "Item_nextDue_order_idx";
const sqlite = engineOf(process.env.DATABASE_URL!) === "sqlite";

async function plan(sql: Prisma.Sql): Promise<string> {
  const steps = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${sql}`);
  return steps.map((step) => step.detail).join(" | ");
}

const page50 = (filters: ItemFilters) => itemTableSql(filters, { today: "2024-06-01", locale: "en", page: { number: 50, size: 25 } });

describe.skipIf(!sqlite)("the index for the work plan's order by next milestone", () => {
  it("serves a page sorted by next milestone, leaving only the last terms to sort", async () => {
    const steps = await plan(page50({ sort: [{ column: "nextMilestone", desc: false }] }).ids);
    expect(steps).toContain(`USING INDEX ${INDEX}`);
    expect(steps).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it.each<[string, ItemFilters]>([
    ["the work plan's own order", {}],
    ["a text search", { q: "single window" }],
    ["a proposer", { proposer: ["US"] }],
    ["an overdue window", { due: { kind: "overdue" } }],
    ["the year, newest first", { sort: [{ column: "year", desc: true }] }],
  ])("is not the path for %s, its count or its page", async (_name, filters) => {
    const { count, ids } = page50(filters);
    expect(await plan(count)).not.toContain(INDEX);
    expect(await plan(ids)).not.toContain(INDEX);
  });
});
