import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { db } from "../db";

export const TOKEN_PURPOSES = { calendar: "cal", api: "api" } as const;
export type TokenPurpose = keyof typeof TOKEN_PURPOSES;

const TOKEN_FORMAT = /^sccp_(cal|api)_([A-Za-z0-9_-]{43})$/;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new secret: 256 random bits, with a prefix that says what it is for. */
export function newToken(purpose: TokenPurpose): string {
  return `sccp_${TOKEN_PURPOSES[purpose]}_${randomBytes(32).toString("base64url")}`;
}

/**
 * The active user a token belongs to, or null. Looked up by its hash (only hashes are stored)
 * and compared in constant time; a revoked token, or one of a deactivated user, opens nothing.
 */
export async function userForToken(token: string, purpose: TokenPurpose) {
  const match = TOKEN_FORMAT.exec(token);
  if (!match || match[1] !== TOKEN_PURPOSES[purpose]) return null;
  const hash = hashToken(token);
  const stored = await db.accessToken.findUnique({
    where: { hash },
    select: { id: true, hash: true, purpose: true, revokedAt: true, user: { select: { id: true, active: true, locale: true, name: true, email: true } } },
  });
  if (!stored || stored.purpose !== purpose || stored.revokedAt || !stored.user.active) return null;
  if (!timingSafeEqual(Buffer.from(stored.hash, "hex"), Buffer.from(hash, "hex"))) return null;
  await db.accessToken.update({ where: { id: stored.id }, data: { lastUsedAt: new Date() } });
  return stored.user;
}
