import type { Role } from "../db/generated/enums";

/**
 * Who must sign in with a second factor: administrators always, everyone when the office's
 * administrators say so. It applies to the app's own passwords; an officer signed in through the
 * organisation's identity provider proves a second factor there.
 */
export function secondFactorRequiredFor(role: Role, officeRequires: boolean): boolean {
  return role === "ADMIN" || officeRequires;
}
