import "server-only";
import { db } from "../db";
import { parseNotificationData } from "./kinds";
import type { NotificationListQuery } from "./schema";

/** The bell shows "99+" past this: counting further would only cost time. */
export const UNREAD_CAP = 99;
export const NOTIFICATIONS_PAGE_SIZE = 25;

/** How many of the officer's notifications are unread, counted up to UNREAD_CAP + 1. */
export async function unreadCount(userId: number): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null }, take: UNREAD_CAP + 1 });
}

/**
 * One page of the officer's notifications, newest first, with what rendering them needs: the
 * item's titles, who made the change, and the meeting a mention in meeting notes names.
 */
export async function listNotifications(userId: number, query: NotificationListQuery, pageSize = NOTIFICATIONS_PAGE_SIZE) {
  const where = { userId, ...(query.show === "unread" ? { readAt: null } : {}) };
  const [rows, total, unread, newest] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        kind: true,
        data: true,
        createdAt: true,
        readAt: true,
        actorId: true,
        item: { select: { id: true, titleEn: true, titleZh: true } },
      },
    }),
    db.notification.count({ where }),
    db.notification.count({ where: { userId, readAt: null } }),
    db.notification.findFirst({ where: { userId }, orderBy: { id: "desc" }, select: { id: true } }),
  ]);
  const actorIds = [...new Set(rows.flatMap((row) => (row.actorId == null ? [] : [row.actorId])))];
  const meetingIds = [
    ...new Set(
      rows.flatMap((row) => {
        const data = parseNotificationData(row.kind, row.data);
        return data?.kind === "mention" && data.meetingId != null ? [data.meetingId] : [];
      }),
    ),
  ];
  const [actors, meetings] = await Promise.all([
    actorIds.length ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [],
    meetingIds.length ? db.meeting.findMany({ where: { id: { in: meetingIds } }, select: { id: true, name: true, shortName: true, nameZh: true } }) : [],
  ]);
  const actorName = new Map(actors.map((actor) => [actor.id, actor.name]));
  const meetingById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  return {
    notifications: rows.map(({ actorId, ...row }) => {
      const data = parseNotificationData(row.kind, row.data);
      const meetingId = data?.kind === "mention" ? data.meetingId : undefined;
      return {
        ...row,
        actorName: actorId == null ? null : (actorName.get(actorId) ?? null),
        meeting: meetingId != null ? (meetingById.get(meetingId) ?? null) : null,
      };
    }),
    total,
    unread,
    /** The newest notification the officer has, listed or not: what "mark all read" covers. */
    newestId: newest?.id ?? null,
    page: query.page,
    pageSize,
  };
}

export type ListedNotification = Awaited<ReturnType<typeof listNotifications>>["notifications"][number];
