import type { Role } from "../db/generated/enums";

const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 };

/** Viewers read and export, editors also edit the work plan, admins also manage users. */
export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}
