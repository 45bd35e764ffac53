// SQLite's write transactions take the write lock as they begin (BEGIN IMMEDIATE). The adapter
// begins every transaction with a plain BEGIN, and its one connection is shared by every request
// of the process: a read of another request that ran between BEGIN and the transaction's first
// write made it a read transaction, and SQLite refuses a reader the write lock at once
// (SQLITE_BUSY or SQLITE_BUSY_SNAPSHOT) rather than have it wait while another process writes.
// Under load, two server processes failed about 1 in 20 of the overview's visit records so.
// Only the app's write transactions begin this way: the consistent reads (`$transaction([...])`)
// still begin deferred and never wait for a writer.
import { AsyncLocalStorage } from "node:async_hooks";
import type BetterSqlite3 from "better-sqlite3";

const writing = new AsyncLocalStorage<true>();

/** Runs `open` (which opens one transaction) so that the transaction begins holding the write lock. */
export function withWriteLock<T>(open: () => Promise<T>): Promise<T> {
  return writing.run(true, open);
}

/** Makes the adapter's BEGIN an IMMEDIATE one for transactions opened by withWriteLock. */
export function beginWritesImmediately(db: BetterSqlite3.Database): void {
  const prepare = db.prepare.bind(db) as (sql: string) => unknown;
  (db as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => prepare(sql === "BEGIN" && writing.getStore() ? "BEGIN IMMEDIATE" : sql);
}
