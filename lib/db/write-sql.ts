// How a write transaction keeps the app's rules when several writers run at once, on each engine.
//
// SQLite has one writer at a time: each write transaction begins by taking the database's write
// lock (BEGIN IMMEDIATE, lib/db/sqlite-write-lock.ts), so everything it reads afterwards stays
// true until it commits, and several processes on one file wait for each other (busy_timeout)
// instead of failing with SQLITE_BUSY when a read transaction tries to become a write one.
//
// PostgreSQL lets writers run side by side. Transactions run at READ COMMITTED, where each
// statement sees everything committed before it began, and a write first locks what its rule reads:
// the row it is about to check and change (`lockRow`), or a name for what has no single row yet
// (`lockNames`: a sign-in key not counted yet, an email not taken yet, the set of administrators).
// A second writer then waits for the first to commit and reads its result, so a race ends as it
// would have one after the other: a clear refusal, a conflict, or a second success. Serializable
// isolation would refuse the second writer instead, and thirty officers adding milestones to one
// item would need up to thirty retries; with locks they queue once. A deadlock (two writers locking
// the same rows in different orders) is still possible, so the whole transaction is retried then.
import { setTimeout as sleep } from "node:timers/promises";
import type { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";
import { Prisma, type PrismaClient } from "./generated/client";
import { withWriteLock } from "./sqlite-write-lock";
import { databaseUrl, engineOf } from "./url";

type Tx = Prisma.TransactionClient;

export interface WriteOptions {
  /** How long to wait for a connection (PostgreSQL's pool) or the write lock to be free, in ms. */
  maxWait?: number;
  /** How long the transaction may run, in ms. */
  timeout?: number;
}

/** Tries of one write when PostgreSQL ends it for a deadlock or a serialization failure. */
export const WRITE_ATTEMPTS = 5;

const onPostgres = () => engineOf(databaseUrl()) === "postgresql";

/** A deadlock (40P01) or a serialization failure (40001): the same work may succeed if run again. */
export function isTransientConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } };
  // The pg adapter reports both as TransactionWriteConflict, which Prisma calls P2034.
  if (code === "P2034") return true;
  const original = meta?.driverAdapterError?.cause?.originalCode ?? code;
  return original === "40001" || original === "40P01";
}

/**
 * Runs `work` as one write transaction on `client`, as described above. A refusal thrown by `work`
 * rolls everything back and is passed on; a transient conflict runs it again from the start,
 * after a short random pause so the writers that collided do not collide again.
 */
export async function inWriteTransaction<T>(client: PrismaClient, work: (tx: Tx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  const postgres = onPostgres();
  for (let attempt = 1; ; attempt++) {
    try {
      if (!postgres) {
        return await withWriteLock(() => client.$transaction(work, options));
      }
      // The app is typed against SQLite's client, which knows no other isolation level.
      const postgresClient = client as unknown as PostgresPrismaClient;
      return await postgresClient.$transaction((tx) => work(tx as unknown as Tx), { ...options, isolationLevel: "ReadCommitted" });
    } catch (error) {
      if (!postgres || attempt >= WRITE_ATTEMPTS || !isTransientConflict(error)) throw error;
      await sleep(Math.random() * 10 * 2 ** attempt);
    }
  }
}

/** The tables whose rows a write locks by id. */
export type LockedTable = "Item" | "Meeting" | "User";

/**
 * Holds the row against other writers until the transaction ends; what the transaction reads of it
 * (and of what belongs to it) afterwards is what it may rely on. NO KEY UPDATE: rows that refer to
 * it (a milestone of a locked item) may still be added.
 */
export async function lockRow(tx: Tx, table: LockedTable, id: number): Promise<void> {
  if (!onPostgres()) return;
  await tx.$executeRaw`SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id} FOR NO KEY UPDATE`;
}

/** Keeps the app's named locks apart from any other use of advisory locks on the server (the release step's). */
const LOCK_SPACE = 0x5cc9;

/**
 * Holds each name against other writers until the transaction ends, for what has no row to lock:
 * a key or an email not in the database yet, or a rule over many rows. Taken in one order, so two
 * writers wanting the same names cannot each hold one the other waits for.
 */
export async function lockNames(tx: Tx, names: string[]): Promise<void> {
  if (!onPostgres()) return;
  for (const name of [...new Set(names)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int4, hashtext(${name}))`;
  }
}
