// `npm run db:copy`: the seeded database with a user, a token, a throttle, audit events and a
// deleted-seed record, from SQLite to PostgreSQL and back, checked with the copy's own checksums
// and read independently afterwards. On the SQLite run the PostgreSQL side is a private server.
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyPendingMigrations } from "@/lib/db/apply-migrations";
import { copyDatabase, databaseChecksums, formatCopyReport } from "@/lib/db/copy";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDatabase } from "@/prisma/seed/seed";
import { postgresDatabases } from "../support/postgres-databases";
import { scratchFolders } from "../support/scratch";

const scratch = scratchFolders("db-copy-");
const postgres = postgresDatabases("sccp_copy", "db:copy to PostgreSQL");
const emptyPostgres = () => postgres.empty();

/** The seeded plan plus what officers leave behind: a user, a token, a throttle, audit events, a deleted item. */
async function sourceDatabase() {
  const url = `file:${path.join(scratch(), "source.db")}`;
  await applyPendingMigrations(url);
  const client = createPrismaClient(url);
  await seedDatabase(client);
  const user = await client.user.create({
    data: { email: "officer@example.org", name: "Officer Lin 林", passwordHash: "x".repeat(60), role: "ADMIN", mustChangePassword: true, locale: "zh-TW" },
  });
  await client.accessToken.create({
    data: { userId: user.id, purpose: "calendar", label: "", hash: "a".repeat(64), lastUsedAt: new Date("2024-03-04T05:06:07.089Z") },
  });
  await client.signInThrottle.create({ data: { key: "email:officer@example.org", failures: 3, firstFailureAt: new Date("2024-01-02T03:04:05Z") } });
  const last = await client.item.findFirstOrThrow({ orderBy: { id: "desc" } });
  await client.auditEvent.createMany({
    data: [
      { userId: user.id, action: "update", entityType: "Item", entityId: "1", itemId: 1, summary: "Changed the title", before: '{"a":1}', after: '{"a":2}' },
      { userId: user.id, action: "delete", entityType: "Item", entityId: String(last.id), itemId: last.id, summary: "Deleted", before: null, after: "" },
      { userId: null, action: "seed", entityType: "Plan", entityId: "2024", summary: "Seeded" },
    ],
  });
  await client.deletedSeedRecord.create({ data: { seedKey: last.seedKey! } });
  // The highest item is gone: its id must never be handed out again, or it would inherit its audit trail.
  await client.item.delete({ where: { id: last.id } });
  await client.$disconnect();
  return { url, deletedItemId: last.id };
}

async function newItemId(url: string): Promise<number> {
  const client = createPrismaClient(url);
  try {
    const forum = await client.forum.findFirstOrThrow();
    const item = await client.item.create({ data: { forumId: forum.id, year: 2025, titleEn: "After the move", proposerCode: "AU", status: "PROPOSED" } });
    return item.id;
  } finally {
    await client.$disconnect();
  }
}

describe.skipIf(!postgres.available)("npm run db:copy", () => {
  it("copies everything from SQLite to PostgreSQL and back, with equal counts and checksums, and ids that carry on", async () => {
    const { url: source, deletedItemId } = await sourceDatabase();
    const expected = await databaseChecksums(source);
    expect(expected.get("User")?.rows).toBe(1);
    expect(expected.get("AccessToken")?.rows).toBe(1);
    expect(expected.get("SignInThrottle")?.rows).toBe(1);
    expect(expected.get("AuditEvent")?.rows).toBe(3);
    expect(expected.get("DeletedSeedRecord")?.rows).toBe(1);
    expect(expected.get("Item")?.rows).toBeGreaterThan(10);
    expect(expected.has("_prisma_migrations")).toBe(false);

    const postgres = await emptyPostgres();
    const there = await copyDatabase({ from: source, to: postgres });
    console.log(`SQLite to PostgreSQL:\n${formatCopyReport(there)}`);
    expect(there.ok).toBe(true);
    expect(there.tables.map((table) => table.table).sort()).toEqual([...expected.keys()].sort());
    for (const table of there.tables) {
      expect(table.targetRows).toBe(expected.get(table.table)!.rows);
      expect(table.targetChecksum).toBe(expected.get(table.table)!.checksum);
    }
    // Read again afterwards, by a connection of its own: the same figures.
    expect(await databaseChecksums(postgres)).toEqual(expected);

    const client = createPrismaClient(postgres);
    const user = await client.user.findUniqueOrThrow({ where: { email: "officer@example.org" }, include: { accessTokens: true } });
    expect(user).toMatchObject({ name: "Officer Lin 林", role: "ADMIN", active: true, mustChangePassword: true, locale: "zh-TW", tableColumns: null });
    expect(user.accessTokens[0]).toMatchObject({ label: "", lastUsedAt: new Date("2024-03-04T05:06:07.089Z"), revokedAt: null });
    expect((await client.signInThrottle.findFirstOrThrow()).firstFailureAt).toEqual(new Date("2024-01-02T03:04:05Z"));
    await client.$disconnect();

    const back = `file:${path.join(scratch(), "back.db")}`;
    const returned = await copyDatabase({ from: postgres, to: back });
    expect(returned.ok).toBe(true);
    expect(await databaseChecksums(back)).toEqual(expected);

    // New rows take ids above every id ever used, the deleted item's included, on both engines.
    expect(await newItemId(postgres)).toBe(deletedItemId + 1);
    expect(await newItemId(back)).toBe(deletedItemId + 1);
  }, 120_000);

  it("copies between two databases of the same engine", async () => {
    const { url: source } = await sourceDatabase();
    const expected = await databaseChecksums(source);
    const sqliteCopy = `file:${path.join(scratch(), "copy.db")}`;
    expect((await copyDatabase({ from: source, to: sqliteCopy })).ok).toBe(true);
    const [first, second] = [await emptyPostgres(), await emptyPostgres()];
    await copyDatabase({ from: sqliteCopy, to: first });
    expect((await copyDatabase({ from: first, to: second })).ok).toBe(true);
    expect(await databaseChecksums(second)).toEqual(expected);
  }, 120_000);

  it("tells null from an empty string, and a changed value, in its checksums", async () => {
    const { url: source } = await sourceDatabase();
    const copy = `file:${path.join(scratch(), "copy.db")}`;
    await copyDatabase({ from: source, to: copy });
    const before = await databaseChecksums(copy);
    const db = new Database(sqlitePath(copy));
    db.prepare('UPDATE "Milestone" SET "note" = \'\' WHERE "id" = (SELECT MIN("id") FROM "Milestone" WHERE "note" IS NULL)').run();
    db.prepare('UPDATE "User" SET "active" = 0').run();
    db.close();
    const after = await databaseChecksums(copy);
    const changed = [...after.keys()].filter((table) => after.get(table)!.checksum !== before.get(table)!.checksum);
    expect(changed.sort()).toEqual(["Milestone", "User"]);
    expect(after.get("Milestone")!.rows).toBe(before.get("Milestone")!.rows);
  });

  it("refuses a target that is not empty, and changes nothing there", async () => {
    const { url: source } = await sourceDatabase();
    const postgres = await emptyPostgres();
    await copyDatabase({ from: source, to: postgres });
    const before = await databaseChecksums(postgres);
    await expect(copyDatabase({ from: source, to: postgres })).rejects.toThrow(/is not empty: .*Item \(\d+ rows\).*nothing was changed/);
    expect(await databaseChecksums(postgres)).toEqual(before);

    // One row anywhere is enough: a SQLite file with only a throttle in it.
    const occupied = `file:${path.join(scratch(), "occupied.db")}`;
    await applyPendingMigrations(occupied);
    const db = new Database(sqlitePath(occupied));
    db.prepare(
      'INSERT INTO "SignInThrottle" ("key", "failures", "firstFailureAt", "lastFailureAt") VALUES (\'ip:1\', 1, \'2024-01-01\', \'2024-01-01\')',
    ).run();
    db.close();
    await expect(copyDatabase({ from: source, to: occupied })).rejects.toThrow(/is not empty: SignInThrottle \(1 row\)/);
    expect([...(await databaseChecksums(occupied)).values()].reduce((sum, table) => sum + table.rows, 0)).toBe(1);
  }, 60_000);

  it("refuses a bad URL, a missing source, the same database twice, and a source behind on its migrations", async () => {
    const { url: source } = await sourceDatabase();
    const target = `file:${path.join(scratch(), "target.db")}`;
    await expect(copyDatabase({ from: "mysql://user@host/db", to: target })).rejects.toThrow(/--from must be a SQLite file URL .* or a PostgreSQL URL/);
    await expect(copyDatabase({ from: source, to: "postgres:/nowhere" })).rejects.toThrow(/--to must be a SQLite file URL/);
    await expect(copyDatabase({ from: `file:${path.join(scratch(), "missing.db")}`, to: target })).rejects.toThrow(/there is no SQLite database at/);
    await expect(copyDatabase({ from: source, to: source })).rejects.toThrow(/name the same database/);
    const unreachable = "postgresql://sccp:secret-password@127.0.0.1:1/sccp";
    const refusal = await copyDatabase({ from: source, to: unreachable }).catch((error: Error) => error);
    expect(String(refusal)).toMatch(/cannot connect to postgresql:\/\/sccp:\*\*\*@127\.0\.0\.1:1\/sccp/);
    expect(String(refusal)).not.toMatch(/secret-password/);

    const db = new Database(sqlitePath(source));
    db.prepare("DELETE FROM _prisma_migrations WHERE migration_name = (SELECT MAX(migration_name) FROM _prisma_migrations)").run();
    db.close();
    await expect(copyDatabase({ from: source, to: target })).rejects.toThrow(/has migrations not yet applied/);
  });
});

function sqlitePath(url: string) {
  return url.slice("file:".length);
}
