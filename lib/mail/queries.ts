import "server-only";
import { db } from "../db";
import type { OutboxStatus } from "../db/generated/enums";
import { OUTBOX_STATUSES, type OutboxFilters } from "./schema";
import { describeSmtpUrl, mailSettings } from "./transport";

export const OUTBOX_PAGE_SIZE = 50;

export interface OutboxRow {
  id: number;
  messageId: string;
  kind: string;
  toAddress: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: Date;
  /** For a pending message, when it goes; in the past means on the worker's next pass. */
  nextAttemptAt: Date;
  sentAt: Date | null;
  /** The SMTP server's last answer, or why the message waits (an encoded message). */
  lastResponse: string | null;
  /** A worker is sending it now. */
  inFlight: boolean;
}

/** The outbox, newest first, one status or all, a page at a time, with the count of each status. */
export async function listOutbox(filters: OutboxFilters, now: Date) {
  const where = filters.status ? { status: filters.status } : {};
  const [total, found, grouped] = await Promise.all([
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({
      where,
      select: {
        id: true,
        messageId: true,
        kind: true,
        toAddress: true,
        subject: true,
        status: true,
        attempts: true,
        createdAt: true,
        nextAttemptAt: true,
        sentAt: true,
        lastResponse: true,
        leaseUntil: true,
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
    }),
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const rows: OutboxRow[] = found.map(({ leaseUntil, ...row }) => ({ ...row, inFlight: row.status === "PENDING" && !!leaseUntil && leaseUntil > now }));
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, grouped.find((group) => group.status === status)?._count._all ?? 0])) as Record<
    OutboxStatus,
    number
  >;
  return { rows, total, page: filters.page, pageSize: OUTBOX_PAGE_SIZE, counts };
}

export type SmtpStatus = { state: "configured"; server: string; from: string } | { state: "missing" } | { state: "invalid"; problem: string };

/** What the banner says: where mail goes, or why it stays in the outbox. */
export function smtpStatus(): SmtpStatus {
  try {
    const settings = mailSettings();
    return settings.url ? { state: "configured", server: describeSmtpUrl(settings.url), from: settings.from } : { state: "missing" };
  } catch (error) {
    return { state: "invalid", problem: error instanceof Error ? error.message : String(error) };
  }
}
