import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "../db/generated/enums";
import { msg } from "../i18n/message";
import { authOptions } from "./options";
import { hasRole } from "./roles";
import { secondFactorRequiredFor } from "./second-factor-rules";
import { authSecret } from "./secret";
import { readSessionClaims, sessionCookieName } from "./session-claims";
import { readAccountRow } from "./session-sql";

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
  locale: string | null;
  /** The work-plan columns this user chose to show (JSON), if they ever chose. */
  tableColumns: string | null;
  /** The session version this request was checked against: a write that must not outlive it checks it again. */
  sessionVersion: number;
  /** A second factor is required of this account and not set up yet: pages send the officer to set it up. */
  mustSetUpSecondFactor: boolean;
  /** The session (UserSession row) this request came with: the one an officer's "sign out the others" keeps. */
  sessionId: string;
}

/**
 * The signed-in user as the database has them now: a deactivated user, a session that was ended,
 * or one older than the user's last password reset, counts as signed out at once, and a role
 * change applies at the next request, whatever the JWT still says. Read once per request (React's cache).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await readSessionClaims(authOptions.useSecureCookies === true);
  if (!claims) return null;
  const account = await readAccountRow(claims.userId);
  if (!account || !account.active || account.sessionVersion !== claims.sessionVersion) return null;
  const { active: _active, totpEnabledAt, officeRequiresSecondFactor, ...current } = account;
  // The office's identity provider answers for the second factor of those it signs in.
  const mustSetUpSecondFactor =
    claims.method === "password" && !totpEnabledAt && secondFactorRequiredFor(account.role, account.role !== "ADMIN" && officeRequiresSecondFactor);
  return { ...current, mustSetUpSecondFactor, sessionId: claims.sessionId };
});

/**
 * For pages: sends anonymous visitors to sign in, users with a temporary password to change it,
 * and then those who must set up a second factor to do so. The password comes first: the page
 * that changes it lets its user through, or the two would send each other back and forth.
 */
export async function requirePageUser(options: { role?: Role; allowPasswordChange?: boolean; allowSecondFactorSetUp?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (user.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  if (user.mustSetUpSecondFactor && !options.allowPasswordChange && !options.allowSecondFactorSetUp) redirect("/account/security");
  if (options.role && !hasRole(user.role, options.role)) redirect("/forbidden");
  return user;
}

export class AuthorizationError extends Error {
  constructor(
    message: string,
    readonly status: 401 | 403,
  ) {
    super(message);
  }
}

/**
 * For server actions and route handlers, which are public endpoints: throws unless allowed. The
 * pages' order holds here too: a temporary password is changed first, then a required second
 * factor is set up, and until then only the actions that do those (and end sessions) are let through.
 */
export async function requireRole(role: Role, options: { allowPasswordChange?: boolean; allowSecondFactorSetUp?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthorizationError(msg("a.notSignedIn"), 401);
  if (user.mustChangePassword && !options.allowPasswordChange) throw new AuthorizationError(msg("a.changeTemporaryPassword"), 403);
  if (user.mustSetUpSecondFactor && !options.allowPasswordChange && !options.allowSecondFactorSetUp)
    throw new AuthorizationError(msg("security.setUpFirst"), 403);
  if (!hasRole(user.role, role)) throw new AuthorizationError(msg("a.roleForbids"), 403);
  return user;
}

/**
 * Signs this browser in again under the account's current session version, as next-auth would at
 * sign-in: the same claims (through the same jwt callback), name, lifetime and cookie attributes,
 * and the same session row. After a password change the session version moves on, which ends
 * every other session; the officer who just proved the current password keeps working on this device.
 */
export async function renewOwnSession(user: { id: number; email: string; name: string; sessionVersion: number; sessionId: string }): Promise<void> {
  const maxAge = authOptions.session!.maxAge!;
  const secure = authOptions.useSecureCookies === true;
  // What authorizeCredentials hands next-auth at sign-in.
  const signedIn = { id: String(user.id), email: user.email, name: user.name, sessionVersion: user.sessionVersion };
  const claims = await authOptions.callbacks!.jwt!({
    token: { name: user.name, email: user.email, sub: signedIn.id, uid: user.id, sv: user.sessionVersion },
    user: signedIn,
    account: null,
    trigger: "signIn",
  });
  const value = await encode({ token: { ...claims, sid: user.sessionId }, secret: authSecret(), maxAge });
  (await cookies()).set(sessionCookieName(secure), value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    expires: new Date(Date.now() + maxAge * 1000),
  });
}
