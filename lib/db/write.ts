import "server-only";
import { db } from ".";
import type { Prisma } from "./generated/client";
import { inWriteTransaction, type WriteOptions } from "./write-sql";

export { lockNames, lockRow } from "./write-sql";

/** The one handle every write takes: a client inside an interactive transaction. */
export type Tx = Prisma.TransactionClient;

/** Who a write is for, and how it came: the audit trail says whether a bulk edit or an import (and which file) made it. */
export interface Actor {
  id: number;
  importFile?: string;
  bulk?: boolean;
  /** The session the request was made under, for writes that must not outlive it. */
  sessionVersion?: number;
}

/**
 * Every write of the app runs here: the feature's checks, the write itself, the versions it moves
 * and its audit events stand or fall together. A check that reads before it writes first locks what
 * it reads (`lockRow`, `lockNames`), so it still holds with other writers at once on PostgreSQL
 * (see write-sql.ts); `work` may run more than once, so it must not act outside the transaction.
 */
export function writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: WriteOptions): Promise<T> {
  return inWriteTransaction(db, work, options);
}

interface VersionedData {
  item: Prisma.ItemUncheckedUpdateManyInput;
  milestone: Prisma.MilestoneUncheckedUpdateManyInput;
  meeting: Prisma.MeetingUncheckedUpdateManyInput;
}

type VersionedDelegate = {
  updateMany(args: { where: { id: number; version: number; archivedAt?: null }; data: object }): Promise<{ count: number }>;
};

/**
 * The optimistic lock: writes `data` and moves the version on only while the row still has the
 * version the writer read. The version in the WHERE makes check and write one step, so of two
 * writers that read version N only one can succeed; the other gets false and reports a conflict.
 */
export async function updateIfVersion<M extends keyof VersionedData>(
  tx: Tx,
  model: M,
  id: number,
  version: number,
  data: VersionedData[M],
  options: { unarchivedOnly?: boolean } = {},
): Promise<boolean> {
  const delegate = tx[model] as unknown as VersionedDelegate;
  const where = { id, version, ...(options.unarchivedOnly ? { archivedAt: null } : {}) };
  const { count } = await delegate.updateMany({ where, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

/**
 * Moves an item's version on when something that belongs to its row changes elsewhere (its
 * co-sponsors): an export made before then is stale, and an import of it is refused instead of
 * undoing the change. An increment, not a version read earlier: two such changes both count.
 */
export async function touchItem(tx: Tx, itemId: number): Promise<void> {
  await tx.item.update({ where: { id: itemId }, data: { version: { increment: 1 } } });
}
