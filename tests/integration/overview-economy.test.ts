// The overview opens with what the officer's economy (their own, else the office's) proposes and
// co-sponsors: overdue, due in the next 30 days, and changed by others since their last visit,
// each with the counts the work plan's filtered table shows. And the settings behind it: the
// office's economy (administrators only) and each officer's own economy and digest, refused with
// a clear message and nothing written when wrong.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { msg } from "@/lib/i18n/message";
import { matchingItemIds } from "@/lib/items/queries";
import { itemFiltersSchema } from "@/lib/items/schema";
import { setOfficeEconomy } from "@/lib/office/actions";
import { officeSettings } from "@/lib/office/settings";
import { economyOverview, visitOverview } from "@/lib/overview/queries";
import { setOwnDigest, setOwnEconomy } from "@/lib/users/actions";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm } from "../support/action-calls";
import { rendered } from "../support/messages";
import { WITH_SECOND_FACTOR } from "../support/second-factor";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
  // The office's days are UTC here: "today" below is the day of NOW.
  delete process.env.APP_TIME_ZONE;
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;`, url });
  }),
}));

const NOW = new Date("2024-06-15T04:00:00Z");
const TODAY = "2024-06-15";

let admin: User;
let officer: User; // follows the office's economy
let colleague: User; // makes the changes
let japanDesk: User; // chose Japan
let newcomer: User; // never opened the overview

function signIn(user: User) {
  vi.mocked(readSessionClaims).mockResolvedValue({ userId: user.id, sessionVersion: user.sessionVersion, sessionId: "test-session", method: "password" });
}

// Mexico has no part in the seeded plan: everything it proposes or backs is made here.
const ECONOMY = "MX";
const plan = {} as Record<"proposed" | "backed" | "withdrawn" | "archived" | "other", number>;
const milestones = {} as Record<string, number>;

async function makeItem(title: string, proposerCode: string, extra: { archivedAt?: Date } = {}) {
  const forum = await db.forum.findFirstOrThrow({ orderBy: { id: "asc" } });
  const item = await db.item.create({
    data: { titleEn: title, titleZh: `${title}（中文）`, proposerCode, forumId: forum.id, year: 2024, status: "APPROVED", ...extra },
  });
  return item.id;
}

async function makeMilestone(
  key: string,
  itemId: number,
  due: { precision: "DAY" | "MONTH"; dueStart: string; dueEnd: string },
  status: "PLANNED" | "LATE" | "DONE" = "PLANNED",
) {
  milestones[key] = (await db.milestone.create({ data: { itemId, title: key, ...due, status } })).id;
}

const day = (date: string) => ({ precision: "DAY" as const, dueStart: date, dueEnd: date });

async function change(itemId: number, at: string, by: User | null) {
  return db.auditEvent.create({
    data: {
      at: new Date(at),
      userId: by?.id ?? null,
      action: "item.update",
      entityType: "Item",
      entityId: String(itemId),
      itemId,
      summary: msg("audit.itemUpdated", { fields: "status" }),
    },
  });
}

async function setOffice(economyCode: string | null) {
  await db.office.upsert({ where: { id: 1 }, create: { id: 1, economyCode }, update: { economyCode } });
}

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  const make = (email: string, name: string, role: "ADMIN" | "EDITOR" | "VIEWER", extra: object = {}) =>
    db.user.create({ data: { email, name, role, passwordHash, ...extra } });
  admin = await make("ada@overview.test", "Ada Admin", "ADMIN", WITH_SECOND_FACTOR);
  officer = await make("mei@overview.test", "Mei Lin", "EDITOR");
  colleague = await make("colin@overview.test", "Colin Colleague", "EDITOR");
  japanDesk = await make("kenji@overview.test", "Kenji", "VIEWER", { economyCode: "JP" });
  newcomer = await make("nina@overview.test", "Nina Newcomer", "VIEWER");

  plan.proposed = await makeItem("Mexico proposes", ECONOMY);
  plan.backed = await makeItem("Mexico co-sponsors", "JP");
  plan.withdrawn = await makeItem("Mexico withdrew", "JP");
  plan.archived = await makeItem("Mexico proposed, archived", ECONOMY, { archivedAt: new Date("2024-06-01T00:00:00Z") });
  plan.other = await makeItem("Korea alone", "KR");
  await db.coSponsorship.create({ data: { itemId: plan.backed, economyCode: ECONOMY, joinedOn: "2024-01-10" } });
  await db.coSponsorship.create({ data: { itemId: plan.withdrawn, economyCode: ECONOMY, joinedOn: "2024-01-10", withdrawnOn: "2024-03-01" } });

  await makeMilestone("late by its day", plan.proposed, day("2024-06-01"));
  await makeMilestone("marked late", plan.proposed, { precision: "MONTH", dueStart: "2024-09-01", dueEnd: "2024-09-30" }, "LATE");
  await makeMilestone("this month", plan.proposed, { precision: "MONTH", dueStart: "2024-06-01", dueEnd: "2024-06-30" });
  await makeMilestone("met", plan.proposed, day("2024-05-01"), "DONE");
  await makeMilestone("in August", plan.proposed, day("2024-08-30"));
  await makeMilestone("backed, late", plan.backed, day("2024-05-31"));
  await makeMilestone("backed, in 30 days", plan.backed, day("2024-07-15"));
  await makeMilestone("withdrawn, late", plan.withdrawn, day("2024-05-01"));
  await makeMilestone("archived, late", plan.archived, day("2024-05-01"));
  await makeMilestone("Korea, late", plan.other, day("2024-05-01"));
});

beforeEach(async () => {
  await setOffice(ECONOMY);
});

describe("the overview's economy section", () => {
  it("lists the economy's overdue milestones and those due in the next 30 days, with the work plan's counts", async () => {
    const overview = (await economyOverview(officer.id, NOW, null))!;
    expect(overview.economy.code).toBe(ECONOMY);
    expect(overview.today).toBe(TODAY);
    // Overdue by its period or marked late; never a withdrawn co-sponsorship's, an archived item's or another economy's.
    expect(overview.overdue.milestones.map((m) => m.title)).toEqual(["backed, late", "late by its day", "marked late"]);
    expect(overview.overdue.total).toBe(3);
    expect(overview.next.milestones.map((m) => m.title)).toEqual(["this month", "backed, in 30 days"]);
    expect(overview.next.total).toBe(2);

    // The counts are those of the links' own table: proposer= and coSponsor= with due=overdue / due=30d.
    for (const [window, due] of [
      [overview.overdue, "overdue"],
      [overview.next, "30d"],
    ] as const) {
      const ids = (query: Record<string, string>) => matchingItemIds(itemFiltersSchema.parse(query), "en", TODAY);
      expect(window.proposedItems, due).toBe((await ids({ proposer: ECONOMY, due })).length);
      expect(window.coSponsoredItems, due).toBe((await ids({ coSponsor: ECONOMY, due })).length);
    }
    expect([overview.overdue.proposedItems, overview.overdue.coSponsoredItems]).toEqual([1, 1]);
  });

  it("cuts each list short and still counts it all", async () => {
    const overview = (await economyOverview(officer.id, NOW, null, 2))!;
    expect(overview.overdue.milestones).toHaveLength(2);
    expect(overview.overdue.total).toBe(3);
  });

  it("follows the officer's own economy over the office's, and offers nothing when neither is set", async () => {
    expect((await economyOverview(japanDesk.id, NOW, null))!.economy.code).toBe("JP");
    await setOffice(null);
    expect(await economyOverview(officer.id, NOW, null)).toBeNull();
    expect((await economyOverview(japanDesk.id, NOW, null))!.economy.code).toBe("JP");
  });

  it("shows what others changed since the officer's last visit, newest first", async () => {
    await db.auditEvent.deleteMany({ where: { itemId: { in: Object.values(plan) } } });
    const before = await change(plan.proposed, "2024-06-10T09:00:00Z", colleague);
    const edited = await change(plan.proposed, "2024-06-14T10:00:00Z", colleague);
    await change(plan.backed, "2024-06-14T11:00:00Z", officer); // their own
    await change(plan.withdrawn, "2024-06-14T11:30:00Z", colleague); // no longer Mexico's
    const archived = await change(plan.archived, "2024-06-14T12:00:00Z", colleague);
    await change(plan.other, "2024-06-14T12:30:00Z", colleague);
    const scheduler = await change(plan.backed, "2024-06-14T13:00:00Z", null);

    // The officer was here late on the 13th, twice within the hour, and comes back on the 15th.
    expect(await visitOverview(officer.id, new Date("2024-06-13T23:00:00Z"))).toBeNull();
    expect(await visitOverview(officer.id, new Date("2024-06-13T23:30:00Z"))).toBeNull();
    const since = await visitOverview(officer.id, NOW);
    expect(since).toEqual(new Date("2024-06-13T23:30:00Z"));
    // A reload a few minutes later is the same visit: the same changes still show.
    expect(await visitOverview(officer.id, new Date(NOW.getTime() + 5 * 60_000))).toEqual(since);

    const { changes } = (await economyOverview(officer.id, NOW, since))!;
    expect(changes.events.map((event) => event.id)).toEqual([scheduler.id, archived.id, edited.id]);
    expect(changes).toMatchObject({ total: 3, since, firstVisit: false });
    expect(changes.events[0]!.item.id).toBe(plan.backed);
    expect(changes.events[2]!.user?.name).toBe(colleague.name);
    expect(rendered(changes.events[2]!.summary)).toBe("Changed Status");

    // Without an earlier visit: the last seven days, which reach the 10th; the officer's change is another's to the newcomer.
    expect(await visitOverview(newcomer.id, NOW)).toBeNull();
    const first = (await economyOverview(newcomer.id, NOW, null))!.changes;
    expect(first).toMatchObject({ total: 5, firstVisit: true, since: new Date("2024-06-08T04:00:00Z") });
    expect(first.events.at(-1)!.id).toBe(before.id);
  });
});

describe("the office's economy", () => {
  beforeEach(async () => {
    await db.office.deleteMany();
  });

  const office = async () => db.office.findUnique({ where: { id: 1 } });
  const events = () => db.auditEvent.count({ where: { action: "office.update" } });

  it("is set by an administrator, from the version the form opened at, and audited", async () => {
    signIn(admin);
    const before = await events();
    expect(await officeSettings()).toEqual({ economy: null, nameEn: null, nameZh: null, version: 0 });
    const { result } = await submitForm(setOfficeEconomy, formData({ economyCode: "pe", version: 0 }));
    expect(result).toMatchObject({ ok: true });
    expect(rendered(result!.message)).toBe("The office now works for Peru.");
    expect(rendered(result!.message, "zh-TW")).toBe("本辦公室的經濟體已設為秘魯。");
    expect(await office()).toMatchObject({ economyCode: "PE", version: 1 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "office.update" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({
      userId: admin.id,
      entityType: "Office",
      entityId: "1",
      before: JSON.stringify({ economyCode: null }),
      after: JSON.stringify({ economyCode: "PE" }),
    });
    expect(rendered(audit.summary)).toBe("Set the office's economy to Peru");

    // A second administrator's form, opened before that save, is refused instead of overwriting it.
    const stale = await submitForm(setOfficeEconomy, formData({ economyCode: "JP", version: 0 }));
    expect(stale.result).toMatchObject({ ok: false });
    expect(rendered(stale.result!.message)).toMatch(/^Another administrator changed this setting/);
    expect(await office()).toMatchObject({ economyCode: "PE", version: 1 });

    const cleared = await submitForm(setOfficeEconomy, formData({ economyCode: "", version: 1 }));
    expect(cleared.result).toMatchObject({ ok: true });
    expect(await events()).toBe(before + 2);
    expect(await office()).toMatchObject({ economyCode: null, version: 2 });
  });

  it("refuses an economy it does not know, a malformed one, or no change, and writes nothing", async () => {
    signIn(admin);
    await submitForm(setOfficeEconomy, formData({ economyCode: "US", version: 0 }));
    const written = { office: await office(), events: await events() };
    for (const [economyCode, field] of [
      ["ZZ", "ZZ is not an economy this tracker knows."],
      ["U5", "An economy code is two letters, such as PE for Peru."],
    ] as const) {
      const { result } = await submitForm(setOfficeEconomy, formData({ economyCode, version: 1 }));
      expect(result?.ok, economyCode).toBe(false);
      expect(rendered(result!.ok ? "" : result!.fieldErrors!.economyCode![0]!)).toBe(field);
    }
    const same = await submitForm(setOfficeEconomy, formData({ economyCode: "US", version: 1 }));
    expect(rendered(same.result!.message)).toBe("That is already the office's economy.");
    for (const version of ["", "-1", "x"])
      expect((await submitForm(setOfficeEconomy, formData({ economyCode: "JP", version }))).result?.ok, version).toBe(false);
    expect({ office: await office(), events: await events() }).toEqual(written);
  });

  it("is not an editor's or a viewer's to set", async () => {
    const before = await events();
    for (const user of [officer, japanDesk]) {
      signIn(user);
      const { result } = await submitForm(setOfficeEconomy, formData({ economyCode: "PE", version: 0 }));
      expect(result?.ok).toBe(false);
      expect(rendered(result!.message)).toMatch(/role/i);
    }
    expect(await office()).toBeNull();
    expect(await events()).toBe(before);
  });
});

describe("an officer's own settings", () => {
  it("need a signed-in officer", async () => {
    vi.mocked(readSessionClaims).mockResolvedValue(null);
    const before = await db.auditEvent.count();
    for (const [action, fields] of [
      [setOwnEconomy, { economyCode: "PE" }],
      [setOwnDigest, { digestFrequency: "DAILY", digestWeekday: "1" }],
      [setOfficeEconomy, { economyCode: "PE", version: "0" }],
    ] as const) {
      const { result } = await submitForm(action, formData(fields));
      expect(rendered(result!.message)).toBe(rendered(msg("a.notSignedIn")));
    }
    expect(await db.auditEvent.count()).toBe(before);
  });

  const own = async (user: User) =>
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { economyCode: true, digestFrequency: true, digestWeekday: true } });

  it("choose an economy, or go back to the office's, audited; an unknown one is refused", async () => {
    signIn(newcomer);
    const chosen = await submitForm(setOwnEconomy, formData({ economyCode: "cl" }));
    expect(rendered(chosen.result!.message)).toBe("You now follow the items of Chile by default.");
    expect((await own(newcomer)).economyCode).toBe("CL");
    expect((await economyOverview(newcomer.id, NOW, null))!.economy.code).toBe("CL");

    const before = await db.auditEvent.count({ where: { action: "user.economy" } });
    const unknown = await submitForm(setOwnEconomy, formData({ economyCode: "ZZ" }));
    expect(unknown.result).toMatchObject({ ok: false, fieldErrors: { economyCode: [expect.any(String)] } });
    expect((await own(newcomer)).economyCode).toBe("CL");

    const back = await submitForm(setOwnEconomy, formData({ economyCode: "" }));
    expect(rendered(back.result!.message)).toBe("You now follow the office's economy.");
    expect((await own(newcomer)).economyCode).toBeNull();
    expect((await economyOverview(newcomer.id, NOW, null))!.economy.code).toBe(ECONOMY);
    expect(await db.auditEvent.count({ where: { action: "user.economy" } })).toBe(before + 1);

    const again = await submitForm(setOwnEconomy, formData({ economyCode: "" }));
    expect(rendered(again.result!.message)).toBe("Nothing to change: that is already your setting.");
    expect(await db.auditEvent.count({ where: { action: "user.economy", entityId: String(newcomer.id) } })).toBe(2);
  });

  it("choose the digest, weekly on Monday until changed; a wrong choice writes nothing", async () => {
    signIn(japanDesk);
    expect(await own(japanDesk)).toMatchObject({ digestFrequency: "WEEKLY", digestWeekday: 1 });
    const saved = await submitForm(setOwnDigest, formData({ digestFrequency: "WEEKLY", digestWeekday: "3" }));
    expect(rendered(saved.result!.message)).toBe("You will get a digest every week, on Wednesdays.");
    expect(rendered(saved.result!.message, "zh-TW")).toBe("將於每週三寄送摘要郵件。");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.digest", userId: japanDesk.id } });
    expect(rendered(audit.summary)).toBe("Email digest: every week, on Wednesdays");

    for (const [digestFrequency, digestWeekday, field] of [
      ["MONTHLY", "1", "digestFrequency"],
      ["DAILY", "8", "digestWeekday"],
      ["DAILY", "0", "digestWeekday"],
      ["", "1", "digestFrequency"],
    ] as const) {
      const { result } = await submitForm(setOwnDigest, formData({ digestFrequency, digestWeekday }));
      expect(result, `${digestFrequency} ${digestWeekday}`).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.any(String)] } });
    }
    expect(await own(japanDesk)).toMatchObject({ digestFrequency: "WEEKLY", digestWeekday: 3 });

    const off = await submitForm(setOwnDigest, formData({ digestFrequency: "OFF", digestWeekday: "3" }));
    expect(rendered(off.result!.message)).toBe("No more email digests.");
    expect(await own(japanDesk)).toMatchObject({ digestFrequency: "OFF", digestWeekday: 3 });
  });
});
