// Several workers, and a worker killed mid-send, on whichever engine the suite runs on (SQLite by
// default, PostgreSQL with TEST_DATABASE_URL): each message is sent once, and a worker's death
// resends at most the message it had in flight, with the same Message-ID.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db/write";
import { enqueueMail } from "@/lib/mail/enqueue";
import { DEFAULT_LEASE_MS, deliverPending } from "@/lib/mail/outbox";
import { startSmtp, type SmtpBehaviour, type TestSmtp } from "./mail-smtp";

const T = new Date("2025-03-03T08:00:00Z");
const MINUTE = 60_000;
const at = (ms: number) => new Date(T.getTime() + ms);

let smtp: TestSmtp | null = null;

async function serve(behaviour: SmtpBehaviour = {}): Promise<TestSmtp> {
  smtp = await startSmtp(behaviour);
  process.env.SMTP_URL = smtp.url;
  return smtp;
}

beforeEach(() => db.outboxMessage.deleteMany());
afterEach(async () => {
  await smtp?.close();
  smtp = null;
  delete process.env.SMTP_URL;
});

async function queue(count: number) {
  const keys: string[] = [];
  for (let n = 0; n < count; n++) {
    const dedupeKey = `workers:${randomUUID()}`;
    keys.push(dedupeKey);
    const to = `officer${n}@customs.test`;
    await writeTransaction((tx) =>
      enqueueMail(tx, { dedupeKey, kind: "digest", userId: null, to, subject: `Digest ${n}`, text: `Digest ${n}`, html: `<p>Digest ${n}</p>`, headers: {} }, T),
    );
  }
  return db.outboxMessage.findMany({ where: { dedupeKey: { in: keys } }, orderBy: { id: "asc" } });
}

/** Message-IDs seen more than once. */
function repeated(ids: string[]): string[] {
  return [...new Set(ids.filter((id, at) => ids.indexOf(id) !== at))];
}

/**
 * Holds the answer to the first message until a second one arrives, which only another worker can
 * send meanwhile: the workers are known to overlap, not merely to have been started together.
 */
function overlapping(server: () => TestSmtp): SmtpBehaviour["data"] {
  return async () => {
    if (server().arrived.length === 1) await Promise.race([server().arrivals(2), sleep(10_000)]);
    await sleep(Math.random() * 5);
    return null;
  };
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/**
 * `npm run notify -- --now <time>` as its own process, on this file's database. Node runs the
 * script itself (not through the tsx command, which would run it in a child of its own), so a
 * SIGKILL hits the worker.
 */
function notify(now: Date, { killWhen }: { killWhen?: Promise<void> } = {}): Promise<Run> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/notify.ts", "--now", now.toISOString()], {
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  void killWhen?.then(() => child.kill("SIGKILL"));
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, output })));
}

describe("several workers at once", () => {
  it("send each message once when passes run side by side in one process", async () => {
    const server: TestSmtp = await serve({ data: overlapping(() => server) });
    const rows = await queue(40);
    const reports = await Promise.all(["w1", "w2", "w3", "w4", "w5"].map((workerId) => deliverPending({ now: fixedClock(T), workerId })));

    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(40);
    expect(reports.filter((report) => report.sent > 0).length).toBeGreaterThan(1);
    const ids = server.accepted.map((one) => one.messageId);
    expect(repeated(ids)).toEqual([]);
    expect(ids.sort()).toEqual(rows.map((row) => row.messageId).sort());
    expect(await db.outboxMessage.count({ where: { status: "SENT", leaseOwner: null } })).toBe(40);
  });

  it("send each message once when two worker processes pass at the same time", { timeout: 60_000 }, async () => {
    const server: TestSmtp = await serve({ data: overlapping(() => server) });
    const rows = await queue(30);
    const runs = await Promise.all([notify(T), notify(T)]);

    for (const run of runs) expect(run, run.output).toMatchObject({ code: 0 });
    const sentBy = runs.map((run) => Number(/Mail: (\d+) sent/.exec(run.output)?.[1]));
    expect(sentBy[0]! + sentBy[1]!).toBe(30);
    expect(Math.min(...sentBy)).toBeGreaterThan(0);
    const ids = server.accepted.map((one) => one.messageId);
    expect(repeated(ids)).toEqual([]);
    expect(ids.sort()).toEqual(rows.map((row) => row.messageId).sort());
    expect(await db.outboxMessage.count({ where: { status: "SENT" } })).toBe(30);
  });
});

describe("a worker killed mid-batch", () => {
  it("loses nothing, and resends only the message in flight, with the same Message-ID, once its lease runs out", { timeout: 60_000 }, async () => {
    let stalled = false;
    const server = await serve({
      // The third message's data arrives, and the server never answers: the worker waits on it.
      data: () => {
        if (stalled || server.arrived.length !== 3) return null;
        stalled = true;
        return "stall";
      },
    });
    const rows = await queue(6);

    const killed = await notify(T, { killWhen: server.arrivals(3) });
    expect(killed.signal).toBe("SIGKILL");
    const inFlight = rows[2]!;
    expect((await db.outboxMessage.findMany({ where: { status: "SENT" }, orderBy: { id: "asc" } })).map((row) => row.id)).toEqual([rows[0]!.id, rows[1]!.id]);
    const leased = await db.outboxMessage.findUniqueOrThrow({ where: { id: inFlight.id } });
    expect(leased).toMatchObject({ status: "PENDING", attempts: 0, leaseUntil: at(DEFAULT_LEASE_MS) });
    expect(leased.leaseOwner).not.toBeNull();

    // Restarted while the dead worker's lease still holds: the others go, the one in flight waits.
    const restarted = await notify(at(5 * MINUTE));
    expect(restarted, restarted.output).toMatchObject({ code: 0 });
    expect(restarted.output).toContain("Mail: 3 sent");
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: inFlight.id } })).toMatchObject({ status: "PENDING", leaseOwner: leased.leaseOwner });

    // Once it runs out, the message in flight is sent again, under the Message-ID it had.
    const later = await notify(at(DEFAULT_LEASE_MS + MINUTE));
    expect(later, later.output).toMatchObject({ code: 0 });
    expect(later.output).toContain("Mail: 1 sent");

    const arrivedIds = server.arrived.map((one) => one.messageId);
    expect(repeated(arrivedIds)).toEqual([inFlight.messageId]);
    expect(arrivedIds.filter((id) => id === inFlight.messageId)).toHaveLength(2);
    expect([...new Set(arrivedIds)].sort()).toEqual(rows.map((row) => row.messageId).sort());
    expect(repeated(server.accepted.map((one) => one.messageId))).toEqual([]);
    expect(await db.outboxMessage.count({ where: { status: "SENT", leaseOwner: null } })).toBe(6);
  });
});
