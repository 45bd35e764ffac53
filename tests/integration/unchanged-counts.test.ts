// The work plan's counts, group sizes and years are kept while the database is unchanged
// (lib/db/unchanged-reads.ts). Whatever changes the record must show in the next page at once:
// a write through the write layer, another server process's commit, and, after a rollback,
// nothing of what the rolled-back transaction wrote. On PostgreSQL nothing is kept, and the same
// answers must hold.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { addCoSponsor, withdrawCoSponsor } from "@/lib/co-sponsors/mutations";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/create-client";
import type { User } from "@/lib/db/generated/client";
import { engineOf } from "@/lib/db/url";
import { writeTransaction } from "@/lib/db/write";
import { filterOptions } from "@/lib/items/filter-data";
import { createItem, setItemArchived } from "@/lib/items/mutations";
import { readCount, readGroups } from "@/lib/items/rows-sql";
import { itemFieldsSchema, type ItemFields } from "@/lib/items/schema";
import { itemTableSql } from "@/lib/items/table-sql";
import { seedDatabase } from "@/prisma/seed/seed";

const TODAY = "2024-05-01";

let officer: User;
let economy: string;

beforeAll(async () => {
  await seedDatabase(db);
  officer = await db.user.create({ data: { email: "officer@counts.test", name: "Olive Officer", role: "EDITOR", passwordHash: "unused" } });
  const [mostBacked] = await db.coSponsorship.groupBy({
    by: ["economyCode"],
    where: { withdrawnOn: null },
    _count: true,
    orderBy: { _count: { economyCode: "desc" } },
  });
  economy = mostBacked!.economyCode;
});

async function backedBy(code: string) {
  const { itemTablePage } = await import("@/lib/items/queries");
  const page = await itemTablePage({ coSponsor: [code], page: 1, size: 25, group: "status" }, "en", TODAY);
  return { total: page.total, groups: Object.fromEntries(page.groups) };
}

/** A new item of `year` that `economy` co-sponsors, as the item form would hand it on. */
function newItem(year: number): ItemFields {
  const proposerCode = economy === "PE" ? "JP" : "PE";
  return itemFieldsSchema.parse({ forumCode: "SCCP", year: String(year), titleEn: `Counted item of ${year}`, proposerCode, status: "PROPOSED" });
}

class RolledBack extends Error {
  constructor(readonly readMidway: unknown) {
    super("rolled back on purpose");
  }
}

describe("the work plan's counts while the record changes", () => {
  it("answers a repeated count without asking SQLite again; PostgreSQL is asked every time", async () => {
    const statement = itemTableSql({ coSponsor: [economy] }, { today: TODAY, locale: "en" }).count;
    const first = await readCount(statement);
    const asked = vi.spyOn(db, "$queryRaw");
    try {
      expect([await readCount(statement), await readCount(statement)]).toEqual([first, first]);
      expect(asked).toHaveBeenCalledTimes(engineOf(process.env.DATABASE_URL!) === "sqlite" ? 0 : 2);
    } finally {
      asked.mockRestore();
    }
  });

  it("shows a co-sponsor's withdrawal made through the write layer on the next page", async () => {
    const before = await backedBy(economy);
    expect(await backedBy(economy)).toEqual(before);
    const backing = await db.coSponsorship.findFirstOrThrow({ where: { economyCode: economy, withdrawnOn: null }, include: { item: true } });
    await writeTransaction((tx) => withdrawCoSponsor(tx, { id: officer.id }, { itemId: backing.itemId, economyCode: economy, withdrawnOn: TODAY }));
    const after = await backedBy(economy);
    expect(after.total).toBe(before.total - 1);
    expect(after.groups[backing.item.status] ?? 0).toBe(before.groups[backing.item.status]! - 1);
  });

  it("shows the page's rows as they are now: an item that stops matching leaves the page, and comes back", async () => {
    const { itemTablePage } = await import("@/lib/items/queries");
    const rowIds = async () => (await itemTablePage({ coSponsor: [economy], page: 1, size: 200 }, "en", TODAY)).rows.map((row) => row.id);
    const before = await rowIds();
    expect(await rowIds()).toEqual(before);
    const itemId = before[0]!;
    await writeTransaction((tx) => withdrawCoSponsor(tx, { id: officer.id }, { itemId, economyCode: economy, withdrawnOn: TODAY }));
    expect(await rowIds()).toEqual(before.slice(1));
    await writeTransaction((tx) => addCoSponsor(tx, { id: officer.id }, { itemId, economyCode: economy, joinedOn: TODAY }));
    expect(await rowIds()).toEqual(before);
  });

  it("shows another server process's commit on the next page", async () => {
    const before = await backedBy(economy);
    const otherProcess = createPrismaClient(process.env.DATABASE_URL);
    try {
      const backing = await otherProcess.coSponsorship.findFirstOrThrow({ where: { economyCode: economy, withdrawnOn: null } });
      await otherProcess.coSponsorship.update({ where: { id: backing.id }, data: { withdrawnOn: TODAY } });
    } finally {
      await otherProcess.$disconnect();
    }
    expect((await backedBy(economy)).total).toBe(before.total - 1);
  });

  it("shows nothing of a transaction rolled back after pages were read while it was open", async () => {
    const before = await backedBy(economy);
    const yearsBefore = (await filterOptions()).years;
    const outcome = await writeTransaction(async (tx) => {
      await createItem(tx, { id: officer.id }, newItem(2031), [economy]);
      // Another officer's count and years, read while the transaction is open (on SQLite, over the
      // same connection, so they see its item; a page's rows would wait for it to end).
      const statements = itemTableSql({ coSponsor: [economy] }, { today: TODAY, locale: "en", group: "status" });
      throw new RolledBack({ total: await readCount(statements.count), years: (await filterOptions()).years, groups: await readGroups(statements.groups!) });
    }).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(RolledBack);
    // SQLite's shared connection saw the transaction's item; PostgreSQL's other connection did not.
    const sharedConnection = engineOf(process.env.DATABASE_URL!) === "sqlite";
    expect((outcome as RolledBack).readMidway).toMatchObject({ total: before.total + (sharedConnection ? 1 : 0) });
    expect((outcome as RolledBack).readMidway).toHaveProperty("years", sharedConnection ? [2031, ...yearsBefore] : yearsBefore);
    expect(await backedBy(economy)).toEqual(before);
    expect((await filterOptions()).years).toEqual(yearsBefore);
  });

  it("offers a new year in the year filter once an item of that year is saved, and drops it once the item is archived", async () => {
    const before = await backedBy(economy);
    expect((await filterOptions()).years).not.toContain(2032);
    const item = await writeTransaction((tx) => createItem(tx, { id: officer.id }, newItem(2032), [economy]));
    expect((await filterOptions()).years).toContain(2032);
    expect((await backedBy(economy)).total).toBe(before.total + 1);
    await writeTransaction((tx) => setItemArchived(tx, { id: officer.id }, { id: item.id, version: item.version, archive: true }));
    expect((await filterOptions()).years).not.toContain(2032);
    expect(await backedBy(economy)).toEqual(before);
  });
});
