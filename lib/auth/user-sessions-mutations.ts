import "server-only";
import { randomBytes } from "node:crypto";
import { RefusedError } from "../actions/errors";
import { recordAudit } from "../audit/record";
import { lockRow, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";

// Where an officer is signed in. A session is a row; the cookie names it, and a request whose row
// is gone (or past its expiry) is signed out at once. Ending a session deletes its row: the
// audit trail keeps who ended which, the row itself has nothing left to say.

export type SignInMethod = "password" | "oidc";

/** Long enough that a session's browser and address read whole in the list, short enough that a forged header cannot fill the table. */
const USER_AGENT_MAX = 300;
const ADDRESS_MAX = 64;
/** lastSeenAt moves at most this often, so that reading pages does not become writing. */
export const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

export interface NewSession {
  userId: number;
  method: SignInMethod;
  userAgent: string | null;
  address: string | null;
  /** The session cookie's lifetime: the row lasts as long, not longer. */
  maxAgeS: number;
}

/** A session for a sign-in that just succeeded; returns the id the session cookie carries. The account's expired sessions go at the same time. */
export async function openUserSession(tx: Tx, input: NewSession, now = new Date()): Promise<string> {
  const id = randomBytes(18).toString("base64url");
  await tx.userSession.deleteMany({ where: { userId: input.userId, expiresAt: { lte: now } } });
  await tx.userSession.create({
    data: {
      id,
      userId: input.userId,
      method: input.method,
      userAgent: input.userAgent?.slice(0, USER_AGENT_MAX) || null,
      address: input.address?.slice(0, ADDRESS_MAX) || null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + input.maxAgeS * 1000),
    },
  });
  return id;
}

/**
 * Ends every session of an account, but the one kept (the browser that just changed the password):
 * what a password change or reset, a deactivation and a second-factor reset do. Returns how many.
 */
export async function endSessionsOf(tx: Tx, userId: number, options: { keep?: string } = {}): Promise<number> {
  const { count } = await tx.userSession.deleteMany({ where: { userId, ...(options.keep ? { id: { not: options.keep } } : {}) } });
  return count;
}

/** The session's row is gone with a sign-out, so the cookie cannot be used again even if it was copied. */
export async function closeSignedOutSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.userSession.deleteMany({ where: { id: sessionId } });
}

/** Marks the session as seen now, when it was last marked long enough ago. */
export async function touchUserSession(tx: Tx, sessionId: string, now = new Date()): Promise<void> {
  await tx.userSession.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS) } },
    data: { lastSeenAt: now },
  });
}

async function lockedUser(tx: Tx, userId: number) {
  await lockRow(tx, "User", userId);
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw new RefusedError(msg("a.accountGone"));
  return user;
}

/** The audit event of every way an account's sessions are ended here: by whom, how many, in words. */
async function auditSessionsEnded(tx: Tx, actorId: number, userId: number, count: number, summary: string): Promise<void> {
  await recordAudit(tx, {
    userId: actorId,
    action: "user.sessions-ended",
    entityType: "User",
    entityId: userId,
    summary,
    before: { sessions: count },
    after: { sessions: 0 },
  });
}

/** An officer signs out one of their other sessions (a browser left signed in elsewhere). */
export async function endOwnSession(tx: Tx, actor: Actor & { sessionId: string }, input: { sessionId: string }) {
  const user = await lockedUser(tx, actor.id);
  if (input.sessionId === actor.sessionId) throw new RefusedError(msg("a.sessionInHand"));
  const { count } = await tx.userSession.deleteMany({ where: { id: input.sessionId, userId: user.id } });
  if (count === 0) throw new RefusedError(msg("a.sessionAlreadyEnded"));
  await auditSessionsEnded(tx, actor.id, user.id, 1, msg("sessions.auditOwnOne", { email: user.email }));
}

/** An officer signs out every session but the one in hand. */
export async function endOwnOtherSessions(tx: Tx, actor: Actor & { sessionId: string }) {
  const user = await lockedUser(tx, actor.id);
  const count = await endSessionsOf(tx, user.id, { keep: actor.sessionId });
  if (count === 0) throw new RefusedError(msg("a.noOtherSessions"));
  await auditSessionsEnded(tx, actor.id, user.id, count, msg("sessions.auditOwnOthers", { email: user.email, count }));
  return count;
}

/**
 * An administrator ends every session of an account: a lost laptop, someone leaving. The account
 * itself stays as it is; its owner signs in again. Ending one's own sessions this way would sign
 * the administrator out mid-sentence, so that is what the own list is for.
 */
export async function endAllSessionsOf(tx: Tx, actor: Actor, input: { userId: number }) {
  if (input.userId === actor.id) throw new RefusedError(msg("a.ownSessionsElsewhere"));
  const user = await lockedUser(tx, input.userId);
  const count = await endSessionsOf(tx, user.id);
  if (count === 0) throw new RefusedError(msg("a.noSessionsToEnd", { email: user.email }));
  await auditSessionsEnded(tx, actor.id, user.id, count, msg("sessions.auditAll", { email: user.email, count }));
  return { email: user.email, count };
}
