import "server-only";
import { db } from "../db";
import { officeSettings } from "../office/queries";
import { secondFactorRequiredFor } from "./second-factor-rules";
import { totpUri } from "./totp";

export interface SecondFactorStatus {
  on: boolean;
  enabledAt: Date | null;
  required: boolean;
  /** Recovery codes not used yet. */
  recoveryCodesLeft: number;
  /** A set-up under way: what the authenticator app needs. Never filled once the second factor is on. */
  pending: { secret: string; uri: string } | null;
}

/** The officer's own second factor, as their security page shows it. */
export async function secondFactorStatus(userId: number): Promise<SecondFactorStatus> {
  const [user, officeRequires, recoveryCodesLeft] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, role: true, totpEnabledAt: true, totpPendingSecret: true } }),
    officeRequiresSecondFactor(),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  const on = user.totpEnabledAt !== null;
  return {
    on,
    enabledAt: user.totpEnabledAt,
    required: secondFactorRequiredFor(user.role, officeRequires),
    recoveryCodesLeft,
    pending: !on && user.totpPendingSecret ? { secret: user.totpPendingSecret, uri: totpUri(user.totpPendingSecret, user.email) } : null,
  };
}

/** The accounts with a second factor on, for the administrators' list of users. */
export async function usersWithSecondFactor(): Promise<Set<number>> {
  const rows = await db.user.findMany({ where: { totpEnabledAt: { not: null } }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

/** Whether the office asks every officer for a second factor. */
export async function officeRequiresSecondFactor(): Promise<boolean> {
  return (await officeSettings()).secondFactorRequired;
}
