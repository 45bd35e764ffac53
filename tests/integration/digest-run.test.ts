// The scheduler's digest step over the seeded 2024 plan, at an injected moment: who gets a digest
// and when, what it says and in which language, saved views' digests, nothing sent when there is
// nothing to say, two runs at once composing each digest once, and the one-click unsubscribe that
// every digest carries.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as oneClick } from "@/app/api/unsubscribe/route";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import type { DigestFrequency } from "@/lib/db/generated/enums";
import { writeTransaction } from "@/lib/db/write";
import { composeDueDigests } from "@/lib/digests/run";
import { linkState, resubscribeByLink, unsubscribeByLink } from "@/lib/digests/unsubscribe";
import { changeItemFields } from "@/lib/items/mutations";
import { verifyUnsubscribe } from "@/lib/mail/unsubscribe";
import { seedDatabase } from "@/prisma/seed/seed";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
  process.env.NEXTAUTH_URL = "https://tracker.customs.example";
});

// Monday 3 June 2024, half past eight in the office (UTC): weekly Monday and daily digests are due.
const MONDAY = new Date("2024-06-03T08:30:00Z");
const SLOT = new Date("2024-06-03T08:00:00Z");
const LAST_WEEK = new Date("2024-05-27T08:00:00Z");
const LONG_AGO = new Date("2024-01-01T00:00:00Z");

let mei: User; // the United States (the office's economy), English, weekly on Monday
let lin: User; // Japan, Traditional Chinese, daily
let colin: User; // a colleague who changes things
let ola: User; // Mexico, which has no part in the seeded plan

async function officer(email: string, name: string, extra: { economyCode?: string; locale?: string; digestFrequency?: DigestFrequency } = {}) {
  return db.user.create({ data: { email, name, role: "EDITOR", passwordHash: await hashPassword("x-long-password"), createdAt: LONG_AGO, ...extra } });
}

beforeAll(async () => {
  delete process.env.APP_TIME_ZONE;
  await seedDatabase(db);
  await db.office.create({ data: { id: 1, economyCode: "US" } });
  mei = await officer("mei.lin@customs.example", "Mei Lin");
  lin = await officer("lin@customs.example", "林志明", { economyCode: "JP", locale: "zh-TW", digestFrequency: "DAILY" });
  colin = await officer("colin@customs.example", "Colin <Colleague>", { digestFrequency: "OFF" });
  ola = await officer("ola@customs.example", "Ola", { economyCode: "MX" });
});

afterAll(() => {
  delete process.env.NEXTAUTH_URL;
});

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
  await db.viewSubscription.deleteMany();
  await db.savedView.deleteMany();
  await db.itemFollow.deleteMany();
  await db.auditEvent.deleteMany({ where: { itemId: { not: null } } });
  await db.user.updateMany({ data: { lastDigestAt: LAST_WEEK } });
  await db.user.update({ where: { id: mei.id }, data: { digestFrequency: "WEEKLY", digestWeekday: 1 } });
  await db.user.update({ where: { id: lin.id }, data: { digestFrequency: "DAILY" } });
});

const outbox = (user: User) => db.outboxMessage.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
const lastDigestAt = async (user: User) => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastDigestAt;
const headers = (row: { headers: string }) => JSON.parse(row.headers) as Record<string, string>;

/** An item's status changed by `actor`, recorded at `at`. */
async function changeStatus(actor: User, seedKey: string, at: Date) {
  const item = await db.item.findUniqueOrThrow({ where: { seedKey } });
  const status = item.status === "APPROVED" ? "IN_IMPLEMENTATION" : "APPROVED";
  await writeTransaction((tx) =>
    changeItemFields(tx, { id: actor.id }, { id: item.id, version: item.version, data: { status }, before: { status: item.status }, after: { status } }),
  );
  const event = await db.auditEvent.findFirstOrThrow({ where: { itemId: item.id }, orderBy: { id: "desc" } });
  await db.auditEvent.update({ where: { id: event.id }, data: { at } });
  return item;
}

describe("who gets a digest, and when", () => {
  it("composes the weekly and daily digests due at 08:00 and moves each officer's last digest on", async () => {
    const report = await composeDueDigests(MONDAY);
    expect(report).toMatchObject({ composed: 2, empty: 1, unreadable: 0 });
    const [digest] = await outbox(mei);
    expect(digest).toMatchObject({
      dedupeKey: `digest:${mei.id}:${SLOT.toISOString()}`,
      kind: "digest",
      toAddress: "mei.lin@customs.example",
      status: "PENDING",
      nextAttemptAt: MONDAY,
    });
    expect(await outbox(lin)).toHaveLength(1);
    expect(await outbox(colin)).toEqual([]);
    for (const user of [mei, lin, ola]) expect(await lastDigestAt(user)).toEqual(SLOT);
    expect(await lastDigestAt(colin)).toEqual(LAST_WEEK);
  });

  it("composes nothing more at the same moment, nor the next day for a weekly digest", async () => {
    await composeDueDigests(MONDAY);
    expect(await composeDueDigests(new Date("2024-06-03T23:00:00Z"))).toMatchObject({ composed: 0, empty: 0 });
    const tuesday = await composeDueDigests(new Date("2024-06-04T09:00:00Z"));
    expect(tuesday).toMatchObject({ officers: 1 });
    expect(await outbox(mei)).toHaveLength(1);
    expect(await lastDigestAt(mei)).toEqual(SLOT);
    expect(await lastDigestAt(lin)).toEqual(new Date("2024-06-04T08:00:00Z"));
  });

  it("waits for the weekday an officer chose, and for the moment itself", async () => {
    // Her last digest came on Wednesday 29 May, his on Sunday.
    await db.user.update({ where: { id: mei.id }, data: { digestWeekday: 3, lastDigestAt: new Date("2024-05-29T08:00:00Z") } });
    await db.user.update({ where: { id: lin.id }, data: { lastDigestAt: new Date("2024-06-02T08:00:00Z") } });
    await composeDueDigests(new Date("2024-06-03T07:59:00Z"));
    expect(await outbox(lin)).toEqual([]);
    await composeDueDigests(MONDAY);
    expect(await outbox(mei)).toEqual([]);
    expect(await outbox(lin)).toHaveLength(1);
  });

  it("sends a new officer's first digest only once the account existed at its moment", async () => {
    const newcomer = await db.user.create({
      data: { email: "new@customs.example", name: "New", passwordHash: "x", createdAt: new Date("2024-06-03T08:10:00Z") },
    });
    await composeDueDigests(MONDAY);
    expect(await outbox(newcomer)).toEqual([]);
    expect(await lastDigestAt(newcomer)).toBeNull();
    await db.user.update({ where: { id: newcomer.id }, data: { active: false } });
  });

  it("sends nothing when there is nothing to say, and starts the next one from here", async () => {
    await composeDueDigests(MONDAY);
    expect(await outbox(ola)).toEqual([]);
    expect(await lastDigestAt(ola)).toEqual(SLOT);
  });

  it("composes each digest once when two schedulers run at once", async () => {
    const reports = await Promise.all([composeDueDigests(MONDAY), composeDueDigests(MONDAY)]);
    expect(reports[0]!.composed + reports[1]!.composed).toBe(2);
    expect(reports[0]!.empty + reports[1]!.empty).toBe(1);
    expect(await db.outboxMessage.count()).toBe(2);
  });
});

describe("what a digest says", () => {
  it("lists what is overdue and what falls due, month-only dates as the month, with links into the app", async () => {
    await composeDueDigests(MONDAY);
    const [digest] = await outbox(mei);
    expect(digest!.subject).toBe("SCCP Tracker: 2 overdue, 1 due within 30 days");
    const s3 = await db.item.findUniqueOrThrow({ where: { seedKey: "sccp-2024-S3" } });
    expect(digest!.text).toContain("Overdue (2)");
    expect(digest!.text).toContain("Preliminary report · April 2024"); // co-sponsored by the United States
    expect(digest!.text).toContain("Workshop report · May 2024");
    expect(digest!.text).toContain("Virtual workshop · June 2024");
    expect(digest!.text).toContain(`https://tracker.customs.example/items/${s3.id}`);
    expect(digest!.text).not.toMatch(/· \d+ (Apr|May|Jun) 2024/);
    expect(digest!.html).toContain(`href="https://tracker.customs.example/items/${s3.id}"`);
  });

  it("is in the officer's language", async () => {
    await composeDueDigests(MONDAY);
    const [digest] = await outbox(lin);
    expect(digest!.subject).toBe("SCCP 工作計畫追蹤系統：逾期 1 項");
    expect(digest!.text).toContain("林志明 您好：");
    expect(digest!.text).toContain("研討會報告・2024年5月");
    expect(digest!.html).toContain('<html lang="zh-Hant-TW">');
  });

  it("tells what others changed since the last digest, not the officer's own changes nor older ones", async () => {
    const mexicanItem = await db.item.create({
      data: { titleEn: "Mexico's <pilot>", year: 2024, proposerCode: "MX", status: "PROPOSED", forumId: (await db.forum.findFirstOrThrow()).id },
    });
    await changeStatus(colin, "sccp-2024-S3", new Date("2024-05-30T10:00:00Z"));
    await changeStatus(ola, "sccp-2024-A1", new Date("2024-05-31T10:00:00Z")); // Mexico's desk, on an item the United States co-sponsors
    await changeStatus(mei, "sccp-2024-A1", new Date("2024-06-01T10:00:00Z")); // her own
    await changeStatus(colin, "sccp-2024-A1", new Date("2024-05-20T10:00:00Z")); // before her last digest
    await writeTransaction((tx) =>
      changeItemFields(
        tx,
        { id: colin.id },
        { id: mexicanItem.id, version: 1, data: { status: "APPROVED" }, before: { status: "PROPOSED" }, after: { status: "APPROVED" } },
      ),
    );
    await db.auditEvent.updateMany({ where: { itemId: mexicanItem.id }, data: { at: new Date("2024-06-02T10:00:00Z") } });

    await composeDueDigests(MONDAY);
    const [digest] = await outbox(mei);
    expect(digest!.subject).toBe("SCCP Tracker: 2 overdue, 1 due within 30 days, 2 items changed");
    expect(digest!.text).toContain("Changed since 27 May 2024, 08:00 UTC (2 items)");
    expect(digest!.text).toContain("30 May 2024, 10:00 · Changed Status (Colin <Colleague>)");
    expect(digest!.text).toContain("31 May 2024, 10:00 · Changed Status (Ola)");
    expect(digest!.text).not.toContain("(Mei Lin)");
    expect(digest!.text).not.toContain("20 May 2024");
    expect(digest!.text).not.toContain("Mexico's");
    expect(digest!.html).toContain("Colin &lt;Colleague&gt;");
    // Mexico's desk follows its own item, changed by Colin, so it has something to say now.
    const [olas] = await outbox(ola);
    expect(olas!.text).toContain("Mexico's <pilot>");
    expect(olas!.html).toContain("Mexico&#39;s &lt;pilot&gt;");
  });

  it("follows an officer's own choices: an unfollowed item is left out, one followed by choice is in", async () => {
    const s3 = await db.item.findUniqueOrThrow({ where: { seedKey: "sccp-2024-S3" } });
    const s1 = await db.item.findUniqueOrThrow({ where: { seedKey: "sccp-2023-cn-ftp-fz" } });
    await db.itemFollow.createMany({
      data: [
        { userId: mei.id, itemId: s3.id, following: false },
        { userId: mei.id, itemId: s1.id, following: true },
      ],
    });
    await changeStatus(colin, "sccp-2023-cn-ftp-fz", new Date("2024-05-30T10:00:00Z"));
    await composeDueDigests(MONDAY);
    const [digest] = await outbox(mei);
    expect(digest!.text).not.toContain("Preliminary report");
    expect(digest!.text).toContain("Workshop report · May 2024");
    expect(digest!.text).toContain("Enhancing Smart Customs Supervision");
  });

  it("carries one-click unsubscribe headers with a link signed for the officer", async () => {
    await composeDueDigests(MONDAY);
    const [digest] = await outbox(mei);
    const { "List-Unsubscribe": list, "List-Unsubscribe-Post": post } = headers(digest!);
    expect(post).toBe("List-Unsubscribe=One-Click");
    const url = new URL(/^<(.+)>$/.exec(list!)![1]!);
    expect(`${url.origin}${url.pathname}`).toBe("https://tracker.customs.example/api/unsubscribe");
    expect(verifyUnsubscribe(Object.fromEntries(url.searchParams))).toEqual({ userId: mei.id, target: { kind: "digest" } });
    expect(digest!.text).toContain(`https://tracker.customs.example/unsubscribe?${url.searchParams}`);
  });
});

describe("a saved view's digest", () => {
  async function sharedView(name: string, query: string, owner = colin, shared = true) {
    return db.savedView.create({ data: { ownerId: owner.id, name, query, shared } });
  }

  it("comes on the officer's schedule, limited to the view's items, under its own key and unsubscribe link", async () => {
    const view = await sharedView("Japan's <projects>", "proposer=JP");
    await db.viewSubscription.create({ data: { userId: mei.id, viewId: view.id, createdAt: LONG_AGO, lastDigestAt: LAST_WEEK } });
    await composeDueDigests(MONDAY);
    const rows = await outbox(mei);
    expect(rows.map((row) => row.kind)).toEqual(["digest", "view-digest"]);
    const viewDigest = rows[1]!;
    expect(viewDigest.dedupeKey).toBe(`view-digest:${view.id}:${mei.id}:${SLOT.toISOString()}`);
    expect(viewDigest.subject).toBe("SCCP Tracker · “Japan's <projects>”: 1 overdue");
    expect(viewDigest.text).toContain("Workshop report · May 2024");
    expect(viewDigest.text).not.toContain("Preliminary report");
    expect(viewDigest.text).toContain("https://tracker.customs.example/items?proposer=JP");
    expect(viewDigest.html).toContain("“Japan&#39;s &lt;projects&gt;”");
    const list = new URL(/^<(.+)>$/.exec(headers(viewDigest)["List-Unsubscribe"]!)![1]!);
    expect(verifyUnsubscribe(Object.fromEntries(list.searchParams))).toEqual({ userId: mei.id, target: { kind: "view", viewId: view.id } });
    const subscription = await db.viewSubscription.findUniqueOrThrow({ where: { userId_viewId: { userId: mei.id, viewId: view.id } } });
    expect(subscription.lastDigestAt).toEqual(SLOT);
  });

  it("is due on its own: a subscription newer than the last moment waits for the next", async () => {
    const view = await sharedView("Peru", "proposer=PE");
    await db.viewSubscription.create({ data: { userId: mei.id, viewId: view.id, createdAt: new Date("2024-06-03T08:05:00Z") } });
    await composeDueDigests(MONDAY);
    expect((await outbox(mei)).map((row) => row.kind)).toEqual(["digest"]);
  });

  it("sends nothing from a view no longer shared with the subscriber", async () => {
    const view = await sharedView("Colin's private", "proposer=JP", colin, false);
    await db.viewSubscription.create({ data: { userId: mei.id, viewId: view.id, createdAt: LONG_AGO } });
    const report = await composeDueDigests(MONDAY);
    expect(report.unreadable).toBe(1);
    expect((await outbox(mei)).map((row) => row.kind)).toEqual(["digest"]);
  });
});

describe("the unsubscribe link", () => {
  async function listUnsubscribe(user: User, kind = "digest") {
    await composeDueDigests(MONDAY);
    const row = (await outbox(user)).find((one) => one.kind === kind)!;
    return /^<(.+)>$/.exec(headers(row)["List-Unsubscribe"]!)![1]!;
  }
  const post = (url: string) =>
    oneClick(new Request(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }));

  it("stops the officer's digests in one POST, without a session, and records it", async () => {
    const url = await listUnsubscribe(mei);
    const response = await post(url);
    expect(response.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: mei.id } })).digestFrequency).toBe("OFF");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "digest.unsubscribe", entityId: String(mei.id) }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ userId: mei.id, before: JSON.stringify({ digestFrequency: "WEEKLY" }) });
    // Again: still 200, nothing more recorded.
    expect((await post(url)).status).toBe(200);
    expect(await db.auditEvent.count({ where: { action: "digest.unsubscribe", entityId: String(mei.id) } })).toBe(1);
    // And no digest at the next moment.
    await db.outboxMessage.deleteMany();
    await composeDueDigests(new Date("2024-06-10T08:30:00Z"));
    expect(await outbox(mei)).toEqual([]);
  });

  it("can be undone, back to the frequency the officer had", async () => {
    const url = new URL(await listUnsubscribe(lin));
    const params = Object.fromEntries(url.searchParams);
    expect(await unsubscribeByLink(params)).toMatchObject({ ok: true, digest: "OFF", locale: "zh-TW" });
    expect(await resubscribeByLink(params)).toMatchObject({ ok: true, digest: "DAILY" });
    expect(await db.auditEvent.count({ where: { action: "digest.resubscribe", entityId: String(lin.id) } })).toBe(1);
  });

  it("refuses a tampered link and changes nothing", async () => {
    const url = new URL(await listUnsubscribe(mei));
    const forOther = new URL(url);
    forOther.searchParams.set("u", String(lin.id));
    const otherTarget = new URL(url);
    otherTarget.searchParams.set("t", "view:1");
    for (const tampered of [forOther, otherTarget, new URL(`${url.origin}${url.pathname}`)]) {
      const response = await post(tampered.toString());
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: "invalid-link" });
    }
    expect(await linkState(Object.fromEntries(forOther.searchParams))).toEqual({ ok: false, problem: "invalid" });
    expect(
      (await db.user.findMany({ where: { id: { in: [mei.id, lin.id] } }, select: { digestFrequency: true } })).map((u) => u.digestFrequency).sort(),
    ).toEqual(["DAILY", "WEEKLY"]);
  });

  it("from a view's digest ends that subscription only", async () => {
    const view = await db.savedView.create({ data: { ownerId: colin.id, name: "Japan", query: "proposer=JP", shared: true } });
    const other = await db.savedView.create({ data: { ownerId: colin.id, name: "Peru", query: "proposer=PE", shared: true } });
    await db.viewSubscription.createMany({
      data: [
        { userId: mei.id, viewId: view.id, createdAt: LONG_AGO },
        { userId: mei.id, viewId: other.id, createdAt: LONG_AGO },
      ],
    });
    const url = await listUnsubscribe(mei, "view-digest");
    expect(new URL(url).searchParams.get("t")).toBe(`view:${view.id}`);
    expect((await post(url)).status).toBe(200);
    expect((await db.viewSubscription.findMany({ where: { userId: mei.id } })).map((s) => s.viewId)).toEqual([other.id]);
    expect((await db.user.findUniqueOrThrow({ where: { id: mei.id } })).digestFrequency).toBe("WEEKLY");
    const params = Object.fromEntries(new URL(url).searchParams);
    expect(await linkState(params)).toMatchObject({ ok: true, view: { name: "Japan", subscribed: false } });
    expect(await resubscribeByLink(params)).toMatchObject({ ok: true, view: { name: "Japan", subscribed: true } });
  });
});
