// SQLite's side of the SQL dialect (lib/db/dialect.ts picks the engine's side): its pragmas, its
// search function registered on each connection, LIKE, NOCASE and index hints.
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

/** Whether the migration history table exists yet. */
export async function hasMigrationTable(client: RawQuery): Promise<boolean> {
  const tables = await client.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'");
  return tables.length > 0;
}

/** Folds text for searching: Unicode lower case, composed, so "É" finds "é" (SQLite's own LIKE folds A–Z only). */
export function foldText(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

/** Functions the app's SQL relies on; every connection registers them (the app's and the benchmark's). */
export function registerSqlFunctions(db: BetterSqlite3.Database): void {
  db.function("sccp_fold", { deterministic: true }, (value: unknown) => (typeof value === "string" ? foldText(value) : null));
}

/** A search's three forms: whether LIKE's A–Z folding is enough, the LIKE pattern (no wildcard of the officer's), the folded needle. */
export function searchTerms(text: string) {
  // Composed first: a decomposed "É" (E and a combining accent) must take the folding branch too.
  const composed = text.normalize("NFC");
  return {
    caseless: [...composed].every((ch) => ch.charCodeAt(0) < 128 || ch.toLowerCase() === ch.toUpperCase()),
    pattern: `%${composed.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`,
    needle: foldText(composed),
  };
}

/** SQLite's NOCASE: A–Z folded, then compared byte by byte. */
export function caselessOrder(expr: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${expr} COLLATE NOCASE`;
}

/**
 * Names the index SQLite must use where, without statistics, it would pick a worse one.
 * `table` is the quoted table name as it stands in the FROM clause.
 */
export function indexHint(index: string): Prisma.Sql {
  return Prisma.raw(`INDEXED BY "${index}"`);
}

/**
 * A case-insensitive substring test over several columns, in any script; no character is a
 * wildcard. Text whose only cased letters are A–Z (English, Chinese, numbers) uses LIKE, which
 * folds exactly those and is fast; text with other cased letters ("Économie") folds both sides.
 */
export function containsText(columns: Prisma.Sql[], text: string): Prisma.Sql {
  const { caseless, pattern, needle } = searchTerms(text);
  return Prisma.sql`(${Prisma.join(
    columns.map((column) => (caseless ? Prisma.sql`${column} LIKE ${pattern} ESCAPE '\\'` : Prisma.sql`instr(sccp_fold(${column}), ${needle}) > 0`)),
    " OR ",
  )})`;
}
