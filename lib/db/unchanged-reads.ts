// Reads that scan thousands of rows to answer with a few numbers (the work plan's count of matches,
// its group sizes) give the same answer until the database changes. On SQLite a connection can
// tell cheaply whether it has: `data_version` moves when another connection (another server
// process, a script) commits, and `total_changes()` when this connection changes a row. A
// counted co-sponsor filter is 2 ms of a 20 ms page; the two numbers take microseconds to read.
import type BetterSqlite3 from "better-sqlite3";

/**
 * The database's state as one connection sees it: `token` names it, and `settled` says whether
 * the connection is outside any transaction. Inside one (its own, or another request's on the
 * shared connection) it may see rows a rollback will take back without moving the token.
 */
export interface ConnectionState {
  token: string;
  settled: boolean;
}

/** The connection's state now, or null where it cannot be told (PostgreSQL). */
export type ChangeToken = () => ConnectionState | null;

/** Connections opened by this process: a reopened connection counts its changes from zero again. */
let connectionsOpened = 0;

/**
 * The token of one connection: which connection it is, the schema's version (a migration run
 * over it), and the two change counters. `db.inTransaction` is better-sqlite3's own flag.
 */
export function changeTokenOf(db: BetterSqlite3.Database): () => ConnectionState {
  const connection = ++connectionsOpened;
  const state = db
    .prepare("SELECT (SELECT schema_version FROM pragma_schema_version()), (SELECT data_version FROM pragma_data_version()), total_changes()")
    .raw();
  return () => ({ token: `${connection}:${(state.get() as unknown[]).join(":")}`, settled: !db.inTransaction });
}

/** Distinct reads kept per process: a page runs at most a handful, and each filter is another. */
export const UNCHANGED_READS_KEPT = 500;

/**
 * Answers kept for as long as the database is unchanged.
 *
 * Kept: only an answer whose read began outside any transaction, and after which the token is
 * what it was before: nothing was committed or written while it ran, so the answer is the
 * database exactly as the token names it.
 *
 * Served: whenever the token is the one an answer was kept under, inside another request's
 * transaction too. Under load one request or another nearly always has its read transaction
 * open on the shared connection, and refusing then made the kept answers useless. It is safe:
 * a transaction's own writes move `total_changes()` as they are made (a rollback never moves it
 * back), so its token matches no kept answer; and `data_version` moves whenever the connection
 * starts reading a snapshot with another connection's commits in it, and stays put while a
 * transaction holds its snapshot, so a matching token means the snapshot is the kept state.
 */
export class UnchangedReads {
  private readonly kept = new Map<string, { token: string; value: unknown }>();

  constructor(
    private readonly state: ChangeToken,
    private readonly size = UNCHANGED_READS_KEPT,
  ) {}

  async read<T>(key: string, run: () => Promise<T>): Promise<T> {
    const before = this.state();
    if (before === null) return run();
    const kept = this.kept.get(key);
    this.kept.delete(key);
    if (kept?.token === before.token) {
      this.kept.set(key, kept);
      return kept.value as T;
    }
    const value = await run();
    if (!before.settled || this.tokenNow() !== before.token) return value;
    if (this.kept.size >= this.size) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, { token: before.token, value });
    return value;
  }

  /** A statement's answer, kept under its text and values (statementKey). */
  readStatement<T>(statement: { sql: string; values: unknown[] }, run: () => Promise<T>): Promise<T> {
    return this.read(statementKey(statement), run);
  }

  /** The token after a read; one that cannot be read (the connection closing) keeps nothing, and fails no read. */
  private tokenNow(): string | null {
    try {
      return this.state()?.token ?? null;
    } catch {
      return null;
    }
  }
}

/**
 * A statement's identity: its text and its values, each with its type ("1" and 1 bind
 * differently). Values are what the app binds (text, numbers, dates, null); anything else has no
 * faithful text here, and is refused rather than risk two statements sharing a key.
 */
export function statementKey(statement: { sql: string; values: unknown[] }): string {
  return JSON.stringify([statement.sql, statement.values.map(valueKey)]);
}

function valueKey(value: unknown): [string, string] {
  if (value instanceof Date) return ["date", value.toISOString()];
  if (value === null || ["string", "number", "bigint", "boolean", "undefined"].includes(typeof value)) return [typeof value, String(value)];
  throw new TypeError(`A kept read's values must be text, numbers, dates or null; got ${Object.prototype.toString.call(value)}.`);
}
