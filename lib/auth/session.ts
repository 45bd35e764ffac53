import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import type { Role } from "../db/generated/enums";
import { msg } from "../i18n/message";
import { authOptions } from "./options";
import { hasRole } from "./roles";

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
  locale: string | null;
  /** The work-plan columns this user chose to show (JSON), if they ever chose. */
  tableColumns: string | null;
}

/**
 * The signed-in user as the database has them now: a deactivated user, or a session older than
 * the user's last password reset, counts as signed out at once, and a role change applies at the
 * next request, whatever the JWT still says. Read once per request (React's cache).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, sessionVersion: true, locale: true, tableColumns: true },
  });
  if (!user || !user.active || user.sessionVersion !== session.user.sv) return null;
  const { active: _active, sessionVersion: _sv, ...current } = user;
  return current;
});

/** For pages: sends anonymous visitors to sign in, and users with a temporary password to change it. */
export async function requirePageUser(options: { role?: Role; allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (user.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
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

/** For server actions and route handlers, which are public endpoints: throws unless allowed. */
export async function requireRole(role: Role, options: { allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthorizationError(msg("a.notSignedIn"), 401);
  if (user.mustChangePassword && !options.allowPasswordChange) throw new AuthorizationError(msg("a.changeTemporaryPassword"), 403);
  if (!hasRole(user.role, role)) throw new AuthorizationError(msg("a.roleForbids"), 403);
  return user;
}
