import "server-only";
import { RefusedError } from "../actions/errors";
import { recordAudit } from "../audit/record";
import { lockRow, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { hashToken } from "./tokens";

// An officer's tokens: one live calendar address at a time (a new one ends the old, so a leaked
// address can be shut), API tokens by label, each kept only as a hash and ended, never deleted.

/**
 * A token is made under a session: if a password change, a reset or a deactivation ended that
 * session between the request's check and this write, the token must not outlive it. The account's
 * row is held first (`holdAccount`), so this reads the account as it stands, and a password change
 * or deactivation that comes after waits for the token to exist and then ends it too.
 */
function holdAccount(tx: Tx, actor: Actor) {
  return lockRow(tx, "User", actor.id);
}

async function stillSignedIn(tx: Tx, actor: Actor) {
  const current = await tx.user.count({ where: { id: actor.id, active: true, sessionVersion: actor.sessionVersion ?? -1 } });
  if (current === 0) throw new RefusedError(msg("a.notSignedIn"));
}

/** Makes `token` the officer's calendar address; any earlier one stops working. */
export async function renewCalendarToken(tx: Tx, actor: Actor, token: string) {
  // Two renewals at once would each end only what was live before either: the second waits here
  // and ends the first one's address.
  await holdAccount(tx, actor);
  const { count } = await tx.accessToken.updateMany({ where: { userId: actor.id, purpose: "calendar", revokedAt: null }, data: { revokedAt: new Date() } });
  await tx.accessToken.create({ data: { userId: actor.id, purpose: "calendar", hash: hashToken(token) } });
  await stillSignedIn(tx, actor);
  await recordAudit(tx, {
    userId: actor.id,
    action: count ? "token.renew" : "token.create",
    entityType: "User",
    entityId: actor.id,
    summary: msg(count ? "audit.calendarRenewed" : "audit.calendarCreated"),
  });
}

export async function revokeCalendarToken(tx: Tx, actor: Actor) {
  const { count } = await tx.accessToken.updateMany({ where: { userId: actor.id, purpose: "calendar", revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw new RefusedError(msg("calendar.noneActive"));
  await recordAudit(tx, { userId: actor.id, action: "token.revoke", entityType: "User", entityId: actor.id, summary: msg("audit.calendarRevoked") });
}

export async function createApiToken(tx: Tx, actor: Actor, input: { label: string; token: string }) {
  await holdAccount(tx, actor);
  const created = await tx.accessToken.create({ data: { userId: actor.id, purpose: "api", label: input.label, hash: hashToken(input.token) } });
  await stillSignedIn(tx, actor);
  await recordAudit(tx, {
    userId: actor.id,
    action: "token.create",
    entityType: "User",
    entityId: actor.id,
    summary: msg("audit.apiTokenCreated", { label: input.label }),
    after: { tokenId: created.id, label: input.label },
  });
}

/** Only the officer's own live token: another user's id is simply not found. */
export async function revokeApiToken(tx: Tx, actor: Actor, input: { id: number }) {
  const live = { id: input.id, userId: actor.id, purpose: "api", revokedAt: null };
  const token = await tx.accessToken.findFirst({ where: live });
  // Written only while still live: of two revocations at once, the second finds it gone.
  if (!token || (await tx.accessToken.updateMany({ where: live, data: { revokedAt: new Date() } })).count === 0) throw new RefusedError(msg("api.tokenGone"));
  await recordAudit(tx, {
    userId: actor.id,
    action: "token.revoke",
    entityType: "User",
    entityId: actor.id,
    summary: msg("audit.apiTokenRevoked", { label: token.label ?? "" }),
    before: { tokenId: input.id },
  });
}

/** What ending a user's tokens stopped, as the audit trail and the officer are told it. */
export interface EndedTokens {
  /** Whether a calendar address stopped working. */
  calendarAddress: boolean;
  /** The labels of the API tokens that stopped working, newest first. */
  apiTokens: string[];
}

/**
 * Ends every live calendar address and API token of a user, inside the caller's transaction. A
 * password change, a reset and a deactivation all call it: a token is a password of its own, and
 * must not outlive the password the account had when it was made, nor the account's access.
 */
export async function endUserTokens(tx: Tx, userId: number): Promise<EndedTokens> {
  // Written first, so the transaction holds the write lock and the list below is exactly what this
  // call ended, even if another request makes a token meanwhile.
  const endedAt = new Date();
  const { count } = await tx.accessToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: endedAt } });
  if (count === 0) return { calendarAddress: false, apiTokens: [] };
  const ended = await tx.accessToken.findMany({
    where: { userId, revokedAt: endedAt },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { purpose: true, label: true },
  });
  return {
    calendarAddress: ended.some((token) => token.purpose === "calendar"),
    apiTokens: ended.filter((token) => token.purpose === "api").map((token) => token.label ?? ""),
  };
}

/** The audit trail's before and after of ended tokens: only what was live is named; null if nothing was. */
export function endedTokensAudit(ended: EndedTokens): { before: Record<string, unknown> | null; after: Record<string, unknown> | null } {
  if (!ended.calendarAddress && ended.apiTokens.length === 0) return { before: null, after: null };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (ended.calendarAddress) [before.calendarAddress, after.calendarAddress] = [true, false];
  if (ended.apiTokens.length > 0) [before.apiTokens, after.apiTokens] = [ended.apiTokens, []];
  return { before, after };
}

/** Reads the ended tokens back from an audit event's "before" (see endedTokensAudit). */
export function endedTokensFromAudit(before: Record<string, unknown> | null): EndedTokens {
  const labels = before?.apiTokens;
  return {
    calendarAddress: before?.calendarAddress === true,
    apiTokens: Array.isArray(labels) ? labels.filter((label): label is string => typeof label === "string") : [],
  };
}
