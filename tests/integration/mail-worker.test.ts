// The worker's loop: a pass (the scheduler's work, then delivery) on every interval at the clock's
// time; a failing pass is logged and the next one runs; stopping leaves no lease behind. And the
// worker as npm start runs it, a process of its own that ends when its parent is gone.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Clock } from "@/lib/clock";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db/write";
import { enqueueMail } from "@/lib/mail/enqueue";
import { startWorker } from "@/lib/mail/worker";
import { startSmtp, type TestSmtp } from "./mail-smtp";

const T = new Date("2025-03-03T08:00:00Z");

let smtp: TestSmtp | null = null;

beforeEach(() => db.outboxMessage.deleteMany());
afterEach(async () => {
  await smtp?.close();
  smtp = null;
  delete process.env.SMTP_URL;
});

async function queue(to: string, now: Date) {
  const dedupeKey = `worker:${randomUUID()}`;
  await writeTransaction((tx) =>
    enqueueMail(tx, { dedupeKey, kind: "digest", userId: null, to, subject: "Digest", text: "Digest", html: "<p>Digest</p>", headers: {} }, now),
  );
  return db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } });
}

/** Resolves when `check` first holds, looking again on every log line. */
function logWatcher() {
  const lines: string[] = [];
  const waits: { check: (lines: string[]) => boolean; resolve: () => void }[] = [];
  return {
    lines,
    log: (line: string) => {
      lines.push(line);
      for (const wait of waits.filter((one) => one.check(lines))) wait.resolve();
    },
    until: (check: (lines: string[]) => boolean) => (check(lines) ? Promise.resolve() : new Promise<void>((resolve) => waits.push({ check, resolve }))),
  };
}

describe("the worker", () => {
  it("passes at the clock's time on every interval, logs a failing pass and carries on", async () => {
    let now = T;
    const clock: Clock = () => now;
    const message = await queue("olive@customs.test", T);
    process.env.SMTP_URL = "http://not-an-smtp-server";
    const out = logWatcher();
    const errors = logWatcher();
    const worker = startWorker({ clock, intervalMs: 5, log: out.log, logError: errors.log });

    await errors.until((lines) => lines.some((line) => line.startsWith("Mail delivery failed: SMTP_URL=")));
    expect(errors.lines).toContain(`Pass at ${T.toISOString()}`);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "PENDING", attempts: 0 });

    smtp = await startSmtp();
    now = new Date(T.getTime() + 60_000);
    process.env.SMTP_URL = smtp.url;
    await out.until((lines) => lines.some((line) => line.includes("1 sent")));
    await worker.stop();

    // The pass may have begun before the clock moved on; the clock is read again for each message.
    expect(out.lines).toContainEqual(expect.stringMatching(/^Pass at \S+: Mail: 1 sent, 0 to retry, 0 failed\.$/));
    expect(smtp.accepted.map((one) => one.messageId)).toEqual([message.messageId]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "SENT", sentAt: now, leaseOwner: null });
  });

  it("as npm start runs it, sends what falls due and stops when the process that started it is gone", { timeout: 60_000 }, async () => {
    smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
    // The worker runs at the real time: this message is due at once.
    const message = await queue("olive@customs.test", new Date(Date.now() - 1000));
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/notify.ts", "--every", "1"], {
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

    await smtp.arrivals(1);
    child.disconnect();
    expect(await exited, output).toBe(0);
    expect(output).toContain(`Mail worker: a pass every 1 s; mail goes through ${smtp.url}.`);
    expect(smtp.accepted.map((one) => one.messageId)).toEqual([message.messageId]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "SENT", leaseOwner: null });
  });
});
