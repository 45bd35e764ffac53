// What an officer sees of their notifications and does with them: the unread count the bell
// shows, the list (newest first, a page at a time, all or unread only), every kind as a sentence
// in either language, and marking read, one or all, which touches only the officer's own.
import { createTranslator } from "next-intl";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/config";
import { msg } from "@/lib/i18n/message";
import en from "@/lib/i18n/messages/en.json";
import zhTW from "@/lib/i18n/messages/zh-TW.json";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/actions";
import type { NotificationData } from "@/lib/notifications/kinds";
import { listNotifications, UNREAD_CAP, unreadCount } from "@/lib/notifications/queries";
import { renderNotification } from "@/lib/notifications/render";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm } from "../support/action-calls";
import { rendered } from "../support/messages";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;`, url });
  }),
}));

const translators = { en: createTranslator({ locale: "en", messages: en }), "zh-TW": createTranslator({ locale: "zh-TW", messages: zhTW }) };

let officer: User;
let colleague: User;
let viewer: User;
let item: { id: number; titleEn: string; titleZh: string | null };
let meeting: { id: number; name: string; shortName: string | null; nameZh: string | null };

function signIn(user: User) {
  vi.mocked(readSessionClaims).mockResolvedValue({ userId: user.id, sessionVersion: user.sessionVersion, sessionId: "test-session", method: "password" });
}

const april = { precision: "MONTH", dueStart: "2024-04-01", dueEnd: "2024-04-30", anchor: null } as const;
const june = { precision: "MONTH", dueStart: "2024-06-01", dueEnd: "2024-06-30", anchor: null } as const;
const milestone = { milestoneId: 5, title: "Workshop report", titleZh: "研討會報告" };

/** A notice as the lead's producer writes it: kind and data as kinds.ts types them. */
async function give(user: User, data: NotificationData, at: string, extra: { itemId?: number | null; readAt?: Date; actorId?: number | null } = {}) {
  return db.notification.create({
    data: {
      userId: user.id,
      kind: data.kind,
      data: JSON.stringify(data),
      itemId: extra.itemId === undefined ? item.id : extra.itemId,
      actorId: extra.actorId === undefined ? colleague.id : extra.actorId,
      dedupeKey: `${data.kind}:${at}:${Math.random()}`,
      createdAt: new Date(at),
      readAt: extra.readAt ?? null,
    },
  });
}

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  const make = (email: string, name: string, role: "EDITOR" | "VIEWER") => db.user.create({ data: { email, name, role, passwordHash } });
  officer = await make("mei.lin@ui.test", "Mei Lin", "EDITOR");
  colleague = await make("colin@ui.test", "Colin Colleague", "EDITOR");
  viewer = await make("vera@ui.test", "Vera Viewer", "VIEWER");
  item = await db.item.findFirstOrThrow({
    where: { titleZh: { not: null }, archivedAt: null },
    orderBy: { id: "asc" },
    select: { id: true, titleEn: true, titleZh: true },
  });
  meeting = await db.meeting.findFirstOrThrow({
    where: { nameZh: { not: null } },
    orderBy: { id: "asc" },
    select: { id: true, name: true, shortName: true, nameZh: true },
  });
});

beforeEach(async () => {
  await db.notification.deleteMany();
});

describe("the unread count", () => {
  it("counts the officer's own unread notices only, and stops counting past the bell's cap", async () => {
    await give(officer, { kind: "item.status", from: "APPROVED", to: "COMPLETED" }, "2024-05-01T00:00:00Z");
    await give(officer, { kind: "item.status", from: "PROPOSED", to: "APPROVED" }, "2024-05-02T00:00:00Z", { readAt: new Date("2024-05-03T00:00:00Z") });
    await give(colleague, { kind: "item.status", from: "PROPOSED", to: "APPROVED" }, "2024-05-02T00:00:00Z");
    expect(await unreadCount(officer.id)).toBe(1);
    expect(await unreadCount(viewer.id)).toBe(0);

    await db.notification.createMany({
      data: Array.from({ length: UNREAD_CAP + 20 }, (_, n) => ({
        userId: viewer.id,
        kind: "item.status",
        itemId: item.id,
        data: JSON.stringify({ kind: "item.status", from: "PROPOSED", to: "APPROVED" }),
        dedupeKey: `bulk:${n}`,
        createdAt: new Date(Date.UTC(2024, 4, 1, 0, n)),
      })),
    });
    expect(await unreadCount(viewer.id)).toBe(UNREAD_CAP + 1);
  });
});

describe("the list", () => {
  it("is the officer's own, newest first, a page at a time, all or unread only", async () => {
    const made = [];
    for (let day = 1; day <= 7; day++) {
      made.push(
        await give(
          officer,
          { kind: "item.status", from: "PROPOSED", to: "APPROVED" },
          `2024-05-0${day}T08:00:00Z`,
          day % 2 ? {} : { readAt: new Date("2024-05-08T00:00:00Z") },
        ),
      );
    }
    await give(colleague, { kind: "item.status", from: "PROPOSED", to: "APPROVED" }, "2024-05-09T00:00:00Z");
    const newestFirst = made.map((n) => n.id).reverse();

    const first = await listNotifications(officer.id, { show: "all", page: 1 }, 3);
    expect(first.notifications.map((n) => n.id)).toEqual(newestFirst.slice(0, 3));
    expect(first).toMatchObject({ total: 7, unread: 4, newestId: newestFirst[0], page: 1, pageSize: 3 });
    const third = await listNotifications(officer.id, { show: "all", page: 3 }, 3);
    expect(third.notifications.map((n) => n.id)).toEqual(newestFirst.slice(6));

    const unread = await listNotifications(officer.id, { show: "unread", page: 1 }, 10);
    expect(unread.total).toBe(4);
    expect(unread.notifications.every((n) => n.readAt === null)).toBe(true);
    expect(unread.notifications.map((n) => n.id)).toEqual(
      made
        .filter((_, at) => at % 2 === 0)
        .map((n) => n.id)
        .reverse(),
    );
  });

  it("reads every kind as a sentence in either language, naming who and linking where", async () => {
    const kinds: [NotificationData, NonNullable<Parameters<typeof give>[3]>, Record<Locale, string[]>, string][] = [
      [
        { kind: "item.status", from: "APPROVED", to: "IN_IMPLEMENTATION" },
        {},
        { en: ["from Approved to In implementation"], "zh-TW": ["由「已通過」改為「執行中」"] },
        `/items/${item.id}`,
      ],
      [
        { kind: "milestone.done", completedOn: "2024-04-15", ...milestone },
        {},
        { en: ["was met on 15 Apr 2024"], "zh-TW": ["研討會報告", "已於2024年4月15日達成"] },
        `/items/${item.id}#milestone-5`,
      ],
      [
        { kind: "milestone.moved", from: april, to: june, ...milestone },
        {},
        { en: ["from April 2024 to June 2024"], "zh-TW": ["由2024年4月改為2024年6月"] },
        `/items/${item.id}#milestone-5`,
      ],
      [
        { kind: "milestone.overdue", due: april, ...milestone },
        { actorId: null },
        { en: ["is now overdue (due April 2024)"], "zh-TW": ["已逾期（原訂2024年4月）"] },
        `/items/${item.id}#milestone-5`,
      ],
      [
        { kind: "cosponsor.joined", code: "JP", economy: "Japan", economyZh: "日本" },
        {},
        { en: ["Japan joined"], "zh-TW": ["日本已加入連署"] },
        `/items/${item.id}`,
      ],
      [
        { kind: "cosponsor.withdrawn", removed: false, code: "JP", economy: "Japan", economyZh: "日本" },
        {},
        { en: ["Japan withdrew"], "zh-TW": ["日本已退出連署"] },
        `/items/${item.id}`,
      ],
      [
        { kind: "cosponsor.withdrawn", removed: true, code: "JP", economy: "Japan", economyZh: "日本" },
        {},
        { en: ["Japan was removed"], "zh-TW": ["日本已自"] },
        `/items/${item.id}`,
      ],
      [
        { kind: "meeting.report", meetingId: meeting.id, meeting: "SCCP1 2024", meetingZh: "第一次會議" },
        {},
        { en: ["was reported at SCCP1 2024"], "zh-TW": ["已在第一次會議提出報告"] },
        `/items/${item.id}`,
      ],
      [
        { kind: "mention", where: "item", excerpt: "@mei.lin check the budget" },
        {},
        { en: ["mentioned in a note on", "@mei.lin check the budget"], "zh-TW": ["備註中被提及"] },
        `/items/${item.id}`,
      ],
      [
        { kind: "mention", where: "meeting", excerpt: "@mei.lin presents", meetingId: meeting.id },
        { itemId: null },
        { en: [`the notes of ${meeting.shortName ?? meeting.name}`], "zh-TW": [`${meeting.nameZh}的會議紀錄中被提及`] },
        `/meetings/${meeting.id}`,
      ],
    ];
    for (const [at, [data, extra]] of kinds.entries()) await give(officer, data, `2024-05-01T0${at}:00:00Z`, extra);
    const { notifications } = await listNotifications(officer.id, { show: "all", page: 1 });
    expect(notifications).toHaveLength(kinds.length);
    const oldestFirst = [...notifications].reverse();
    for (const [at, [data, extra, words, href]] of kinds.entries()) {
      for (const locale of ["en", "zh-TW"] as const) {
        const said = renderNotification(oldestFirst[at]!, translators[locale] as never, locale);
        for (const word of words[locale]) expect(said.sentence, `${data.kind} ${locale}`).toContain(word);
        expect(said.href).toBe(href);
        expect(said.by).toBe(extra.actorId === null ? null : colleague.name);
        if (data.kind !== "mention" || data.where !== "meeting") {
          expect(said.sentence).toContain(locale === "zh-TW" ? item.titleZh : item.titleEn);
        }
      }
    }
  });
});

describe("marking read", () => {
  it("marks one of the officer's own, and refuses a colleague's without touching it", async () => {
    const mine = await give(officer, { kind: "item.status", from: "PROPOSED", to: "APPROVED" }, "2024-05-01T00:00:00Z");
    const theirs = await give(colleague, { kind: "item.status", from: "PROPOSED", to: "APPROVED" }, "2024-05-01T00:00:00Z");
    signIn(officer);
    const refused = await submitForm(markNotificationRead, formData({ id: theirs.id }));
    expect(refused.result).toMatchObject({ ok: false });
    expect(rendered(refused.result!.message)).toBe("This notification is no longer there.");
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();

    const done = await submitForm(markNotificationRead, formData({ id: mine.id }));
    expect(done.result).toMatchObject({ ok: true });
    const readAt = (await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt;
    expect(readAt).not.toBeNull();
    // Again, from a second tab: still read, at the first time.
    expect((await submitForm(markNotificationRead, formData({ id: mine.id }))).result).toMatchObject({ ok: true });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toEqual(readAt);
    expect(await unreadCount(officer.id)).toBe(0);
  });

  it("refuses what is not a notification's id", async () => {
    signIn(officer);
    for (const id of ["", "0", "1e3", "abc", "99999999999"]) {
      const { result } = await submitForm(markNotificationRead, formData({ id }));
      expect(result?.ok, id).toBe(false);
    }
  });

  it("marks all the officer's unread up to the newest the page knew of, and nobody else's", async () => {
    const older = await give(officer, { kind: "item.status", from: "PROPOSED", to: "APPROVED" }, "2024-05-01T00:00:00Z");
    const shown = await give(officer, { kind: "item.status", from: "APPROVED", to: "COMPLETED" }, "2024-05-02T00:00:00Z");
    const theirs = await give(colleague, { kind: "item.status", from: "PROPOSED", to: "APPROVED" }, "2024-05-02T00:00:00Z");
    const { newestId } = await listNotifications(officer.id, { show: "all", page: 1 });
    expect(newestId).toBe(shown.id);
    // Arrives after the page was shown: "mark all read" did not cover it.
    const later = await give(officer, { kind: "item.status", from: "COMPLETED", to: "APPROVED" }, "2024-05-03T00:00:00Z");

    signIn(officer);
    const { result } = await submitForm(markAllNotificationsRead, formData({ upTo: newestId! }));
    expect(result).toMatchObject({ ok: true });
    expect(rendered(result!.message)).toBe("Marked 2 notifications read.");
    const readAt = async (id: number) => (await db.notification.findUniqueOrThrow({ where: { id } })).readAt;
    expect(await readAt(older.id)).not.toBeNull();
    expect(await readAt(shown.id)).not.toBeNull();
    expect(await readAt(later.id)).toBeNull();
    expect(await readAt(theirs.id)).toBeNull();
    expect(await unreadCount(officer.id)).toBe(1);
  });

  it("needs a signed-in officer", async () => {
    const notice = await give(officer, { kind: "item.status", from: "PROPOSED", to: "APPROVED" }, "2024-05-01T00:00:00Z");
    vi.mocked(readSessionClaims).mockResolvedValue(null);
    for (const [action, fields] of [
      [markNotificationRead, { id: notice.id }],
      [markAllNotificationsRead, { upTo: notice.id }],
    ] as const) {
      const { result } = await submitForm(action, formData(fields));
      expect(rendered(result!.message)).toBe(rendered(msg("a.notSignedIn")));
    }
    expect(await unreadCount(officer.id)).toBe(1);
  });

  it("is open to viewers, for their own", async () => {
    const notice = await give(viewer, { kind: "item.status", from: "PROPOSED", to: "APPROVED" }, "2024-05-01T00:00:00Z");
    signIn(viewer);
    expect((await submitForm(markAllNotificationsRead, formData({ upTo: notice.id }))).result).toMatchObject({ ok: true });
    expect(await unreadCount(viewer.id)).toBe(0);
  });
});
