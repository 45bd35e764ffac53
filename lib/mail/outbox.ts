import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { NodemailerError } from "nodemailer";
import type { Clock } from "../clock";
import { db } from "../db";
import type { OutboxMessage, Prisma } from "../db/generated/client";
import { msg } from "../i18n/message";
import { createMailTransport, mailSettings, SEND_TIMEOUT_MS, type MailSettings, type MailTransport } from "./transport";

/** Tries of one message before it is left for an administrator (about eight hours of retries). */
export const MAX_ATTEMPTS = 10;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 4 * 60 * 60_000;
/** Longer than any send may take (SEND_TIMEOUT_MS), so only a dead worker's lease runs out. */
export const DEFAULT_LEASE_MS = 10 * 60_000;
const DEFAULT_BATCH_SIZE = 500;

/** Why due messages wait: recorded on each, so the outbox page says so. */
export const NO_SMTP = msg("outbox.waiting");

/** The wait after the n-th failed attempt: a minute, doubling, at most four hours. */
function retryDelayMs(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LONGEST_RETRY_MS);
}

export interface DeliveryReport {
  sent: number;
  /** Refused or failed this time; tried again after the backoff. */
  retrying: number;
  /** Refused for good, or out of attempts: left for an administrator. */
  failed: number;
  /** Due but kept in the outbox because SMTP_URL is not set. */
  held: number;
  /** The server's answer or the error that ended the pass early: the server itself is unavailable. */
  stoppedBy: string | null;
}

export interface DeliverOptions {
  now: Clock;
  /** Names this worker's leases; unique per process by default. */
  workerId?: string;
  /** At most this many messages in one pass. */
  batchSize?: number;
  leaseMs?: number;
  /** SMTP_URL and MAIL_FROM as given, instead of from the environment. */
  settings?: MailSettings;
  /** The transport to send through instead of one made from the settings; null sends nothing. */
  transport?: MailTransport | null;
  /** Ends the pass after the message in flight: a worker that is stopping leaves no lease behind. */
  signal?: AbortSignal;
}

export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Due, and not in another worker's hands: free, or held by one whose lease ran out (it died mid-send). */
function claimable(now: Date): Prisma.OutboxMessageWhereInput {
  return { status: "PENDING", nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lte: now } }] };
}

/**
 * Takes the next due message for this worker. The claim is one conditional UPDATE: of several
 * workers (processes, instances) that found the same message, the database lets exactly one match
 * it (PostgreSQL re-reads the row after waiting for the first one's update; SQLite has one writer),
 * and the others look for the next one.
 */
async function claimNext(now: Date, workerId: string, leaseMs: number): Promise<OutboxMessage | null> {
  for (;;) {
    const candidate = await db.outboxMessage.findFirst({ where: claimable(now), orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }], select: { id: true } });
    if (!candidate) return null;
    const { count } = await db.outboxMessage.updateMany({
      where: { id: candidate.id, ...claimable(now) },
      data: { leaseOwner: workerId, leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    if (count === 1) return db.outboxMessage.findUniqueOrThrow({ where: { id: candidate.id } });
  }
}

interface Failure {
  response: string;
  /** The server refused this message for good (5xx): sending it again would get the same answer. */
  permanent: boolean;
  /** The server, not the message, is the trouble: the rest of the pass would fail the same way. */
  serverUnavailable: boolean;
}

const SERVER_TROUBLE = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT", "EDNS", "ETLS", "EAUTH", "ENOAUTH", "EPROXY", "EABORT"]);

function failureOf(error: unknown): Failure {
  const failure = (error ?? {}) as NodemailerError;
  const response = (failure.response || failure.message || String(error)).trim();
  const serverUnavailable = failure.responseCode === 421 || SERVER_TROUBLE.has(failure.code ?? "");
  // A refused login is the configuration's fault, not the message's: it is retried.
  return { response, permanent: failure.permanent === true && !serverUnavailable, serverUnavailable };
}

/** The headers the composer stored (List-Unsubscribe and the like); unreadable ones are a fault of the message itself. */
function storedHeaders(message: OutboxMessage): Record<string, string> | null {
  try {
    const headers: unknown = JSON.parse(message.headers);
    if (typeof headers !== "object" || headers === null || Array.isArray(headers)) return null;
    return Object.values(headers).every((value) => typeof value === "string") ? (headers as Record<string, string>) : null;
  } catch {
    return null;
  }
}

/** Hands the message to the server: its answer when accepted, or why not. */
async function send(transport: MailTransport, from: string, message: OutboxMessage, now: Date): Promise<{ accepted: string } | Failure> {
  const headers = storedHeaders(message);
  if (!headers) return { response: `Message ${message.messageId} has unreadable stored headers.`, permanent: true, serverUnavailable: false };
  try {
    const info = await transport.sendMail({
      from,
      to: message.toAddress,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: message.messageId,
      headers,
      date: now,
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    return { accepted: info.response };
  } catch (error) {
    return failureOf(error);
  }
}

/** Only while this worker still holds the lease: after it ran out, the message is another worker's. */
function finish(message: OutboxMessage, workerId: string, data: Prisma.OutboxMessageUpdateManyMutationInput) {
  return db.outboxMessage.updateMany({ where: { id: message.id, leaseOwner: workerId }, data: { ...data, leaseOwner: null, leaseUntil: null } });
}

/** Without SMTP nothing is sent and nothing dropped: each due message says why it waits. */
async function holdForSmtp(now: Date): Promise<number> {
  await db.outboxMessage.updateMany({
    where: { AND: [claimable(now), { OR: [{ lastResponse: null }, { lastResponse: { not: NO_SMTP } }] }] },
    data: { lastResponse: NO_SMTP },
  });
  return db.outboxMessage.count({ where: claimable(now) });
}

/**
 * One delivery pass: sends the due messages one at a time, each under a lease in the database, so
 * several workers at once send each message once. A message goes with its stored Message-ID, so
 * when a worker dies between the server's acceptance and the record of it, the one resend its
 * lease allows (after it runs out) is recognisably the same message.
 */
export async function deliverPending(options: DeliverOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, held: 0, stoppedBy: null };
  const settings = options.settings ?? mailSettings();
  const ownTransport = options.transport === undefined;
  const transport = ownTransport ? createMailTransport(settings) : options.transport;
  if (!transport) {
    report.held = await holdForSmtp(options.now());
    return report;
  }
  const workerId = options.workerId ?? defaultWorkerId();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  try {
    for (let taken = 0; taken < (options.batchSize ?? DEFAULT_BATCH_SIZE) && !options.signal?.aborted; taken++) {
      const message = await claimNext(options.now(), workerId, leaseMs);
      if (!message) break;
      const outcome = await send(transport, settings.from, message, options.now());
      if ("accepted" in outcome) {
        await finish(message, workerId, { status: "SENT", sentAt: options.now(), attempts: { increment: 1 }, lastResponse: outcome.accepted });
        report.sent++;
        continue;
      }
      const attempts = message.attempts + 1;
      const givenUp = outcome.permanent || attempts >= MAX_ATTEMPTS;
      const now = options.now();
      await finish(message, workerId, {
        status: givenUp ? "FAILED" : "PENDING",
        attempts: { increment: 1 },
        lastResponse: outcome.response,
        nextAttemptAt: givenUp ? undefined : new Date(now.getTime() + retryDelayMs(attempts)),
      });
      if (givenUp) report.failed++;
      else report.retrying++;
      if (outcome.serverUnavailable) {
        report.stoppedBy = outcome.response;
        break;
      }
    }
  } finally {
    if (ownTransport) transport.close();
  }
  return report;
}
