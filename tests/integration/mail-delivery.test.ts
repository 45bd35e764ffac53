// Delivery of the outbox to a real SMTP server in this process: what arrives (multipart text and
// HTML, the stored headers and Message-ID), what the outbox records of each answer, the backoff
// and its limit, mail kept while SMTP is not configured, and the administrators' retry.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { fixedClock } from "@/lib/clock";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { writeTransaction } from "@/lib/db/write";
import { retryOutboxMessage } from "@/lib/mail/actions";
import { enqueueMail, type OutgoingMail } from "@/lib/mail/enqueue";
import { deliverPending, MAX_ATTEMPTS, NO_SMTP } from "@/lib/mail/outbox";
import { formData, submitForm } from "../support/action-calls";
import { rendered } from "../support/messages";
import { WITH_SECOND_FACTOR } from "../support/second-factor";
import { startSmtp, type SmtpBehaviour, type TestSmtp } from "./mail-smtp";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const T = new Date("2025-03-03T08:00:00Z");
const MINUTE = 60_000;
const at = (minutes: number) => new Date(T.getTime() + minutes * MINUTE);

let smtp: TestSmtp | null = null;

async function serve(behaviour: SmtpBehaviour = {}): Promise<TestSmtp> {
  smtp = await startSmtp(behaviour);
  process.env.SMTP_URL = smtp.url;
  return smtp;
}

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
});
afterEach(async () => {
  await smtp?.close();
  smtp = null;
});

function mail(to: string, overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  return {
    dedupeKey: `test:${randomUUID()}`,
    kind: "digest",
    userId: null,
    to,
    subject: `Your digest, ${to}`,
    text: `Overdue: 1\nFor ${to}`,
    html: `<p>Overdue: <b>1</b></p><p>For ${to}</p>`,
    headers: {},
    ...overrides,
  };
}

/** Puts messages in the outbox as a composer would, each in its own transaction; returns their rows in order. */
async function queue(mails: OutgoingMail[], now = T) {
  for (const one of mails) await writeTransaction((tx) => enqueueMail(tx, one, now));
  return db.outboxMessage.findMany({ where: { dedupeKey: { in: mails.map((one) => one.dedupeKey) } }, orderBy: { id: "asc" } });
}

const rowOf = (id: number) => db.outboxMessage.findUniqueOrThrow({ where: { id } });

describe("a message delivered", () => {
  it("arrives as multipart text and HTML, with its stored Message-ID and headers, from MAIL_FROM", async () => {
    const server = await serve({ login: { user: "mailer@customs.test", pass: "p@ss:w/rd" } });
    process.env.MAIL_FROM = "SCCP Tracker <tracker@customs.test>";
    const headers = { "List-Unsubscribe": "<https://tracker.test/unsubscribe/abc>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
    const [row] = await queue([
      mail("olive@customs.test", {
        subject: "Weekly digest — 每週摘要",
        text: "2 milestones overdue\n逾期里程碑 2 項\nhttps://tracker.test/items/7",
        html: '<p>2 milestones overdue</p><p>逾期里程碑 2 項</p><p><a href="https://tracker.test/items/7">Item 7</a></p>',
        headers,
      }),
    ]);

    expect(await deliverPending({ now: fixedClock(T) })).toEqual({ sent: 1, retrying: 0, failed: 0, held: 0, stoppedBy: null });

    expect(server.accepted).toHaveLength(1);
    const [{ parsed, envelope, raw }] = server.accepted as [(typeof server.accepted)[0]];
    expect(envelope).toEqual({ from: "tracker@customs.test", to: ["olive@customs.test"] });
    expect(parsed.messageId).toBe(row!.messageId);
    expect(parsed.subject).toBe("Weekly digest — 每週摘要");
    expect(parsed.from?.value).toEqual([{ name: "SCCP Tracker", address: "tracker@customs.test" }]);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value : null).toEqual([{ name: "", address: "olive@customs.test" }]);
    expect(parsed.date?.toISOString()).toBe(T.toISOString());
    expect((parsed.headers.get("content-type") as { value: string }).value).toBe("multipart/alternative");
    expect(parsed.text?.trim()).toBe("2 milestones overdue\n逾期里程碑 2 項\nhttps://tracker.test/items/7");
    expect(typeof parsed.html === "string" ? parsed.html.trim() : parsed.html).toBe(
      '<p>2 milestones overdue</p><p>逾期里程碑 2 項</p><p><a href="https://tracker.test/items/7">Item 7</a></p>',
    );
    expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/tracker\.test\/unsubscribe\/abc>\r$/m);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);

    const sent = await rowOf(row!.id);
    expect(sent).toMatchObject({ status: "SENT", sentAt: T, attempts: 1, leaseOwner: null, leaseUntil: null });
    expect(sent.lastResponse).toMatch(/^250 .*Queued as 1/);
    // Sent is sent: the next pass finds nothing to do.
    expect(await deliverPending({ now: fixedClock(at(60)) })).toMatchObject({ sent: 0 });
    expect(server.accepted).toHaveLength(1);
  });

  it("is not sent before its time", async () => {
    const server = await serve();
    const [later] = await queue([mail("later@customs.test")], at(30));
    expect(await deliverPending({ now: fixedClock(at(29)) })).toMatchObject({ sent: 0 });
    expect(await deliverPending({ now: fixedClock(at(30)) })).toMatchObject({ sent: 1 });
    expect(server.accepted.map((one) => one.messageId)).toEqual([later!.messageId]);
  });
});

describe("without SMTP_URL", () => {
  it("sends nothing and drops nothing: due messages stay pending with the reason, and go once SMTP is configured", async () => {
    const rows = await queue([mail("a@customs.test"), mail("b@customs.test")]);
    const [notYet] = await queue([mail("c@customs.test")], at(120));

    expect(await deliverPending({ now: fixedClock(at(1)) })).toEqual({ sent: 0, retrying: 0, failed: 0, held: 2, stoppedBy: null });
    for (const row of rows) {
      expect(await rowOf(row.id)).toMatchObject({ status: "PENDING", attempts: 0, nextAttemptAt: T, lastResponse: NO_SMTP, leaseOwner: null });
    }
    expect((await rowOf(notYet!.id)).lastResponse).toBeNull();
    expect(rendered(NO_SMTP)).toContain("SMTP_URL is not set");
    expect(rendered(NO_SMTP, "zh-TW")).toContain("SMTP_URL");

    const server = await serve();
    expect(await deliverPending({ now: fixedClock(at(2)) })).toMatchObject({ sent: 2, held: 0 });
    expect(server.accepted.map((one) => one.messageId).sort()).toEqual(rows.map((row) => row.messageId).sort());
    for (const row of rows) expect((await rowOf(row.id)).lastResponse).toMatch(/^250 /);
  });
});

describe("refusals", () => {
  it("while the server turns mail away for a while, passes at later times deliver every message exactly once", async () => {
    const tries = new Map<string, number>();
    const tried = (to: string) => {
      tries.set(to, (tries.get(to) ?? 0) + 1);
      return tries.get(to)!;
    };
    const server = await serve({
      // a0 and a1: the mailbox is busy at RCPT for their first two tries.
      rcpt: (to) => (to.startsWith("a") && tried(to) <= 2 ? { code: 451, text: "4.2.1 Mailbox busy, try later" } : null),
      data: ({ envelope }) => {
        const [to] = envelope.to as [string];
        if (to.startsWith("a")) return null;
        const attempt = tried(to);
        // b0 and b1: refused after DATA three times; c0: the server closes on it once.
        if (to.startsWith("b") && attempt <= 3) return { code: 451, text: "4.3.0 Queue full, try again later" };
        if (to.startsWith("c") && attempt === 1) return { code: 421, text: "4.3.2 Shutting down, come back later" };
        return null;
      },
    });
    const recipients = ["a0", "a1", "b0", "b1", "c0", "d0", "d1"].map((name) => `${name}@customs.test`);
    const rows = await queue(recipients.map((to) => mail(to)));

    const stops: string[] = [];
    let minute = 0;
    for (; minute <= 60; minute++) {
      const report = await deliverPending({ now: fixedClock(at(minute)) });
      if (report.stoppedBy) stops.push(report.stoppedBy);
      if ((await db.outboxMessage.count({ where: { status: { not: "SENT" } } })) === 0) break;
    }
    expect(minute).toBeLessThan(60);
    // The 421 says the server is going away: the pass ends there instead of failing the rest.
    expect(stops).toEqual([expect.stringContaining("421")]);

    const ids = server.accepted.map((one) => one.messageId);
    expect(ids.sort()).toEqual(rows.map((row) => row.messageId).sort());
    expect(new Set(ids).size).toBe(rows.length);
    for (const row of rows) {
      const after = await rowOf(row.id);
      expect(after.status).toBe("SENT");
      // Each try the server saw is one the outbox counted, and the last answer is the acceptance.
      expect(after.attempts).toBe(tries.get(row.toAddress) ?? 1);
      expect(after.lastResponse).toMatch(/^250 /);
    }
  });

  it("keeps the server's answer, and waits a minute, then twice as long each time, up to four hours", async () => {
    await serve({ data: () => ({ code: 451, text: "4.3.0 Try again later" }) });
    const [row] = await queue([mail("flaky@customs.test")]);
    const waits: number[] = [];
    let now = T;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await deliverPending({ now: fixedClock(now) })).toMatchObject({ retrying: 1, sent: 0 });
      const after = await rowOf(row!.id);
      expect(after).toMatchObject({ status: "PENDING", attempts: attempt, leaseOwner: null, leaseUntil: null });
      expect(after.lastResponse).toMatch(/^451 4\.3\.0 Try again later/);
      // Not a moment before its time.
      expect(await deliverPending({ now: fixedClock(new Date(after.nextAttemptAt.getTime() - 1)) })).toMatchObject({ retrying: 0 });
      waits.push((after.nextAttemptAt.getTime() - now.getTime()) / MINUTE);
      now = after.nextAttemptAt;
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 240]);
    expect(await deliverPending({ now: fixedClock(now) })).toMatchObject({ failed: 1 });
    expect(await rowOf(row!.id)).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(await deliverPending({ now: fixedClock(at(24 * 60)) })).toMatchObject({ sent: 0, retrying: 0, failed: 0 });
  });

  it("leaves a message the server refuses for good as failed at once, with the server's answer, and the rest go on", async () => {
    const server = await serve({ rcpt: (to) => (to === "nobody@customs.test" ? { code: 550, text: "5.1.1 No such user here" } : null) });
    const [refused, fine] = await queue([mail("nobody@customs.test"), mail("olive@customs.test")]);
    expect(await deliverPending({ now: fixedClock(T) })).toEqual({ sent: 1, retrying: 0, failed: 1, held: 0, stoppedBy: null });
    expect(await rowOf(refused!.id)).toMatchObject({ status: "FAILED", attempts: 1 });
    expect((await rowOf(refused!.id)).lastResponse).toMatch(/^550 5\.1\.1 No such user here/);
    expect(server.accepted.map((one) => one.messageId)).toEqual([fine!.messageId]);
  });

  it("retries a refused login later instead of failing the message, and stops the pass there", async () => {
    const server = await serve({ login: { user: "mailer", pass: "right" } });
    process.env.SMTP_URL = `smtp://mailer:wrong@127.0.0.1:${server.port}`;
    const rows = await queue([mail("a@customs.test"), mail("b@customs.test")]);
    const report = await deliverPending({ now: fixedClock(T) });
    expect(report).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
    expect(report.stoppedBy).toMatch(/535/);
    expect(await rowOf(rows[0]!.id)).toMatchObject({ status: "PENDING", attempts: 1, nextAttemptAt: at(1) });
    expect(await rowOf(rows[1]!.id)).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});

describe("the outbox page's retry", () => {
  let admin: User;
  let editor: User;

  beforeAll(async () => {
    const passwordHash = await hashPassword("a-long-enough-password");
    admin = await db.user.create({ data: { email: "admin@mail.test", name: "Ada Admin", role: "ADMIN", passwordHash, ...WITH_SECOND_FACTOR } });
    editor = await db.user.create({ data: { email: "editor@mail.test", name: "Eddie Editor", role: "EDITOR", passwordHash } });
  });

  const signIn = (user: User) =>
    vi.mocked(readSessionClaims).mockResolvedValue({ userId: user.id, sessionVersion: user.sessionVersion, sessionId: "test-session", method: "password" });
  const retry = (id: number | string) => submitForm(retryOutboxMessage, formData({ id }));

  it("gives a failed message a fresh set of tries, and it is then sent once", async () => {
    const server = await serve({ rcpt: () => ({ code: 550, text: "5.7.1 Relaying denied" }) });
    const [row] = await queue([mail("olive@customs.test")]);
    await deliverPending({ now: fixedClock(T) });
    expect(await rowOf(row!.id)).toMatchObject({ status: "FAILED", attempts: 1 });

    signIn(editor);
    const refused = await retry(row!.id);
    expect(refused.result).toMatchObject({ ok: false });
    expect(rendered(refused.result!.message)).toBe("Your role does not allow this change.");
    expect(await rowOf(row!.id)).toMatchObject({ status: "FAILED", attempts: 1 });

    signIn(admin);
    const before = new Date();
    const done = await retry(row!.id);
    expect(done.result).toMatchObject({ ok: true });
    expect(rendered(done.result!.message)).toBe("The message goes on the mail worker's next pass, with a fresh set of tries.");
    const again = await rowOf(row!.id);
    expect(again).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(again.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    // Relaying fixed on the server's side: the next pass sends it, once.
    await server.close();
    const fixed = await serve();
    expect(await deliverPending({ now: fixedClock(new Date(again.nextAttemptAt.getTime() + 1)) })).toMatchObject({ sent: 1 });
    expect(fixed.accepted.map((one) => one.messageId)).toEqual([row!.messageId]);
    expect(rendered((await retry(row!.id)).result!.message)).toBe("This message was sent already; it is never sent twice.");
  });

  it("sends a message waiting out its backoff on the next pass, but leaves one a worker holds to it", async () => {
    const [waiting, held] = await queue([mail("a@customs.test"), mail("b@customs.test")]);
    const later = new Date(Date.now() + 60 * MINUTE);
    await db.outboxMessage.update({ where: { id: waiting!.id }, data: { attempts: 2, nextAttemptAt: later } });
    await db.outboxMessage.update({ where: { id: held!.id }, data: { leaseOwner: "another-worker", leaseUntil: later } });

    signIn(admin);
    const sooner = await retry(waiting!.id);
    expect(rendered(sooner.result!.message)).toBe("The message goes on the mail worker's next pass.");
    const after = await rowOf(waiting!.id);
    expect(after).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(after.nextAttemptAt.getTime()).toBeLessThan(later.getTime());
    expect(rendered((await retry(waiting!.id)).result!.message)).toBe("This message goes on the mail worker's next pass already.");

    expect(rendered((await retry(held!.id)).result!.message)).toBe("The mail worker is sending this message right now.");
    expect(await rowOf(held!.id)).toMatchObject({ leaseOwner: "another-worker", leaseUntil: later });

    expect(rendered((await retry(999_999)).result!.message)).toBe("This message is no longer in the outbox.");
    const bad = await retry("1; DROP TABLE");
    expect(bad.result).toMatchObject({ ok: false });
  });
});
