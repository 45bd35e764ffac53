import "server-only";
import { RefusedError } from "../actions/errors";
import type { Actor, Tx } from "../db/write";
import { msg } from "../i18n/message";

// Reading is the officer's own business: only their own notifications change, and nothing is
// audited. Each write is one conditional statement, so two tabs marking at once cannot clash.

/** Marks one of the officer's notifications read at `now`; one already read stays as it was. */
export async function markNotificationRead(tx: Tx, actor: Actor, input: { id: number; now: Date }): Promise<{ marked: number }> {
  const { count } = await tx.notification.updateMany({ where: { id: input.id, userId: actor.id, readAt: null }, data: { readAt: input.now } });
  if (count === 0 && !(await tx.notification.findFirst({ where: { id: input.id, userId: actor.id }, select: { id: true } }))) {
    throw new RefusedError(msg("notifications.gone"));
  }
  return { marked: count };
}

/** Marks the officer's unread notifications up to `upTo` (the newest the page showed) read at `now`. */
export async function markAllNotificationsRead(tx: Tx, actor: Actor, input: { upTo: number; now: Date }): Promise<{ marked: number }> {
  const { count } = await tx.notification.updateMany({ where: { userId: actor.id, readAt: null, id: { lte: input.upTo } }, data: { readAt: input.now } });
  return { marked: count };
}
