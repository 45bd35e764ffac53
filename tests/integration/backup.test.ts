import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyPendingMigrations } from "@/lib/db/apply-migrations";
import { backupDatabase, checkDatabaseFile, checkPostgresBackup, restoreDatabase } from "@/lib/db/backup";
import { databaseChecksums } from "@/lib/db/copy";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrationNames, POSTGRES_MIGRATIONS_DIR } from "@/lib/db/migrations";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/lib/db/postgres-admin";
import { postgresBinDir } from "@/lib/db/private-postgres";
import { engineOf } from "@/lib/db/url";
import { seedDatabase } from "@/prisma/seed/seed";
import { scratchFolders } from "../support/scratch";

const scratch = scratchFolders("backup-");
const onPostgres = engineOf(process.env.DATABASE_URL!) === "postgresql";

async function seededDatabase() {
  const dir = scratch();
  const url = `file:${path.join(dir, "live.db")}`;
  await applyPendingMigrations(url);
  const client = createPrismaClient(url);
  await seedDatabase(client);
  return { dir, url, client };
}

describe.skipIf(onPostgres)("backing up and restoring the SQLite database", () => {
  it("copies a consistent snapshot while the app keeps its connection open, and restores it", async () => {
    const { dir, url, client } = await seededDatabase();
    const itemsBefore = await client.item.count();
    const coSponsorshipsBefore = await client.coSponsorship.count();

    const { file, bytes } = await backupDatabase(url, path.join(dir, "backup.db"));
    expect(bytes).toBeGreaterThan(10_000);
    expect((await checkDatabaseFile(file)).migrations).toEqual(await migrationNames());

    await client.item.updateMany({ data: { notes: "changed after the backup" } });
    await client.coSponsorship.deleteMany({});
    await client.$disconnect();

    const { safetyCopy } = await restoreDatabase(url, file);
    expect(safetyCopy).toMatch(/before-restore-/);
    const reopened = createPrismaClient(url);
    expect(await reopened.item.count()).toBe(itemsBefore);
    expect(await reopened.item.count({ where: { notes: "changed after the backup" } })).toBe(0);
    expect(await reopened.coSponsorship.count()).toBe(coSponsorshipsBefore);
    await reopened.$disconnect();

    // The database the restore replaced is kept, with the later change in it.
    const replaced = new Database(safetyCopy!, { readonly: true });
    expect((replaced.prepare("SELECT count(*) AS n FROM CoSponsorship").get() as { n: number }).n).toBe(0);
    replaced.close();
  });

  it("keeps a safety copy of its own for each of two restores in the same second", async () => {
    const { dir, url, client } = await seededDatabase();
    const { file } = await backupDatabase(url, path.join(dir, "backup.db"));
    await client.$disconnect();
    // Found by CI: the second restore's safety copy took the first one's name and was refused.
    const first = await restoreDatabase(url, file);
    const second = await restoreDatabase(url, file);
    expect(first.safetyCopy).not.toBe(second.safetyCopy);
    expect(existsSync(first.safetyCopy!) && existsSync(second.safetyCopy!)).toBe(true);
  });

  it("refuses a file that is not a database, a damaged one, or one from another application, and changes nothing", async () => {
    const { dir, url, client } = await seededDatabase();
    const items = await client.item.count();
    await client.$disconnect();

    const notSqlite = path.join(dir, "notes.db");
    writeFileSync(notSqlite, "this is not a database");
    await expect(restoreDatabase(url, notSqlite)).rejects.toThrow(/is not a SQLite database/);

    const other = path.join(dir, "other.db");
    const otherDb = new Database(other);
    otherDb.exec("CREATE TABLE t (x INTEGER)");
    otherDb.close();
    await expect(restoreDatabase(url, other)).rejects.toThrow(/not an SCCP Tracker database/);

    const damaged = path.join(dir, "damaged.db");
    await backupDatabase(url, damaged);
    const bytes = Buffer.alloc(4096, 0xff);
    const fd = await import("node:fs").then((fs) => fs.openSync(damaged, "r+"));
    (await import("node:fs")).writeSync(fd, bytes, 0, bytes.length, 8192);
    (await import("node:fs")).closeSync(fd);
    await expect(restoreDatabase(url, damaged)).rejects.toThrow(/damaged|not a SQLite database|malformed/i);

    await expect(restoreDatabase(url, path.join(dir, "missing.db"))).rejects.toThrow(/does not exist/);
    const reopened = createPrismaClient(url);
    expect(await reopened.item.count()).toBe(items);
    await reopened.$disconnect();
  });

  it("refuses to restore under a running server, and changes nothing", async () => {
    const { dir, url, client } = await seededDatabase();
    const { file } = await backupDatabase(url, path.join(dir, "backup.db"));
    await client.item.updateMany({ data: { notes: "written after the backup" } });
    // The server's connection: open, and it has read.
    await expect(restoreDatabase(url, file)).rejects.toThrow(/in use by another process \(is the server running\?\)/);
    expect(await client.item.count({ where: { notes: "written after the backup" } })).toBe(await client.item.count());
    await client.$disconnect();
    expect((await restoreDatabase(url, file)).safetyCopy).toMatch(/before-restore-/);
  });

  it("refuses a backup made by a newer version of the app", async () => {
    const { dir, url, client } = await seededDatabase();
    await client.$executeRawUnsafe(
      "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ('x', 'x', CURRENT_TIMESTAMP, '29990101000000_future', CURRENT_TIMESTAMP, 1)",
    );
    await client.$disconnect();
    const { file } = await backupDatabase(url, path.join(dir, "future.db"));
    await expect(restoreDatabase(url, file)).rejects.toThrow(/newer version of SCCP Tracker/);
  });
});

describe.runIf(onPostgres)("backing up and restoring the PostgreSQL database", () => {
  const server = process.env.TEST_DATABASE_URL!;
  const made: string[] = [];
  afterAll(async () => {
    for (const name of made) await dropDatabase(server, name);
  });

  async function seededPostgres() {
    const name = uniqueDatabaseName("sccp_backup");
    made.push(name);
    const url = await createDatabase(server, name);
    await applyPendingMigrations(url);
    const client = createPrismaClient(url);
    await seedDatabase(client);
    const user = await client.user.create({ data: { email: "officer@example.org", name: "Officer", passwordHash: "x".repeat(60) } });
    await client.auditEvent.create({ data: { userId: user.id, action: "create", entityType: "User", entityId: String(user.id), summary: "Made" } });
    return { dir: scratch(), url, client };
  }

  it("writes a checked pg_dump while the app keeps its connection open, and restores it after keeping the database it replaces", async () => {
    const { dir, url, client } = await seededPostgres();
    const before = await databaseChecksums(url);
    const { file, bytes } = await backupDatabase(url, path.join(dir, "backup.dump"));
    expect(bytes).toBeGreaterThan(10_000);
    expect(existsSync(`${file}.partial`)).toBe(false);
    const checked = await checkPostgresBackup(file);
    expect(checked.migrations).toEqual(await migrationNames(POSTGRES_MIGRATIONS_DIR));
    expect(checked.tables.sort()).toEqual([...before.keys()].sort());

    await client.item.updateMany({ data: { notes: "changed after the backup" } });
    await client.coSponsorship.deleteMany({});
    const changed = await databaseChecksums(url);
    await client.$disconnect();

    const { safetyCopy, migrations } = await restoreDatabase(url, file, { backupDir: dir });
    expect(migrations).toEqual(checked.migrations);
    expect(safetyCopy).toMatch(/before-restore-.*\.dump$/);
    // Every row back, exactly: the same checksums as before the change, ids and dates included.
    expect(await databaseChecksums(url)).toEqual(before);
    const reopened = createPrismaClient(url);
    expect(await reopened.item.count({ where: { notes: "changed after the backup" } })).toBe(0);
    // Ids carry on after the restored ones.
    const forum = await reopened.forum.findFirstOrThrow();
    const item = await reopened.item.create({ data: { forumId: forum.id, year: 2025, titleEn: "New", proposerCode: "AU", status: "PROPOSED" } });
    expect(item.id).toBe(Math.max(...(await reopened.item.findMany({ select: { id: true } })).map((row) => row.id)));
    await reopened.$disconnect();

    // The database the restore replaced is kept, with the later change in it.
    await restoreDatabase(url, safetyCopy!, { backupDir: dir });
    expect(await databaseChecksums(url)).toEqual(changed);
  }, 60_000);

  it("refuses a file that is not a backup, one of another database, or one from a newer version, and changes nothing", async () => {
    const { dir, url, client } = await seededPostgres();
    await client.$disconnect();
    const before = await databaseChecksums(url);

    const text = path.join(dir, "notes.dump");
    writeFileSync(text, "this is not a backup");
    await expect(restoreDatabase(url, text, { backupDir: dir })).rejects.toThrow(/is not a PostgreSQL backup made by npm run db:backup/);
    await expect(restoreDatabase(url, path.join(dir, "missing.dump"), { backupDir: dir })).rejects.toThrow(/does not exist/);

    // A SQLite backup is not a PostgreSQL one (db:copy moves between engines).
    const sqlite = `file:${path.join(dir, "app.db")}`;
    await applyPendingMigrations(sqlite);
    await expect(restoreDatabase(url, path.join(dir, "app.db"), { backupDir: dir })).rejects.toThrow(/is not a PostgreSQL backup/);

    // Another application's database, dumped by pg_dump itself.
    const otherName = uniqueDatabaseName("sccp_other");
    made.push(otherName);
    const other = await createDatabase(server, otherName);
    const otherClient = createPrismaClient(other);
    await otherClient.$executeRawUnsafe("CREATE TABLE t (x integer)");
    await otherClient.$disconnect();
    const otherDump = path.join(dir, "other.dump");
    const dump = spawnSync(path.join(postgresBinDir()!, "pg_dump"), ["--format=custom", `--file=${otherDump}`, `--dbname=${other}`], { encoding: "utf8" });
    expect(dump.stderr).toBe("");
    await expect(restoreDatabase(url, otherDump, { backupDir: dir })).rejects.toThrow(/is not an SCCP Tracker backup/);
    await expect(backupDatabase(other, path.join(dir, "other-backup.dump"))).rejects.toThrow(/is not an SCCP Tracker backup/);
    expect(existsSync(path.join(dir, "other-backup.dump"))).toBe(false);

    const futureName = uniqueDatabaseName("sccp_future");
    made.push(futureName);
    const future = await createDatabase(server, futureName);
    await applyPendingMigrations(future);
    const futureClient = createPrismaClient(future);
    await futureClient.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ('x', 'x', now(), '29990101000000_future', now(), 1)`,
    );
    await futureClient.$disconnect();
    const { file: futureFile } = await backupDatabase(future, path.join(dir, "future.dump"));
    await expect(restoreDatabase(url, futureFile, { backupDir: dir })).rejects.toThrow(/newer version of SCCP Tracker/);

    expect(await databaseChecksums(url)).toEqual(before);
  }, 60_000);

  it("refuses to restore under a running server, and changes nothing", async () => {
    const { dir, url, client } = await seededPostgres();
    const { file } = await backupDatabase(url, path.join(dir, "backup.dump"));
    await client.item.updateMany({ data: { notes: "written after the backup" } });
    // The server's connection: open, and it has read.
    await expect(restoreDatabase(url, file, { backupDir: dir })).rejects.toThrow(/in use by another process \(is the server running\?\)/);
    expect(await client.item.count({ where: { notes: "written after the backup" } })).toBe(await client.item.count());
    await client.$disconnect();
    expect((await restoreDatabase(url, file, { backupDir: dir })).safetyCopy).toMatch(/before-restore-/);
  }, 60_000);
});
