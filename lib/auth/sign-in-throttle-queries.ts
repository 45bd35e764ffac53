import "server-only";
import { db } from "../db";
import type { Tx } from "../db/write";
import { parseThrottleKey, RESET_AFTER_MS, type ThrottleKind } from "./throttle";

/** More than an administrator reads; a spray of made-up emails is shown by its size. */
export const THROTTLES_SHOWN = 200;

export interface SignInThrottleRow {
  key: string;
  kind: ThrottleKind;
  /** The account's email, the address, or for a known device the email of its account. */
  subject: string;
  failures: number;
  firstFailureAt: Date;
  lastFailureAt: Date;
  /** Set while the key must wait before its next try. */
  lockedUntil: Date | null;
}

/** What an administrator reads for a key: a known device goes by its account's email. */
export async function throttleSubjects(client: Pick<Tx, "user">, keys: string[]): Promise<Map<string, { kind: ThrottleKind; subject: string }>> {
  const parsed = keys.flatMap((key) => {
    const found = parseThrottleKey(key);
    return found ? [{ key, ...found }] : [];
  });
  const userIds = parsed.flatMap(({ userId }) => (userId ? [userId] : []));
  const users = userIds.length ? await client.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } }) : [];
  const emails = new Map(users.map((user) => [user.id, user.email]));
  return new Map(parsed.map(({ key, kind, subject, userId }) => [key, { kind, subject: userId ? (emails.get(userId) ?? String(userId)) : subject }]));
}

/** Keys with failures still counted, waiting ones first, then the most recent. */
export async function listSignInThrottles(now = new Date()): Promise<{ rows: SignInThrottleRow[]; total: number }> {
  const where = { failures: { gt: 0 }, lastFailureAt: { gt: new Date(now.getTime() - RESET_AFTER_MS) } };
  const [found, total] = await Promise.all([
    db.signInThrottle.findMany({ where, orderBy: [{ lockedUntil: { sort: "desc", nulls: "last" } }, { lastFailureAt: "desc" }], take: THROTTLES_SHOWN }),
    db.signInThrottle.count({ where }),
  ]);
  const subjects = await throttleSubjects(
    db,
    found.map((row) => row.key),
  );
  const rows = found.flatMap((row) => {
    const named = subjects.get(row.key);
    if (!named) return [];
    const lockedUntil = row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
    return [{ ...named, key: row.key, failures: row.failures, firstFailureAt: row.firstFailureAt, lastFailureAt: row.lastFailureAt, lockedUntil }];
  });
  rows.sort((a, b) => Number(!!b.lockedUntil) - Number(!!a.lockedUntil) || b.lastFailureAt.getTime() - a.lastFailureAt.getTime());
  return { rows, total };
}
