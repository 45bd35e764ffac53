// Digests as an officer's mail server receives them: composed by the scheduler's digest step,
// sent by the mail worker to a real SMTP server in this process, and parsed back (mailparser):
// multipart text and HTML in the officer's language, the one-click unsubscribe headers, and the
// links they carry unsubscribing through the app's own route and page logic.
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as oneClick } from "@/app/api/unsubscribe/route";
import { hashPassword } from "@/lib/auth/password";
import { fixedClock } from "@/lib/clock";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { composeDueDigests } from "@/lib/digests/run";
import { unsubscribeByLink } from "@/lib/digests/unsubscribe";
import { deliverPending } from "@/lib/mail/outbox";
import { seedDatabase } from "@/prisma/seed/seed";
import { startSmtp, type Received, type TestSmtp } from "./mail-smtp";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
  process.env.NEXTAUTH_URL = "https://tracker.customs.example";
});

const MONDAY = new Date("2024-06-03T08:30:00Z");
const FROM = "SCCP Tracker <sccp-tracker@customs.example>";

let smtp: TestSmtp;
let mei: User;
let lin: User;
let received: Map<string, Received>;

beforeAll(async () => {
  delete process.env.APP_TIME_ZONE;
  await seedDatabase(db);
  await db.office.create({ data: { id: 1, economyCode: "US" } });
  const passwordHash = await hashPassword("x-long-password");
  const createdAt = new Date("2024-01-01T00:00:00Z");
  mei = await db.user.create({ data: { email: "mei.lin@customs.example", name: "Mei Lin", passwordHash, createdAt } });
  lin = await db.user.create({ data: { email: "lin@customs.example", name: "林志明", passwordHash, createdAt, economyCode: "JP", locale: "zh-TW" } });
  const view = await db.savedView.create({ data: { ownerId: lin.id, name: "Japan's projects", query: "proposer=JP", shared: true } });
  await db.viewSubscription.create({ data: { userId: mei.id, viewId: view.id, createdAt } });

  smtp = await startSmtp();
  expect(await composeDueDigests(MONDAY)).toMatchObject({ composed: 3 });
  const report = await deliverPending({ now: fixedClock(MONDAY), settings: { url: smtp.url, from: FROM } });
  expect(report).toMatchObject({ sent: 3, failed: 0, retrying: 0 });
  received = new Map(smtp.accepted.map((mail) => [mail.parsed.subject ?? "", mail]));
});

afterAll(async () => {
  await smtp.close();
  delete process.env.NEXTAUTH_URL;
});

function mailTo(address: string, subjectStart: string): ParsedMail {
  const mail = [...received.values()].find((one) => one.envelope.to.includes(address) && one.parsed.subject?.startsWith(subjectStart));
  if (!mail) throw new Error(`No mail to ${address} whose subject starts "${subjectStart}"; got ${[...received.keys()].join(" | ")}`);
  return mail.parsed;
}

/** A header as the receiving server got it, e.g. List-Unsubscribe. */
function header(mail: ParsedMail, name: string): string {
  const line = mail.headerLines.find((one) => one.key === name.toLowerCase());
  if (!line) throw new Error(`No ${name} header.`);
  return line.line
    .slice(line.line.indexOf(":") + 1)
    .replace(/\r?\n\s+/g, " ")
    .trim();
}

describe("a digest as received", () => {
  it("is multipart text and HTML, from the configured sender, with its content", () => {
    const mail = mailTo("mei.lin@customs.example", "SCCP Tracker: ");
    expect(mail.subject).toBe("SCCP Tracker: 2 overdue, 1 due within 30 days");
    expect(mail.from?.text).toBe('"SCCP Tracker" <sccp-tracker@customs.example>');
    expect(mail.text).toContain("Preliminary report · April 2024");
    expect(mail.text).toContain("Virtual workshop · June 2024");
    expect(mail.html).toContain("Preliminary report · April 2024");
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.messageId).toMatch(/@tracker\.customs\.example>$/);
  });

  it("is in the officer's language", () => {
    const mail = mailTo("lin@customs.example", "SCCP 工作計畫追蹤系統");
    expect(mail.subject).toBe("SCCP 工作計畫追蹤系統：逾期 1 項");
    expect(mail.text).toContain("研討會報告・2024年5月");
    expect(mail.html).toContain('<html lang="zh-Hant-TW">');
  });

  it("carries a saved view's digest of its own", () => {
    const mail = mailTo("mei.lin@customs.example", "SCCP Tracker · ");
    expect(mail.subject).toBe("SCCP Tracker · “Japan's projects”: 1 overdue");
    expect(mail.text).toContain("Workshop report · May 2024");
    expect(header(mail, "List-Unsubscribe")).toMatch(/t=view%3A\d+|t=view:\d+/);
  });
});

describe("unsubscribing from what was received", () => {
  it("works in one click from the List-Unsubscribe-Post headers, without signing in", async () => {
    const mail = mailTo("mei.lin@customs.example", "SCCP Tracker: ");
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const address = /^<(https:\/\/tracker\.customs\.example\/api\/unsubscribe\?[^>]+)>$/.exec(header(mail, "List-Unsubscribe"))![1]!;
    const response = await oneClick(
      new Request(address, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }),
    );
    expect(response.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: mei.id } })).digestFrequency).toBe("OFF");
  });

  it("works from the link in the message's text, which opens the unsubscribe page", async () => {
    const mail = mailTo("lin@customs.example", "SCCP 工作計畫追蹤系統");
    const link = /(https:\/\/tracker\.customs\.example\/unsubscribe\?\S+)/.exec(mail.text ?? "")![1]!;
    expect(mail.html).toContain(`href="${link.replace(/&/g, "&amp;")}"`);
    const state = await unsubscribeByLink(Object.fromEntries(new URL(link).searchParams));
    expect(state).toMatchObject({ ok: true, digest: "OFF", locale: "zh-TW", email: "lin@customs.example" });
    expect((await db.user.findUniqueOrThrow({ where: { id: lin.id } })).digestFrequency).toBe("OFF");
  });
});
