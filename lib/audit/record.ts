import type { Tx } from "../db/write";
import { notifyOfChange } from "../notifications/fan-out";

/** Every kind of change the audit trail records; the audit page filters on these names. */
export const AUDIT_ACTIONS = [
  "item.create",
  "item.update",
  "item.archive",
  "item.restore",
  "item.delete",
  "cosponsor.add",
  "cosponsor.withdraw",
  "cosponsor.remove",
  "milestone.create",
  "milestone.update",
  "milestone.complete",
  "milestone.move",
  "milestone.delete",
  "meeting.create",
  "meeting.update",
  "meeting.link",
  "meeting.unlink",
  "agenda.create",
  "agenda.update",
  "agenda.delete",
  "delegation.create",
  "delegation.update",
  "delegation.delete",
  "intervention.create",
  "intervention.update",
  "intervention.delete",
  "recommendation.create",
  "recommendation.update",
  "recommendation.delete",
  "document.upload",
  "document.replace",
  "document.update",
  "document.archive",
  "document.restore",
  "followup.create",
  "followup.update",
  "followup.complete",
  "followup.delete",
  "position.set",
  "position.clear",
  "import.apply",
  "user.create",
  "user.role",
  "user.deactivate",
  "user.reactivate",
  "user.reset-password",
  "user.change-password",
  "user.locale",
  "user.tableColumns",
  "user.economy",
  "user.digest",
  "user.second-factor-on",
  "user.second-factor-off",
  "user.recovery-codes",
  "user.recovery-code-used",
  "user.reset-second-factor",
  "user.sessions-ended",
  "user.sso-link",
  "office.update",
  "follow.set",
  "view.create",
  "view.update",
  "view.delete",
  "view.subscribe",
  "view.unsubscribe",
  "digest.unsubscribe",
  "digest.resubscribe",
  "outbox.retry",
  "token.create",
  "token.renew",
  "token.revoke",
  "sign-in.clear",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  userId: number | null;
  action: AuditAction;
  entityType: string;
  entityId: string | number;
  itemId?: number | null;
  summary: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Written inside the change's own transaction, so a change and its record stand or fall together;
 * so do the notices it gives the officers who follow its item (lib/notifications/fan-out.ts),
 * whichever way the change came.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const event = await tx.auditEvent.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      itemId: entry.itemId ?? null,
      summary: entry.summary,
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: entry.after ? JSON.stringify(entry.after) : null,
    },
    select: { id: true, at: true },
  });
  await notifyOfChange(tx, {
    id: event.id,
    at: event.at,
    userId: entry.userId,
    action: entry.action,
    entityId: String(entry.entityId),
    itemId: entry.itemId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** Only the fields that changed, before and after. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (normalise(before[key]) !== normalise(after[key])) {
      was[key] = before[key] ?? null;
      now[key] = after[key] ?? null;
    }
  }
  return { before: was, after: now, changed: Object.keys(now) };
}

function normalise(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value ?? null);
}
