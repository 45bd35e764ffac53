import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { writeTransaction } from "../db/write";
import { authSecret } from "./secret";
import { readSessionRow } from "./session-sql";
import { decodeSessionToken } from "./session-token";
import { LAST_SEEN_RESOLUTION_MS, touchUserSession, type SignInMethod } from "./user-sessions-mutations";

export interface SessionClaims {
  userId: number;
  /** The account's session version the cookie was issued under. */
  sessionVersion: number;
  /** The UserSession row the cookie names. */
  sessionId: string;
  /** How the session signed in: through the office's identity provider, its second factor is the provider's business. */
  method: SignInMethod;
}

/** next-auth's cookie name; the `__Secure-` prefix where cookies are Secure-only. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/** next-auth splits a cookie over 4 KB into name.0, name.1...; ours stays far below, but a split one still reads whole. */
function joinedCookie(jar: Awaited<ReturnType<typeof cookies>>, name: string): string | null {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((cookie) => cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((cookie) => cookie.value).join("") : null;
}

/**
 * Who the request's session cookie says is signed in, once the session's row confirms it: a
 * cookie whose row was ended (signed out elsewhere, by an administrator) or has expired counts
 * as none. The cookie is decrypted here rather than through next-auth's getServerSession, which
 * would also re-encrypt a fresh cookie on every page that reads it, only to have it thrown away
 * (a server component cannot set cookies). Read once per request.
 */
export const readSessionClaims = cache(async (secure: boolean): Promise<SessionClaims | null> => {
  const raw = joinedCookie(await cookies(), sessionCookieName(secure));
  if (!raw) return null;
  const token = await decodeSessionToken({ token: raw, secret: authSecret() }).catch(() => null);
  if (typeof token?.uid !== "number" || typeof token.sv !== "number" || typeof token.sid !== "string") return null;
  const sessionId = token.sid;
  const now = new Date();
  const session = await readSessionRow(sessionId);
  if (!session || session.userId !== token.uid || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) await writeTransaction((tx) => touchUserSession(tx, sessionId, now));
  return { userId: token.uid, sessionVersion: token.sv, sessionId, method: session.method === "oidc" ? "oidc" : "password" };
});
