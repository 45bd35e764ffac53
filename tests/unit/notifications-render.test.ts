// Every kind of notification as its reader reads it, in English and in Traditional Chinese: the
// sentence, who made the change and when, and where it leads. A month-only milestone reads as its
// month ("April 2024", "2024年4月"), never a made-up day.
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import zhTW from "@/lib/i18n/messages/zh-TW.json";
import type { NotificationData } from "@/lib/notifications/kinds";
import { renderNotification, type NotificationForReader } from "@/lib/notifications/render";

const translators = {
  en: createTranslator({ locale: "en", messages: en }),
  "zh-TW": createTranslator({ locale: "zh-TW", messages: zhTW }),
};

const zone = process.env.APP_TIME_ZONE;
beforeAll(() => {
  process.env.APP_TIME_ZONE = "Asia/Taipei";
});
afterAll(() => {
  if (zone === undefined) delete process.env.APP_TIME_ZONE;
  else process.env.APP_TIME_ZONE = zone;
});

const item = { id: 42, titleEn: "Single window interoperability", titleZh: "單一窗口互通" };
const april = { precision: "MONTH", dueStart: "2024-04-01", dueEnd: "2024-04-30", anchor: null } as const;
const june = { precision: "MONTH", dueStart: "2024-06-01", dueEnd: "2024-06-30", anchor: null } as const;
const milestone = { milestoneId: 7, title: "Workshop report", titleZh: "研討會報告" };
const japan = { code: "JP", economy: "Japan", economyZh: "日本" };

function notice(data: NotificationData, overrides: Partial<NotificationForReader> = {}): NotificationForReader {
  return { kind: data.kind, data: JSON.stringify(data), createdAt: new Date("2024-05-02T06:05:00Z"), item, actorName: "Mei Lin", ...overrides };
}

function read(notification: NotificationForReader, locale: Locale) {
  return renderNotification(notification, translators[locale] as never, locale);
}

describe("a notification in the reader's language", () => {
  const cases: [string, NotificationForReader, string, string, string][] = [
    [
      "a status change",
      notice({ kind: "item.status", from: "APPROVED", to: "IN_IMPLEMENTATION" }),
      'The status of "Single window interoperability" changed from Approved to In implementation.',
      "「單一窗口互通」的狀態由「已通過」改為「執行中」。",
      "/items/42",
    ],
    [
      "a milestone met on a day",
      notice({ kind: "milestone.done", completedOn: "2024-04-15", ...milestone }),
      'Milestone "Workshop report" of "Single window interoperability" was met on 15 Apr 2024.',
      "「單一窗口互通」的里程碑「研討會報告」已於2024年4月15日達成。",
      "/items/42#milestone-7",
    ],
    [
      "a milestone met, day unknown",
      notice({ kind: "milestone.done", completedOn: null, ...milestone }),
      'Milestone "Workshop report" of "Single window interoperability" was met.',
      "「單一窗口互通」的里程碑「研討會報告」已達成。",
      "/items/42#milestone-7",
    ],
    [
      "a month-only milestone moved",
      notice({ kind: "milestone.moved", from: april, to: june, ...milestone }),
      'Milestone "Workshop report" of "Single window interoperability" moved from April 2024 to June 2024.',
      "「單一窗口互通」的里程碑「研討會報告」由2024年4月改為2024年6月。",
      "/items/42#milestone-7",
    ],
    [
      "a month-only milestone newly overdue",
      notice({ kind: "milestone.overdue", due: april, ...milestone }, { actorName: null }),
      'Milestone "Workshop report" of "Single window interoperability" is now overdue (due April 2024).',
      "「單一窗口互通」的里程碑「研討會報告」已逾期（原訂2024年4月）。",
      "/items/42#milestone-7",
    ],
    [
      "a co-sponsor joining",
      notice({ kind: "cosponsor.joined", ...japan }),
      'Japan joined "Single window interoperability" as a co-sponsor.',
      "日本已加入連署「單一窗口互通」。",
      "/items/42",
    ],
    [
      "a co-sponsor withdrawing",
      notice({ kind: "cosponsor.withdrawn", removed: false, ...japan }),
      'Japan withdrew as a co-sponsor of "Single window interoperability".',
      "日本已退出連署「單一窗口互通」。",
      "/items/42",
    ],
    [
      "a co-sponsor removed",
      notice({ kind: "cosponsor.withdrawn", removed: true, ...japan }),
      'Japan was removed from the co-sponsors of "Single window interoperability".',
      "日本已自「單一窗口互通」的連署經濟體中移除。",
      "/items/42",
    ],
    [
      "a meeting report",
      notice({ kind: "meeting.report", meetingId: 3, meeting: "SCCP1 2024", meetingZh: "2024年第1次SCCP會議" }),
      '"Single window interoperability" was reported at SCCP1 2024.',
      "「單一窗口互通」已在2024年第1次SCCP會議提出報告。",
      "/items/42",
    ],
    [
      "a mention in an item's note",
      notice({ kind: "mention", where: "item", excerpt: "…@mei.lin please check the figures…" }),
      'You were mentioned in a note on "Single window interoperability": "…@mei.lin please check the figures…"',
      "您在「單一窗口互通」的備註中被提及：「…@mei.lin please check the figures…」",
      "/items/42",
    ],
    [
      "a mention in a milestone's note",
      notice({ kind: "mention", where: "milestone", excerpt: "@mei.lin draft due" }),
      'You were mentioned in a milestone note on "Single window interoperability": "@mei.lin draft due"',
      "您在「單一窗口互通」的里程碑備註中被提及：「@mei.lin draft due」",
      "/items/42",
    ],
    [
      "a mention in a meeting's notes",
      notice(
        { kind: "mention", where: "meeting", excerpt: "@mei.lin to present", meetingId: 3 },
        { item: null, meeting: { id: 3, name: "First SCCP meeting 2024", shortName: "SCCP1 2024", nameZh: "2024年第1次SCCP會議" } },
      ),
      'You were mentioned in the notes of SCCP1 2024: "@mei.lin to present"',
      "您在2024年第1次SCCP會議的會議紀錄中被提及：「@mei.lin to present」",
      "/meetings/3",
    ],
  ];

  it.each(cases)("%s", (_name, notification, english, chinese, href) => {
    const inEnglish = read(notification, "en");
    const inChinese = read(notification, "zh-TW");
    expect(inEnglish.sentence).toBe(english);
    expect(inChinese.sentence).toBe(chinese);
    expect(inEnglish.href).toBe(href);
    expect(inChinese.href).toBe(href);
    expect(inEnglish.by).toBe(notification.actorName);
  });

  it("says when in the office's time zone, in the reader's language", () => {
    const notification = notice({ kind: "item.status", from: "PROPOSED", to: "APPROVED" });
    expect(read(notification, "en").when).toBe("2 May 2024, 14:05 Asia/Taipei");
    expect(read(notification, "zh-TW").when).toMatch(/^2024年5月2日.*14:05 Asia\/Taipei$/);
  });

  it("falls back to the English title when there is no Chinese one", () => {
    const notification = notice({ kind: "item.status", from: "PROPOSED", to: "APPROVED" }, { item: { ...item, titleZh: null } });
    expect(read(notification, "zh-TW").sentence).toBe("「Single window interoperability」的狀態由「提案中」改為「已通過」。");
  });

  it("still says something of data it cannot read, and leads to the item", () => {
    const notification = { ...notice({ kind: "item.status", from: "PROPOSED", to: "APPROVED" }), data: "{not json" };
    expect(read(notification, "en")).toMatchObject({ sentence: 'Something changed on "Single window interoperability".', href: "/items/42" });
  });
});
