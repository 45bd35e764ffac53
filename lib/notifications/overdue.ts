import "server-only";
import { lockNames, writeTransaction } from "../db/write";
import { officeToday } from "../today";
import { audienceOf } from "./fan-out";
import type { NotificationData } from "./kinds";

const CHECKED_THROUGH = "overdue-checked-through";

/**
 * Tells followers of each milestone that fell overdue since the last run: still planned, its whole
 * due period now past. The first run only notes the day: what was late before notifications
 * existed is not news, and an officer's first morning must not bring hundreds of notices. Two
 * instances' schedulers take turns on one lock, and a notice's key makes a second one a no-op.
 */
export async function noticeNewlyOverdue(now: Date): Promise<{ milestones: number; notices: number }> {
  const today = officeToday(now);
  return writeTransaction(async (tx) => {
    await lockNames(tx, [`scheduler:${CHECKED_THROUGH}`]);
    const state = await tx.schedulerState.findUnique({ where: { key: CHECKED_THROUGH } });
    const checkedThrough = state?.value;
    if (checkedThrough && checkedThrough >= today) return { milestones: 0, notices: 0 };
    const milestones = checkedThrough
      ? await tx.milestone.findMany({
          where: { status: "PLANNED", dueEnd: { gte: checkedThrough, lt: today }, item: { archivedAt: null } },
          select: { id: true, itemId: true, title: true, titleZh: true, precision: true, dueStart: true, dueEnd: true, anchor: true },
          orderBy: [{ dueEnd: "asc" }, { id: "asc" }],
        })
      : [];
    let notices = 0;
    for (const milestone of milestones) {
      const dedupeKey = `overdue:${milestone.id}:${milestone.dueEnd}`;
      const audience = await audienceOf(tx, milestone.itemId, { except: null, day: today });
      if (audience.length === 0) continue;
      const told = new Set(
        (await tx.notification.findMany({ where: { dedupeKey, userId: { in: audience.map(([userId]) => userId) } }, select: { userId: true } })).map(
          (n) => n.userId,
        ),
      );
      const data: NotificationData = {
        kind: "milestone.overdue",
        milestoneId: milestone.id,
        title: milestone.title,
        titleZh: milestone.titleZh ?? milestone.title,
        due: { precision: milestone.precision, dueStart: milestone.dueStart, dueEnd: milestone.dueEnd, anchor: milestone.anchor },
      };
      const rows = audience
        .filter(([userId]) => !told.has(userId))
        .map(([userId, viewId]) => ({ userId, viewId, kind: data.kind, itemId: milestone.itemId, data: JSON.stringify(data), dedupeKey, createdAt: now }));
      if (rows.length) await tx.notification.createMany({ data: rows });
      notices += rows.length;
    }
    await tx.schedulerState.upsert({ where: { key: CHECKED_THROUGH }, create: { key: CHECKED_THROUGH, value: today }, update: { value: today } });
    return { milestones: milestones.length, notices };
  });
}
