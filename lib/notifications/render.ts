// A notification as its reader reads it: one sentence in their language, who made the change,
// when, and where it leads. Notices keep names in both languages as they stood when it happened
// (kinds.ts); the item's title is today's. Pure, so the list, the digests and the tests agree.
import { formatDay } from "../dates";
import type { Locale } from "../i18n/config";
import { localTitle, meetingName } from "../i18n/data";
import { formatDue } from "../milestones/due";
import { formatInstant } from "../today";
import { parseNotificationData } from "./kinds";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface NotificationForReader {
  kind: string;
  data: string;
  createdAt: Date;
  item: { id: number; titleEn: string; titleZh: string | null } | null;
  /** Who made the change; null when nobody did (the scheduler found a milestone overdue). */
  actorName: string | null;
  /** The meeting whose notes mention the reader, when that is where. */
  meeting?: { id: number; name: string; shortName: string | null; nameZh: string | null } | null;
}

export interface RenderedNotification {
  sentence: string;
  by: string | null;
  when: string;
  href: string | null;
}

/** Where a milestone stands on its item's page. */
export function milestoneHref(itemId: number, milestoneId: number): string {
  return `/items/${itemId}#milestone-${milestoneId}`;
}

/** `t` is the whole catalogue's translator (it reads notifications.* and enums.itemStatus.*). */
export function renderNotification(notification: NotificationForReader, t: Translate, locale: Locale): RenderedNotification {
  const { item } = notification;
  const zh = locale === "zh-TW";
  const itemTitle = item ? localTitle(item, locale).text : t("notifications.anItem");
  const itemHref = item ? `/items/${item.id}` : null;
  const base = { by: notification.actorName, when: formatInstant(notification.createdAt, locale) };
  const data = parseNotificationData(notification.kind, notification.data);
  const say = (key: string, values: Record<string, string | number>, href: string | null) => ({
    ...base,
    sentence: t(`notifications.kinds.${key}`, { item: itemTitle, ...values }),
    href,
  });
  if (!data) return say("unknown", {}, itemHref);
  const milestoneOf = (ref: { milestoneId: number; title: string; titleZh: string }) => ({
    values: { milestone: zh && ref.titleZh ? ref.titleZh : ref.title },
    href: item ? milestoneHref(item.id, ref.milestoneId) : null,
  });
  const economyOf = (ref: { economy: string; economyZh: string }) => ({ economy: ref.economy, economyZh: ref.economyZh || ref.economy });
  switch (data.kind) {
    case "item.status":
      return say("status", { from: t(`enums.itemStatus.${data.from}`), to: t(`enums.itemStatus.${data.to}`) }, itemHref);
    case "milestone.done": {
      const { values, href } = milestoneOf(data);
      return data.completedOn ? say("doneOn", { ...values, date: formatDay(data.completedOn, locale) }, href) : say("done", values, href);
    }
    case "milestone.moved": {
      const { values, href } = milestoneOf(data);
      return say("moved", { ...values, from: formatDue(data.from, locale), to: formatDue(data.to, locale) }, href);
    }
    case "milestone.overdue": {
      const { values, href } = milestoneOf(data);
      return say("overdue", { ...values, due: formatDue(data.due, locale) }, href);
    }
    case "cosponsor.joined":
      return say("joined", economyOf(data), itemHref);
    case "cosponsor.withdrawn":
      return say(data.removed ? "removed" : "withdrew", economyOf(data), itemHref);
    case "meeting.report":
      return say("report", { meeting: zh && data.meetingZh ? data.meetingZh : data.meeting }, itemHref);
    case "mention":
      if (data.where === "meeting") {
        const meeting = notification.meeting ? meetingName(notification.meeting, locale) : t("notifications.aMeeting");
        return say("mentionMeeting", { meeting, excerpt: data.excerpt }, data.meetingId != null ? `/meetings/${data.meetingId}` : null);
      }
      return say(data.where === "milestone" ? "mentionMilestone" : "mentionItem", { excerpt: data.excerpt }, itemHref);
  }
}
