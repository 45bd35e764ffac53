import { writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyPendingMigrations } from "@/lib/db/apply-migrations";
import { backupDatabase, checkDatabaseFile, restoreDatabase } from "@/lib/db/backup";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrationNames } from "@/lib/db/migrations";
import { seedDatabase } from "@/prisma/seed/seed";
import { scratchFolders } from "../support/scratch";

const scratch = scratchFolders("backup-");

async function seededDatabase() {
  const dir = scratch();
  const url = `file:${path.join(dir, "live.db")}`;
  await applyPendingMigrations(url);
  const client = createPrismaClient(url);
  await seedDatabase(client);
  return { dir, url, client };
}

describe("backing up and restoring the database", () => {
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
