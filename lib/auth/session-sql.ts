// The two reads behind every signed-in request: the session the cookie names, and its account with
// the office's second-factor setting. Written as SQL rather than through the query builder, whose
// own work was about 0.2 ms a query on every page, and the office's row rides along with the
// account's instead of being a third query.
import "server-only";
import { db } from "../db";
import type { Role } from "../db/generated/enums";

export interface SessionRow {
  userId: number;
  expiresAt: Date;
  lastSeenAt: Date;
  method: string;
}

export async function readSessionRow(sessionId: string): Promise<SessionRow | null> {
  const [row] = await db.$queryRaw<{ userId: number | bigint; expiresAt: Date; lastSeenAt: Date; method: string }[]>`
    SELECT "userId", "expiresAt", "lastSeenAt", "method" FROM "UserSession" WHERE "id" = ${sessionId}`;
  return row ? { ...row, userId: Number(row.userId) } : null;
}

export interface AccountRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  sessionVersion: number;
  locale: string | null;
  tableColumns: string | null;
  totpEnabledAt: Date | null;
  /** Whether the office asks every officer for a second factor (no office row yet: no). */
  officeRequiresSecondFactor: boolean;
}

type Flag = boolean | number | bigint | null;

export async function readAccountRow(userId: number): Promise<AccountRow | null> {
  const [row] = await db.$queryRaw<
    (Omit<AccountRow, "id" | "sessionVersion" | "active" | "mustChangePassword" | "officeRequiresSecondFactor"> & {
      id: number | bigint;
      sessionVersion: number | bigint;
      active: Flag;
      mustChangePassword: Flag;
      officeRequiresSecondFactor: Flag;
    })[]
  >`
    SELECT u."id", u."email", u."name", u."role", u."active", u."mustChangePassword", u."sessionVersion", u."locale", u."tableColumns",
      u."totpEnabledAt", o."secondFactorRequired" AS "officeRequiresSecondFactor"
    FROM "User" u LEFT JOIN "Office" o ON o."id" = 1
    WHERE u."id" = ${userId}`;
  if (!row) return null;
  return {
    ...row,
    id: Number(row.id),
    sessionVersion: Number(row.sessionVersion),
    active: Boolean(row.active),
    mustChangePassword: Boolean(row.mustChangePassword),
    officeRequiresSecondFactor: Boolean(row.officeRequiresSecondFactor),
  };
}
