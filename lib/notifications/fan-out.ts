import "server-only";
import type { Tx } from "../db/write";
import { followersOf } from "../follows/queries";
import { rawQuery } from "../items/list-request";
import { itemTableSchema } from "../items/schema";
import { officeDay } from "../today";
import { contextNeeded, deriveNotices, type ChangeContext, type ChangeEvent } from "./derive";
import { resolveMentions } from "./mentions";
import { viewsMatchingItem } from "./view-match-sql";

export interface RecordedChange extends ChangeEvent {
  id: number;
  at: Date;
  userId: number | null;
}

/**
 * Tells the officers concerned of a change, in the change's own transaction: followers of the
 * item, subscribers of saved views the item is in, and anyone the change mentions. Nobody is told
 * of their own change. A change that means nothing to anyone (most do) costs no query.
 */
export async function notifyOfChange(tx: Tx, change: RecordedChange): Promise<void> {
  const needed = contextNeeded(change);
  if (!needed) return;
  const notices = deriveNotices(change, await loadContext(tx, needed));
  if (notices.length === 0) return;
  const itemId = change.itemId;
  const rows: { userId: number; kind: string; viewId: number | null; data: string; dedupeKey: string }[] = [];

  // Only an item has followers; a meeting's notes can still mention someone.
  const forFollowers = itemId == null ? [] : notices.filter((notice) => notice.to === "followers");
  if (itemId != null && forFollowers.length) {
    const audience = await audienceOf(tx, itemId, { except: change.userId, day: officeDay(change.at) });
    for (const notice of forFollowers) {
      for (const [userId, viewId] of audience) {
        rows.push({ userId, kind: notice.data.kind, viewId, data: JSON.stringify(notice.data), dedupeKey: `audit:${change.id}:${notice.key}` });
      }
    }
  }

  const mentions = notices.filter((notice) => notice.to === "mentioned");
  if (mentions.length) {
    const officers = await tx.user.findMany({ where: { active: true }, select: { id: true, email: true } });
    const named = resolveMentions(
      mentions.map((notice) => notice.handle),
      officers,
    );
    const told = new Set<number>();
    for (const notice of mentions) {
      const userId = named.get(notice.handle);
      if (userId == null || userId === change.userId || told.has(userId)) continue;
      told.add(userId);
      rows.push({ userId, kind: notice.data.kind, viewId: null, data: JSON.stringify(notice.data), dedupeKey: `audit:${change.id}:mention` });
    }
  }

  if (rows.length === 0) return;
  await tx.notification.createMany({
    data: rows.map((row) => ({ ...row, itemId, auditEventId: change.id, actorId: change.userId, createdAt: change.at })),
  });
}

async function loadContext(tx: Tx, needed: NonNullable<ReturnType<typeof contextNeeded>>): Promise<ChangeContext> {
  const [milestone, economies, meeting] = await Promise.all([
    needed.milestoneId
      ? tx.milestone.findUnique({
          where: { id: needed.milestoneId },
          select: { id: true, title: true, titleZh: true, completedOn: true, precision: true, dueStart: true, dueEnd: true, anchor: true },
        })
      : null,
    needed.economyCodes?.length
      ? tx.economy.findMany({ where: { code: { in: needed.economyCodes } }, select: { code: true, name: true, shortName: true, nameZh: true } })
      : [],
    needed.meetingId ? tx.meeting.findUnique({ where: { id: needed.meetingId }, select: { id: true, name: true, shortName: true, nameZh: true } }) : null,
  ]);
  return {
    milestone: milestone ?? undefined,
    economies: new Map(economies.map((economy) => [economy.code, economy])),
    meeting: meeting ?? undefined,
  };
}

/**
 * Who hears of news about an item: its followers, then subscribers of saved views that hold the
 * item on `day` and do not follow it already, each with the view that brought it.
 */
export async function audienceOf(tx: Tx, itemId: number, options: { except: number | null; day: string }): Promise<[number, number | null][]> {
  const followers = await followersOf(tx, itemId, options.except);
  const throughViews = await viewSubscribersOf(tx, itemId, options, new Set(followers));
  return [...followers.map((id): [number, null] => [id, null]), ...throughViews];
}

async function viewSubscribersOf(tx: Tx, itemId: number, options: { except: number | null; day: string }, followers: Set<number>): Promise<[number, number][]> {
  const subscriptions = await tx.viewSubscription.findMany({
    where: { user: { active: true }, ...(options.except != null ? { userId: { not: options.except } } : {}) },
    select: { userId: true, view: { select: { id: true, query: true } } },
    orderBy: [{ viewId: "asc" }],
  });
  const pending = subscriptions.filter((subscription) => !followers.has(subscription.userId));
  if (pending.length === 0) return [];
  const views = new Map<number, string>(pending.map((subscription) => [subscription.view.id, subscription.view.query]));
  const parsed = [...views].flatMap(([id, query]) => {
    const filters = itemTableSchema.safeParse(rawQuery(new URLSearchParams(query)));
    return filters.success ? [{ id, filters: filters.data }] : [];
  });
  const matching = new Set(await viewsMatchingItem(tx, parsed, itemId, options.day));
  const told = new Set<number>();
  const audience: [number, number][] = [];
  for (const subscription of pending) {
    if (!matching.has(subscription.view.id) || told.has(subscription.userId)) continue;
    told.add(subscription.userId);
    audience.push([subscription.userId, subscription.view.id]);
  }
  return audience;
}
