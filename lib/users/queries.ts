import "server-only";
import { db } from "../db";
import { economySelect } from "../economies/queries";
import { officeEconomy } from "../office/queries";
import { endedTokensFromAudit } from "../tokens/mutations";

export async function listUsers() {
  return db.user.findMany({
    select: { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, lastSignInAt: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}

/**
 * The user's latest change of their own password, with the tokens it ended (kept in its audit
 * event), or null if they never changed it themselves.
 */
export async function lastOwnPasswordChange(userId: number) {
  const event = await db.auditEvent.findFirst({
    where: { action: "user.change-password", userId, entityType: "User", entityId: String(userId) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, before: true },
  });
  if (!event) return null;
  return { at: event.at, ended: endedTokensFromAudit(event.before ? (JSON.parse(event.before) as Record<string, unknown>) : null) };
}

/** What the officer chose for notifications and digests, and the office's economy they fall back on. */
export async function ownNotificationSettings(userId: number) {
  const [user, office] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { digestFrequency: true, digestWeekday: true, economy: { select: economySelect } } }),
    officeEconomy(),
  ]);
  return { ...user, office };
}
