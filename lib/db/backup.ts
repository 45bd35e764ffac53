// Online backup and checked restore of the SQLite database, through SQLite's own backup API
// (better-sqlite3's db.backup), which copies a consistent snapshot while the app keeps writing.
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrationNames } from "./migrations";
import { sqliteFilePath } from "./url";

function stamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

/**
 * Checks a database file: SQLite, intact, an SCCP Tracker database; for a restore, also migrated
 * only by migrations this code knows (a newer app's database would lose data under an older one).
 */
export async function checkDatabaseFile(file: string, { forRestore = false } = {}): Promise<{ migrations: string[] }> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${file} does not exist.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma("schema_version");
  } catch (error) {
    throw new Error(`${file} is not a SQLite database (${error instanceof Error ? error.message : String(error)}).`);
  }
  try {
    const integrity = db.pragma("integrity_check") as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== "ok") {
      throw new Error(
        `${file} is damaged: ${integrity
          .map((row) => row.integrity_check)
          .slice(0, 3)
          .join("; ")}`,
      );
    }
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!hasTable) throw new Error(`${file} is not an SCCP Tracker database (it has no migration history).`);
    const applied = (
      db.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name").all() as {
        migration_name: string;
      }[]
    ).map((row) => row.migration_name);
    const known = new Set(await migrationNames());
    const unknown = applied.filter((name) => !known.has(name));
    if (forRestore && unknown.length)
      throw new Error(`${file} was made by a newer version of SCCP Tracker (migrations ${unknown.join(", ")}); update the app first.`);
    return { migrations: applied };
  } finally {
    db.close();
  }
}

export async function backupDatabase(databaseUrl: string, target?: string): Promise<{ file: string; bytes: number }> {
  const source = sqliteFilePath(databaseUrl);
  if (!existsSync(source)) throw new Error(`There is no database at ${source} to back up.`);
  const file = target ?? path.join(path.dirname(path.resolve(source)), "backups", `sccp-tracker-${stamp()}.db`);
  if (existsSync(file)) throw new Error(`${file} already exists; choose another name.`);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  // A backup is a single file to copy around: no -wal/-shm files beside it when it is opened.
  const copy = new Database(file);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  await checkDatabaseFile(file);
  return { file, bytes: statSync(file).size };
}

/**
 * Refuses while another process has the database open (a running server does): SQLite's
 * exclusive lock is refused to anyone while another connection holds its shared lock.
 */
function assertNotInUse(file: string): void {
  const db = new Database(file, { fileMustExist: true, timeout: 200 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY")
      throw new Error(`${file} is in use by another process (is the server running?). Stop the server, then restore again.`);
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Replaces the database with a checked backup. The current database is backed up first, so a
 * restore can itself be undone. The server must be stopped: a restore under it would pull the
 * data away from open connections.
 */
export async function restoreDatabase(databaseUrl: string, backupFile: string): Promise<{ safetyCopy: string | null; migrations: string[] }> {
  const { migrations } = await checkDatabaseFile(backupFile, { forRestore: true });
  const target = sqliteFilePath(databaseUrl);
  if (existsSync(target)) assertNotInUse(target);
  const safetyCopy = existsSync(target)
    ? (await backupDatabase(databaseUrl, path.join(path.dirname(path.resolve(target)), "backups", `before-restore-${stamp()}.db`))).file
    : null;
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const restored = new Database(target);
  restored.pragma("journal_mode = WAL");
  restored.close();
  await checkDatabaseFile(target);
  return { safetyCopy, migrations };
}
