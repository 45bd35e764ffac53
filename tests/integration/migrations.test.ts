import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/db/apply-migrations";
import { createPrismaClient } from "@/lib/db/create-client";
import { createMigration, schemaDifference } from "@/lib/db/create-migration";
import { appliedMigrationNames } from "@/lib/db/dialect";
import { engineFiles, migrationNames, MIGRATIONS_DIR, POSTGRES_MIGRATIONS_DIR, SCHEMA_PATH } from "@/lib/db/migrations";
import { POSTGRES_SCHEMA_PATH, postgresSchema } from "@/lib/db/postgres-schema";
import { BUSY_TIMEOUT_MS, connectionSettings } from "@/lib/db/sqlite";
import { engineOf, sqliteFilePath } from "@/lib/db/url";
import { postgresDatabases } from "../support/postgres-databases";
import { scratchFolders } from "../support/scratch";

const scratch = scratchFolders("migrate-");
const engine = engineOf(process.env.DATABASE_URL!);

describe("migrations", () => {
  it("applies every committed migration to a fresh database and records it", async () => {
    const committed = await migrationNames(engineFiles(engine).migrationsDir);
    expect(committed.length).toBeGreaterThan(0);
    expect(await appliedMigrationNames(db, engine)).toEqual(committed);
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      engine === "postgresql"
        ? "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        : "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    );
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

describe("the connection", () => {
  it.skipIf(engine !== "sqlite")("runs SQLite in WAL mode with a busy timeout and foreign keys enforced", async () => {
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

// The PostgreSQL side needs a server: the suite's own (TEST_DATABASE_URL), or a private one.
const postgresDatabasesForFile = postgresDatabases("sccp_migrations", "Migrating PostgreSQL");
const havePostgres = postgresDatabasesForFile.available;
const emptyPostgresDatabase = () => postgresDatabasesForFile.empty();

/** Copies of both engines' migrations and of the PostgreSQL schema, for createMigration to write into. */
function scratchMigrations() {
  const dir = scratch();
  const migrationsDir = path.join(dir, "migrations");
  const postgres = {
    schemaPath: path.join(dir, "postgresql", "schema.prisma"),
    migrationsDir: path.join(dir, "postgresql", "migrations"),
    serverUrl: postgresDatabasesForFile.serverUrl(),
  };
  cpSync(MIGRATIONS_DIR, migrationsDir, { recursive: true });
  cpSync(POSTGRES_MIGRATIONS_DIR, postgres.migrationsDir, { recursive: true });
  cpSync(POSTGRES_SCHEMA_PATH, postgres.schemaPath);
  return { dir, migrationsDir, postgres };
}

describe.skipIf(!havePostgres)("PostgreSQL migrations", () => {
  it("applies everything once and nothing the second time", async () => {
    const url = await emptyPostgresDatabase();
    expect((await applyPendingMigrations(url)).applied).toEqual(await migrationNames(POSTGRES_MIGRATIONS_DIR));
    expect((await applyPendingMigrations(url)).applied).toEqual([]);
  });

  it("end exactly at prisma/postgresql/schema.prisma, which is prisma/schema.prisma for PostgreSQL", async () => {
    const postgresText = readFileSync(POSTGRES_SCHEMA_PATH, "utf8");
    expect(postgresText).toBe(postgresSchema(readFileSync(SCHEMA_PATH, "utf8")));
    const url = await emptyPostgresDatabase();
    await applyPendingMigrations(url);
    expect(await schemaDifference({ databaseUrl: url, schemaPath: POSTGRES_SCHEMA_PATH, content: postgresText })).toBe("");
  });

  it("stops at a failing migration with PostgreSQL's own message, and does not record it", async () => {
    const dir = scratch();
    const migrations = path.join(dir, "migrations");
    cpSync(POSTGRES_MIGRATIONS_DIR, migrations, { recursive: true });
    mkdirSync(path.join(migrations, "29990101000000_broken"));
    writeFileSync(path.join(migrations, "29990101000000_broken", "migration.sql"), 'ALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;');
    const url = await emptyPostgresDatabase();

    await expect(applyPendingMigrations(url, migrations)).rejects.toMatchObject({ message: expect.stringMatching(/NoSuchTable/) });

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; finished_at: Date | null }>(
        'SELECT "migration_name", "finished_at" FROM "_prisma_migrations" ORDER BY "migration_name"',
      );
      expect(rows.filter((r) => r.finished_at !== null).map((r) => r.migration_name)).toEqual(await migrationNames(POSTGRES_MIGRATIONS_DIR));
      expect(rows.find((r) => r.migration_name === "29990101000000_broken")?.finished_at ?? null).toBeNull();
    } finally {
      await client.end();
    }
  });
});

describe.skipIf(!havePostgres)("creating a migration from a schema change", () => {
  it("writes nothing while the schema matches the committed migrations", async () => {
    const { migrationsDir, postgres } = scratchMigrations();
    expect(await createMigration({ name: "nothing", migrationsDir, postgres })).toBeNull();
  });

  it("writes the change for both engines, and the PostgreSQL schema beside it, and both apply", async () => {
    const { dir, migrationsDir, postgres } = scratchMigrations();
    const schemaPath = path.join(dir, "schema.prisma");
    writeFileSync(schemaPath, readFileSync(SCHEMA_PATH, "utf8").replace(/(model Meeting \{\n)/, "$1  venueUrl String?\n"));

    const folder = await createMigration({ name: "add_venue_url", schemaPath, migrationsDir, postgres, now: new Date("2099-01-02T03:04:05Z") });

    expect(folder).toBe("20990102030405_add_venue_url");
    expect(readFileSync(path.join(migrationsDir, folder!, "migration.sql"), "utf8")).toMatch(/ALTER TABLE "Meeting" ADD COLUMN "venueUrl" TEXT/);
    expect(readFileSync(path.join(postgres.migrationsDir, folder!, "migration.sql"), "utf8")).toMatch(/ALTER TABLE "Meeting" ADD COLUMN +"venueUrl" TEXT/);
    expect(readFileSync(postgres.schemaPath, "utf8")).toContain("venueUrl String?");
    expect(readFileSync(postgres.schemaPath, "utf8")).toContain('provider = "postgresql"');
    expect((await applyPendingMigrations(`file:${path.join(dir, "new.db")}`, migrationsDir)).applied).toContain(folder);
    expect((await applyPendingMigrations(await emptyPostgresDatabase(), postgres.migrationsDir)).applied).toContain(folder);
  });

  it("refuses a name that would make a bad folder", async () => {
    await expect(createMigration({ name: "../evil" })).rejects.toThrow(/not a migration name/);
  });
});
