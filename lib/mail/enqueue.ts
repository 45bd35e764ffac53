import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/write";

export interface OutgoingMail {
  /** What makes this message itself: a second composer of the same message (another instance's scheduler) writes nothing. */
  dedupeKey: string;
  kind: "digest" | "view-digest";
  userId: number | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** The domain part of Message-IDs: the app's host when known. */
export function messageIdDomain(): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).hostname || "sccp-tracker.local";
    } catch {
      return "sccp-tracker.local";
    }
  }
  return "sccp-tracker.local";
}

/**
 * Puts a message in the outbox, in the caller's transaction: it goes if and only if what composed
 * it commits. Its Message-ID is fixed here, so every attempt to send it (a retry, a resend after a
 * worker died mid-send) carries the same one and the receiver can tell them apart from new mail.
 * Returns false when a message with this dedupeKey is already there.
 */
export async function enqueueMail(tx: Tx, mail: OutgoingMail, now: Date): Promise<boolean> {
  const existing = await tx.outboxMessage.findUnique({ where: { dedupeKey: mail.dedupeKey }, select: { id: true } });
  if (existing) return false;
  await tx.outboxMessage.create({
    data: {
      messageId: `<${randomUUID()}@${messageIdDomain()}>`,
      dedupeKey: mail.dedupeKey,
      kind: mail.kind,
      userId: mail.userId,
      toAddress: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: JSON.stringify(mail.headers),
      nextAttemptAt: now,
      createdAt: now,
    },
  });
  return true;
}
