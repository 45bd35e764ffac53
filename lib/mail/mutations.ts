import "server-only";
import { RefusedError } from "../actions/errors";
import type { Actor, Tx } from "../db/write";
import { msg } from "../i18n/message";

/**
 * An administrator has a message tried again: a failed one gets a fresh set of attempts, a pending
 * one waiting out its backoff goes on the next pass. Each is one conditional update, as the
 * worker's claim is, so a message a worker holds right now is left to it, and one sent meanwhile
 * is never sent again.
 */
export async function retryMessage(tx: Tx, _actor: Actor, id: number, now: Date): Promise<"failed" | "waiting"> {
  const failed = await tx.outboxMessage.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: now, leaseOwner: null, leaseUntil: null },
  });
  if (failed.count === 1) return "failed";
  const waiting = await tx.outboxMessage.updateMany({
    where: { id, status: "PENDING", nextAttemptAt: { gt: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lte: now } }] },
    data: { nextAttemptAt: now },
  });
  if (waiting.count === 1) return "waiting";
  const message = await tx.outboxMessage.findUnique({ where: { id }, select: { status: true, leaseUntil: true } });
  if (!message) throw new RefusedError(msg("outboxRetry.gone"));
  if (message.status === "SENT") throw new RefusedError(msg("outboxRetry.alreadySent"));
  if (message.leaseUntil && message.leaseUntil > now) throw new RefusedError(msg("outboxRetry.beingSent"));
  throw new RefusedError(msg("outboxRetry.alreadyDue"));
}
