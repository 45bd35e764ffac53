// Slows and then refuses repeated failed sign-ins, per account and per address. Each attempt is
// counted before its password is checked, in one transaction, so a burst of parallel guesses
// cannot all slip in under the limit; a successful one is taken off the count again.
import type { PrismaClient } from "../db/generated/client";

export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
const LIMITS = { email: 8, ip: 30 } as const;
const SLOW_AFTER = 3;
const MAX_DELAY_MS = 4_000;

type Kind = keyof typeof LIMITS;
export type ThrottleKey = { key: string; kind: Kind };

export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `email:${email.trim().toLowerCase()}`, kind: "email" }];
  if (address) keys.push({ key: `ip:${address}`, kind: "ip" });
  return keys;
}

export interface Attempt {
  /** Set when the account or address is locked, by this attempt or an earlier one. */
  lockedUntil: Date | null;
  /** Whether the lock was already on before this attempt: then not even the right password passes. */
  wasLocked: boolean;
  /** How long to hold back the answer if this attempt fails. */
  delayMs: number;
}

export async function registerAttempt(db: PrismaClient, keys: ThrottleKey[], now = new Date()): Promise<Attempt> {
  return db.$transaction(async (tx) => {
    let lockedUntil: Date | null = null;
    let wasLocked = false;
    let delayMs = 0;
    for (const { key, kind } of keys) {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      if (row?.lockedUntil && row.lockedUntil > now) {
        wasLocked = true;
        lockedUntil = later(lockedUntil, row.lockedUntil);
        continue;
      }
      const fresh = !row || now.getTime() - row.firstFailureAt.getTime() > WINDOW_MS || (row.lockedUntil !== null && row.lockedUntil <= now);
      const failures = fresh ? 1 : row.failures + 1;
      const lock = failures >= LIMITS[kind] ? new Date(now.getTime() + LOCK_MS) : null;
      await tx.signInThrottle.upsert({
        where: { key },
        create: { key, failures, firstFailureAt: now, lockedUntil: lock },
        update: { failures, firstFailureAt: fresh ? now : row.firstFailureAt, lockedUntil: lock },
      });
      if (failures > SLOW_AFTER) delayMs = Math.max(delayMs, Math.min(MAX_DELAY_MS, 250 * 2 ** (failures - SLOW_AFTER - 1)));
      if (lock) lockedUntil = later(lockedUntil, lock);
    }
    return { lockedUntil, wasLocked, delayMs };
  });
}

function later(current: Date | null, candidate: Date): Date {
  return !current || candidate > current ? candidate : current;
}

/** A successful attempt: the account starts afresh, and the address gets its attempt back. */
export async function attemptSucceeded(db: PrismaClient, keys: ThrottleKey[]) {
  await db.$transaction(async (tx) => {
    for (const { key, kind } of keys) {
      if (kind === "email") await tx.signInThrottle.deleteMany({ where: { key } });
      else await tx.signInThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
    }
  });
}
