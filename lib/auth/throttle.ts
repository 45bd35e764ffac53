// Slows and then refuses repeated failed sign-ins, per account and per address.
import type { PrismaClient } from "../db/generated/client";

export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
const LIMITS = { email: 8, ip: 30 } as const;
const SLOW_AFTER = 3;
const MAX_DELAY_MS = 4_000;

type Kind = keyof typeof LIMITS;

export function throttleKeys(email: string, address: string | null): { key: string; kind: Kind }[] {
  const keys: { key: string; kind: Kind }[] = [{ key: `email:${email.trim().toLowerCase()}`, kind: "email" }];
  if (address) keys.push({ key: `ip:${address}`, kind: "ip" });
  return keys;
}

/** When the account or address may try again, if either is locked now. */
export async function lockedUntil(db: PrismaClient, keys: { key: string }[], now = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } } });
  const latest = rows.map((row) => row.lockedUntil!.getTime()).sort((a, b) => b - a)[0];
  return latest ? new Date(latest) : null;
}

/** Counts a failure against every key; returns how long to hold the answer back and any new lock. */
export async function recordFailure(db: PrismaClient, keys: { key: string; kind: Kind }[], now = new Date()) {
  let delayMs = 0;
  let locked: Date | null = null;
  for (const { key, kind } of keys) {
    const row = await db.signInThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.firstFailureAt.getTime() > WINDOW_MS;
    const failures = fresh ? 1 : row.failures + 1;
    const lock = failures >= LIMITS[kind] ? new Date(now.getTime() + LOCK_MS) : null;
    await db.signInThrottle.upsert({
      where: { key },
      create: { key, failures, firstFailureAt: now, lockedUntil: lock },
      update: { failures, firstFailureAt: fresh ? now : row.firstFailureAt, lockedUntil: lock },
    });
    if (failures > SLOW_AFTER) delayMs = Math.max(delayMs, Math.min(MAX_DELAY_MS, 250 * 2 ** (failures - SLOW_AFTER - 1)));
    if (lock && (!locked || lock > locked)) locked = lock;
  }
  return { delayMs, lockedUntil: locked };
}

export async function clearFailures(db: PrismaClient, email: string) {
  await db.signInThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
