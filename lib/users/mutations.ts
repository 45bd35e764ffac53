import "server-only";
import { RefusedError } from "../actions/errors";
import { recordAudit } from "../audit/record";
import { endSessionsOf } from "../auth/user-sessions-mutations";
import type { DigestFrequency, Role } from "../db/generated/enums";
import { lockNames, lockRow, type Actor, type Tx } from "../db/write";
import type { Locale } from "../i18n/config";
import { msg } from "../i18n/message";
import { economyNames } from "../labels";
import { chosenEconomy } from "../office/mutations";
import { endedTokensAudit, endUserTokens } from "../tokens/mutations";

// The rules of accounts: one account per email, an administrator always remains, nobody
// deactivates themselves, and a password that changes (by its owner or by a reset) ends every
// session and token opened under the old one.

/**
 * Every change that could leave no active administrator (a role change, a deactivation) holds
 * this name before counting them, so two administrators demoting each other at once are counted
 * one after the other, and the second is refused.
 */
export const ADMINISTRATORS = "users:administrators";

async function existingUser(tx: Tx, userId: number) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new RefusedError(msg("a.accountGone"));
  return user;
}

export async function otherActiveAdmins(tx: Tx, userId: number) {
  return tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
}

/** An account with a one-time password that must be changed at first sign-in. */
export async function createUser(tx: Tx, actor: Actor, input: { email: string; name: string; role: Role; passwordHash: string }) {
  const { email, name, role, passwordHash } = input;
  // Held until the account exists, so a second creation of the email waits and is told it is taken.
  await lockNames(tx, [`users:email:${email}`]);
  if (await tx.user.findUnique({ where: { email } })) throw new RefusedError(msg("a.fieldsNeedAttention"), { email: [msg("a.emailTaken")] });
  const created = await tx.user.create({ data: { email, name, role, passwordHash, mustChangePassword: true } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.create",
    entityType: "User",
    entityId: created.id,
    summary: msg("audit.userCreated", { email, role }),
    after: { email, name, role },
  });
  return created;
}

export async function changeRole(tx: Tx, actor: Actor, input: { userId: number; role: Role }) {
  const { userId, role } = input;
  await lockNames(tx, [ADMINISTRATORS]);
  const user = await existingUser(tx, userId);
  if (user.role === role) throw new RefusedError(msg("a.roleUnchanged", { email: user.email, role }));
  if (user.role === "ADMIN" && (await otherActiveAdmins(tx, userId)) === 0) throw new RefusedError(msg("a.lastAdmin"));
  await tx.user.update({ where: { id: userId }, data: { role } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.role",
    entityType: "User",
    entityId: userId,
    summary: msg("audit.roleChanged", { email: user.email, from: user.role, role }),
    before: { role: user.role },
    after: { role },
  });
  return user;
}

/** An administrator's reset answers a suspected compromise: sessions, calendar address and API tokens all end. */
export async function resetPassword(tx: Tx, actor: Actor, input: { userId: number; passwordHash: string }) {
  await lockRow(tx, "User", input.userId);
  const user = await existingUser(tx, input.userId);
  await tx.user.update({ where: { id: user.id }, data: { passwordHash: input.passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } } });
  await endSessionsOf(tx, user.id);
  const ended = await endUserTokens(tx, user.id);
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.reset-password",
    entityType: "User",
    entityId: user.id,
    summary: msg("audit.passwordReset", { email: user.email }),
    ...endedTokensAudit(ended),
  });
  return user;
}

export async function setUserActive(tx: Tx, actor: Actor, input: { userId: number; active: boolean }) {
  const { userId, active } = input;
  await lockNames(tx, [ADMINISTRATORS]);
  const user = await existingUser(tx, userId);
  if (user.active === active) throw new RefusedError(msg(active ? "a.alreadyActive" : "a.alreadyInactive"));
  if (!active && userId === actor.id) throw new RefusedError(msg("a.notYourself"));
  if (!active && user.role === "ADMIN" && (await otherActiveAdmins(tx, userId)) === 0) throw new RefusedError(msg("a.lastAdmin"));
  await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
  await endSessionsOf(tx, userId);
  // A deactivated account's tokens end with it, so a reactivated one starts with none. Ending
  // again at reactivation catches tokens of an account deactivated before that rule.
  const ended = endedTokensAudit(await endUserTokens(tx, userId));
  await recordAudit(tx, {
    userId: actor.id,
    action: active ? "user.reactivate" : "user.deactivate",
    entityType: "User",
    entityId: userId,
    summary: msg(active ? "audit.reactivated" : "audit.deactivated", { email: user.email }),
    before: { active: user.active, ...ended.before },
    after: { active, ...ended.after },
  });
  return user;
}

/**
 * An officer's own new password, written only over the password and session they proved: a reset
 * by an administrator meanwhile wins. Every session and token under the old password ends.
 */
export async function changeOwnPassword(
  tx: Tx,
  actor: Actor,
  input: { proved: { passwordHash: string; sessionVersion: number }; passwordHash: string; keepSessionId: string },
) {
  const { count } = await tx.user.updateMany({
    where: { id: actor.id, passwordHash: input.proved.passwordHash, sessionVersion: input.proved.sessionVersion, active: true },
    data: { passwordHash: input.passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
  });
  if (count === 0) throw new RefusedError(msg("a.passwordRaced"));
  await endSessionsOf(tx, actor.id, { keep: input.keepSessionId });
  const ended = await endUserTokens(tx, actor.id);
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.change-password",
    entityType: "User",
    entityId: actor.id,
    summary: msg("audit.ownPassword"),
    ...endedTokensAudit(ended),
  });
  return { sessionVersion: input.proved.sessionVersion + 1 };
}

export async function setOwnLocale(tx: Tx, actor: Actor, input: { from: string | null; locale: Locale }) {
  await tx.user.update({ where: { id: actor.id }, data: { locale: input.locale } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.locale",
    entityType: "User",
    entityId: actor.id,
    summary: msg("audit.locale", { locale: input.locale }),
    before: { locale: input.from },
    after: { locale: input.locale },
  });
}

/** The work-plan columns an officer shows, on every device they sign in from. */
export async function setOwnTableColumns(tx: Tx, actor: Actor, input: { before: Record<string, boolean>; after: Record<string, boolean> }) {
  await tx.user.update({ where: { id: actor.id }, data: { tableColumns: JSON.stringify(input.after) } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.tableColumns",
    entityType: "User",
    entityId: actor.id,
    summary: msg("audit.tableColumns"),
    before: input.before,
    after: input.after,
  });
}

/**
 * The economy whose items the officer follows by default and sees first on the overview; null
 * follows the office's. An unknown code is refused on the field and nothing is written.
 */
export async function setOwnEconomy(tx: Tx, actor: Actor, input: { economyCode: string | null }) {
  await lockRow(tx, "User", actor.id);
  const user = await existingUser(tx, actor.id);
  const economy = input.economyCode ? await chosenEconomy(tx, input.economyCode) : null;
  if (user.economyCode === input.economyCode) return { economy, changed: false };
  await tx.user.update({ where: { id: actor.id }, data: { economyCode: input.economyCode } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.economy",
    entityType: "User",
    entityId: actor.id,
    summary: economy ? msg("settings.account.auditEconomy", economyNames(economy)) : msg("settings.account.auditEconomyOffice"),
    before: { economyCode: user.economyCode },
    after: { economyCode: input.economyCode },
  });
  return { economy, changed: true };
}

/** How often the officer's email digest comes, and on which weekday when weekly. */
export async function setOwnDigest(tx: Tx, actor: Actor, input: { digestFrequency: DigestFrequency; digestWeekday: number }) {
  await lockRow(tx, "User", actor.id);
  const user = await existingUser(tx, actor.id);
  const { digestFrequency, digestWeekday } = input;
  if (user.digestFrequency === digestFrequency && user.digestWeekday === digestWeekday) return { changed: false };
  await tx.user.update({ where: { id: actor.id }, data: { digestFrequency, digestWeekday } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.digest",
    entityType: "User",
    entityId: actor.id,
    summary: msg("settings.account.auditDigest", { frequency: digestFrequency, weekday: digestWeekday }),
    before: { digestFrequency: user.digestFrequency, digestWeekday: user.digestWeekday },
    after: { digestFrequency, digestWeekday },
  });
  return { changed: true };
}

/** A gap between two overview visits long enough to count the second as a new visit. */
export const VISIT_BREAK_MS = 60 * 60 * 1000;

/**
 * An overview visit at `now`. lastSeenAt always moves on; when the officer comes back after a
 * break, the visit before it becomes previousVisitAt, which "changed since my last visit" reads,
 * so reloading the page within a visit keeps showing the same changes. Returns previousVisitAt
 * as it now stands (null on the first visit).
 */
export async function recordOverviewVisit(tx: Tx, userId: number, now: Date): Promise<{ previousVisitAt: Date | null }> {
  await lockRow(tx, "User", userId);
  const user = await existingUser(tx, userId);
  const cameBack = user.lastSeenAt !== null && now.getTime() - user.lastSeenAt.getTime() >= VISIT_BREAK_MS;
  const previousVisitAt = cameBack ? user.lastSeenAt : user.previousVisitAt;
  await tx.user.update({ where: { id: userId }, data: { lastSeenAt: now, previousVisitAt } });
  return { previousVisitAt };
}
