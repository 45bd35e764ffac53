import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/db/apply-migrations";
import { createPrismaClient } from "@/lib/db/create-client";
import { createMigration } from "@/lib/db/create-migration";
import { migrationNames, MIGRATIONS_DIR, SCHEMA_PATH } from "@/lib/db/migrations";
import { appliedMigrationNames } from "@/lib/db/dialect";
import { BUSY_TIMEOUT_MS, connectionSettings } from "@/lib/db/sqlite";
import { sqliteFilePath } from "@/lib/db/url";
import { scratchFolders } from "../support/scratch";

const scratch = scratchFolders("migrate-");

describe("migrations", () => {
  it("applies every committed migration to a fresh database and records it", async () => {
    const committed = await migrationNames();
    expect(committed.length).toBeGreaterThan(0);
    expect(await appliedMigrationNames(db)).toEqual(committed);
    const tables = await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["Economy", "Item", "CoSponsorship", "Milestone", "Meeting", "AuditEvent", "User"]));
  });

  it("applies everything once and nothing the second time", async () => {
    const url = `file:${path.join(scratch(), "twice.db")}`;
    expect((await applyPendingMigrations(url)).applied).toEqual(await migrationNames());
    expect((await applyPendingMigrations(url)).applied).toEqual([]);
  });

  it("says the database is in use, and changes nothing, while another connection holds it", async () => {
    const url = `file:${path.join(scratch(), "busy.db")}`;
    await applyPendingMigrations(url);
    const other = new Database(sqliteFilePath(url));
    other.prepare("SELECT count(*) FROM Economy").get();
    try {
      await expect(applyPendingMigrations(url)).rejects.toThrow(/in use by another process.*stop the server/);
    } finally {
      other.close();
    }
  });

  it("stops at a failing migration with the database's own message, and does not record it", async () => {
    const dir = scratch();
    const migrations = path.join(dir, "migrations");
    cpSync(MIGRATIONS_DIR, migrations, { recursive: true });
    mkdirSync(path.join(migrations, "29990101000000_broken"));
    writeFileSync(path.join(migrations, "29990101000000_broken", "migration.sql"), 'ALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;');
    const url = `file:${path.join(dir, "broken.db")}`;

    await expect(applyPendingMigrations(url, migrations)).rejects.toMatchObject({ message: expect.stringMatching(/NoSuchTable/) });

    const file = new Database(sqliteFilePath(url));
    const rows = file.prepare("SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name").all() as {
      migration_name: string;
      finished_at: string | null;
    }[];
    file.close();
    expect(rows.filter((r) => r.finished_at !== null).map((r) => r.migration_name)).toEqual(await migrationNames());
    expect(rows.find((r) => r.migration_name === "29990101000000_broken")?.finished_at ?? null).toBeNull();
  });
});

describe("the SQLite connection", () => {
  it("runs in WAL mode with a busy timeout and foreign keys enforced", async () => {
    expect(await connectionSettings(db)).toEqual({ journalMode: "wal", busyTimeoutMs: BUSY_TIMEOUT_MS, foreignKeys: true });
  });

  it("refuses a co-sponsorship by an economy that does not exist", async () => {
    await db.economy.create({ data: { code: "AA", name: "Test economy", nameZh: "測試", apecOrder: 900 } });
    await db.forum.create({ data: { code: "TESTF", name: "Test forum" } });
    const item = await db.item.create({
      data: {
        kind: "INITIATIVE",
        forum: { connect: { code: "TESTF" } },
        year: 2024,
        titleEn: "Test",
        proposer: { connect: { code: "AA" } },
        status: "PROPOSED",
      },
    });
    await expect(db.coSponsorship.create({ data: { itemId: item.id, economyCode: "ZZ" } })).rejects.toThrow(/Foreign key constraint/i);
    expect(await db.coSponsorship.count({ where: { itemId: item.id } })).toBe(0);
  });

  it("refuses to open a database file that does not exist rather than create an empty one", async () => {
    const file = path.join(scratch(), "missing.db");
    const client = createPrismaClient(`file:${file}`);
    await expect(client.economy.count()).rejects.toThrow(/unable to open database file|does not exist|SQLITE_CANTOPEN/i);
    await client.$disconnect();
    expect(existsSync(file)).toBe(false);
  });
});

describe("creating a migration from a schema change", () => {
  it("writes nothing while the schema matches the committed migrations", async () => {
    const dir = scratch();
    cpSync(MIGRATIONS_DIR, path.join(dir, "migrations"), { recursive: true });
    expect(await createMigration({ name: "nothing", migrationsDir: path.join(dir, "migrations") })).toBeNull();
  });

  it("writes the ALTER for a new field, and the result applies", async () => {
    const dir = scratch();
    const migrations = path.join(dir, "migrations");
    cpSync(MIGRATIONS_DIR, migrations, { recursive: true });
    const schemaPath = path.join(dir, "schema.prisma");
    writeFileSync(schemaPath, readFileSync(SCHEMA_PATH, "utf8").replace(/(model Meeting \{\n)/, "$1  venueUrl String?\n"));

    const folder = await createMigration({ name: "add_venue_url", schemaPath, migrationsDir: migrations, now: new Date("2099-01-02T03:04:05Z") });

    expect(folder).toBe("20990102030405_add_venue_url");
    expect(readFileSync(path.join(migrations, folder!, "migration.sql"), "utf8")).toMatch(/ALTER TABLE "Meeting" ADD COLUMN "venueUrl" TEXT/);
    const url = `file:${path.join(dir, "new.db")}`;
    expect((await applyPendingMigrations(url, migrations)).applied).toContain(folder);
  });

  it("refuses a name that would make a bad folder", async () => {
    await expect(createMigration({ name: "../evil" })).rejects.toThrow(/not a migration name/);
  });
});
