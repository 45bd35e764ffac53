// SQLite's write transactions take the write lock as they begin (BEGIN IMMEDIATE). The adapter
// begins every transaction with a plain BEGIN, and its one connection is shared by every request
// of the process: a read of another request that ran between BEGIN and the transaction's first
// write made it a read transaction, and SQLite refuses a reader the write lock at once
// (SQLITE_BUSY or SQLITE_BUSY_SNAPSHOT) rather than have it wait while another process writes.
// Under load, two server processes failed about 1 in 20 of the overview's visit records so.
// Only the app's write transactions begin this way; the consistent reads (`$transaction([...])`)
// begin deferred, so they do not wait for another process's writer.
import { AsyncLocalStorage } from "node:async_hooks";
import type BetterSqlite3 from "better-sqlite3";

/**
 * One per write transaction, and used once: by its own BEGIN, which comes before anything the
 * transaction runs. Prisma may run another request's batch in a tick this context scheduled, and
 * that batch's BEGIN must stay deferred.
 */
interface WriteIntent {
  pending: boolean;
}

const writing = new AsyncLocalStorage<WriteIntent>();

/** Runs `open` (which opens one transaction) so that the transaction begins holding the write lock. */
export function withWriteLock<T>(open: () => Promise<T>): Promise<T> {
  return writing.run({ pending: true }, open);
}

interface Runnable {
  run(...values: unknown[]): unknown;
}

function isBusy(error: unknown): boolean {
  return typeof error === "object" && error !== null && String((error as { code?: unknown }).code).startsWith("SQLITE_BUSY");
}

/**
 * Makes the adapter's BEGIN an IMMEDIATE one for the transaction withWriteLock opens. Should the
 * lock stay taken past the busy timeout, the transaction begins deferred after all: the adapter
 * releases its transaction lock only for a transaction that began, so a failed BEGIN would leave
 * every later transaction of the process waiting for it. The transaction's first write then waits
 * once more, and fails inside the transaction, which is rolled back, if the lock is still taken.
 */
export function beginWritesImmediately(db: BetterSqlite3.Database): void {
  const prepare = db.prepare.bind(db) as (sql: string) => Runnable;
  (db as unknown as { prepare: (sql: string) => Runnable }).prepare = (sql: string) => {
    const intent = writing.getStore();
    if (sql !== "BEGIN" || !intent?.pending) return prepare(sql);
    intent.pending = false;
    const immediate = prepare("BEGIN IMMEDIATE");
    return {
      ...immediate,
      run: (...values: unknown[]) => {
        try {
          return immediate.run(...values);
        } catch (error) {
          if (!isBusy(error)) throw error;
          return prepare("BEGIN").run(...values);
        }
      },
    };
  };
}
