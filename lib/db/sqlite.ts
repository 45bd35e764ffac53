// Everything SQLite-specific lives here, so that a PostgreSQL deployment replaces one module.
import type BetterSqlite3 from "better-sqlite3";
import { Prisma } from "./generated/client";

/** How long a connection waits for another writer before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

export function enableWal(db: BetterSqlite3.Database): void {
  db.pragma("journal_mode = WAL");
}

interface RawQuery {
  $queryRawUnsafe<T = unknown>(query: string): Promise<T>;
}

export interface ConnectionSettings {
  journalMode: string;
  busyTimeoutMs: number;
  foreignKeys: boolean;
}

/** What the connection really runs with, read back from SQLite. */
export async function connectionSettings(client: RawQuery): Promise<ConnectionSettings> {
  const [journal] = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  const [timeout] = await client.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
  const [fk] = await client.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
  return {
    journalMode: String(journal?.journal_mode),
    busyTimeoutMs: Number(timeout?.timeout),
    foreignKeys: Number(fk?.foreign_keys) === 1,
  };
}

/** Names of the migrations the database has finished applying (and not rolled back). */
export async function appliedMigrationNames(client: RawQuery): Promise<string[] | null> {
  const tables = await client.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'",
  );
  if (tables.length === 0) return null;
  const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
  );
  return rows.map((row) => row.migration_name);
}

/**
 * A case-insensitive substring test that treats `%`, `_` and `\` in the text literally. SQLite's
 * LIKE folds case for ASCII only, so the text is also tried in lower and upper case: "viet nam"
 * finds "Viet Nam", and Chinese, which has no case, matches as typed.
 */
export function containsText(columns: Prisma.Sql[], text: string): Prisma.Sql {
  const variants = [...new Set([text, text.toLowerCase(), text.toUpperCase()])].map((variant) => `%${variant.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
  return Prisma.sql`(${Prisma.join(
    columns.flatMap((column) => variants.map((pattern) => Prisma.sql`${column} LIKE ${pattern} ESCAPE '\\'`)),
    " OR ",
  )})`;
}
