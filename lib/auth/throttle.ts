// Slows repeated failed sign-ins down, per account, per address and per known device, without
// ever locking anyone out for long: after a few failures each further one makes the key wait
// longer before its next try (1 s, 2 s, 4 s… up to 15 minutes), and a try made while it waits is
// refused without looking at the password. A hard lock after N failures would let anyone lock any
// account, the administrator's included, by typing wrong passwords for it (OWASP's
// Authentication Cheat Sheet, "Account Lockout"); a device that signed in before is counted on its
// own key instead (see known-device.ts), so the account's owner still gets in.
// Each attempt is counted before its password is checked, in one transaction that holds its keys
// (on PostgreSQL a lock per key, on SQLite the one write lock), so a burst of parallel guesses,
// on one instance or several, is counted as if typed one after another and cannot all slip in
// before the wait starts; a successful one is taken off again.
import type { Prisma, PrismaClient } from "../db/generated/client";
import { inWriteTransaction, lockNames } from "../db/write-sql";

export type ThrottleKind = "email" | "ip" | "device";
export type ThrottleKey = { key: string; kind: ThrottleKind };

/**
 * Failures in a row that cost nothing: a mistyped password or two is not an attack. An address
 * may be a whole office behind one proxy, so it gets more.
 */
export const FREE_FAILURES: Record<ThrottleKind, number> = { email: 3, device: 3, ip: 10 };
const FIRST_WAIT_MS = 1_000;
export const MAX_WAIT_MS = 15 * 60_000;
/** A key with no failure for this long starts counting afresh. */
export const RESET_AFTER_MS = 24 * 60 * 60_000;

/** How long a key waits after its n-th failure in a row. */
export function waitAfter(kind: ThrottleKind, failures: number): number {
  const free = FREE_FAILURES[kind];
  if (failures <= free) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(failures - free - 1, 30));
}

/** The keys of an attempt from an unknown device: the account, and the address when it is known. */
export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `email:${email.trim().toLowerCase()}`, kind: "email" }];
  if (address) keys.push({ key: `ip:${address}`, kind: "ip" });
  return keys;
}

/** The one key of an attempt from a device that signed in to this account before. */
export function deviceThrottleKey(userId: number, deviceId: string): ThrottleKey {
  return { key: `device:${userId}:${deviceId}`, kind: "device" };
}

/**
 * The key of an officer's own password change. They hold a session already, so it is not the
 * account's key: someone guessing the account's password elsewhere must not stop its owner from
 * changing it (the forced first change included), while guesses from a borrowed session still wait.
 */
export function passwordChangeThrottleKey(userId: number): ThrottleKey {
  return deviceThrottleKey(userId, "password-change");
}

/** What a key throttles: an email, an address, or a device of the account with this id. */
export function parseThrottleKey(key: string): { kind: ThrottleKind; subject: string; userId: number | null } | null {
  const at = key.indexOf(":");
  const kind = key.slice(0, at);
  const subject = key.slice(at + 1);
  if (at < 0 || !subject) return null;
  if (kind === "email" || kind === "ip") return { kind, subject, userId: null };
  const device = kind === "device" ? subject.match(/^([1-9]\d{0,9}):(.+)$/) : null;
  return device ? { kind: "device", subject: device[2]!, userId: Number(device[1]) } : null;
}

export interface Attempt {
  /** When the next try may come: set when this attempt, if it fails, makes its keys wait. */
  lockedUntil: Date | null;
  /** Whether a key was still waiting: then the attempt is refused, even with the right password. */
  wasLocked: boolean;
  /** When it was counted. */
  at: Date;
}

/**
 * Holds the keys until the transaction ends: every change to a key's counts (an attempt, a success,
 * an administrator's clearing) reads and writes it only while holding it, so none is lost.
 */
export function holdKeys(tx: Prisma.TransactionClient, keys: string[]): Promise<void> {
  return lockNames(
    tx,
    keys.map((key) => `sign-in:${key}`),
  );
}

export async function registerAttempt(db: PrismaClient, keys: ThrottleKey[], now = new Date()): Promise<Attempt> {
  return inWriteTransaction(db, async (tx) => {
    const held = keys.map(({ key }) => key);
    await holdKeys(tx, held);
    // Made-up emails must not pile up: what no longer counts is let go. This attempt's own keys
    // are left to it: a stale one starts afresh below.
    await tx.signInThrottle.deleteMany({ where: { lastFailureAt: { lt: new Date(now.getTime() - RESET_AFTER_MS) }, key: { notIn: held } } });
    const rows = await tx.signInThrottle.findMany({ where: { key: { in: held } } });
    const waiting = rows.filter((row) => row.lockedUntil && row.lockedUntil > now);
    // A refused try is not counted: the password was not even looked at.
    if (waiting.length) return { wasLocked: true, lockedUntil: latest(waiting.map((row) => row.lockedUntil!)), at: now };
    const locks: Date[] = [];
    for (const { key, kind } of keys) {
      const row = rows.find((candidate) => candidate.key === key);
      const fresh = !row || now.getTime() - row.lastFailureAt.getTime() > RESET_AFTER_MS;
      const failures = fresh ? 1 : row.failures + 1;
      const wait = waitAfter(kind, failures);
      const lockedUntil = wait ? new Date(now.getTime() + wait) : null;
      if (lockedUntil) locks.push(lockedUntil);
      await tx.signInThrottle.upsert({
        where: { key },
        create: { key, failures, firstFailureAt: now, lastFailureAt: now, lockedUntil },
        update: { failures, firstFailureAt: fresh ? now : row.firstFailureAt, lastFailureAt: now, lockedUntil },
      });
    }
    return { wasLocked: false, lockedUntil: locks.length ? latest(locks) : null, at: now };
  });
}

function latest(dates: Date[]): Date {
  return dates.reduce((a, b) => (b > a ? b : a));
}

/**
 * A successful attempt: the account (or device) starts afresh; an address, which others may share
 * behind one proxy, only gets this attempt back, with the wait it set when nothing came after it.
 */
export async function attemptSucceeded(db: PrismaClient, keys: ThrottleKey[], attempt?: Attempt) {
  await inWriteTransaction(db, async (tx) => {
    await holdKeys(
      tx,
      keys.map(({ key }) => key),
    );
    for (const { key, kind } of keys) {
      if (kind !== "ip") {
        await tx.signInThrottle.deleteMany({ where: { key } });
        continue;
      }
      await giveBack(tx, key, attempt);
    }
  });
}

/** Takes one attempt off a key, with the wait it set when nothing came after it. */
async function giveBack(tx: Prisma.TransactionClient, key: string, attempt?: Attempt) {
  if (attempt) await tx.signInThrottle.updateMany({ where: { key, lastFailureAt: attempt.at }, data: { lockedUntil: null } });
  await tx.signInThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}

/**
 * An attempt that was neither a success nor a failure: a right password for an account with a
 * second factor, sent without a code. It is taken off every key, not cleared: clearing would let
 * someone who knows the password wipe the count of their wrong codes between guesses.
 */
export async function attemptWithdrawn(db: PrismaClient, keys: ThrottleKey[], attempt: Attempt) {
  await inWriteTransaction(db, async (tx) => {
    await holdKeys(
      tx,
      keys.map(({ key }) => key),
    );
    for (const { key } of keys) await giveBack(tx, key, attempt);
  });
}
