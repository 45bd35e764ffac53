import "server-only";
import { addDays } from "../dates";
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import type { FollowUpStatus } from "../db/generated/enums";
import { overdueFollowUpWhere } from "./due";
import type { FollowUpFilter } from "./schema";

/** What every list of actions shows of each. */
export const followUpSelect = {
  id: true,
  version: true,
  description: true,
  ownerId: true,
  owner: { select: { id: true, name: true } },
  precision: true,
  dueStart: true,
  dueEnd: true,
  status: true,
  completedOn: true,
  recommendationId: true,
  item: { select: { id: true, titleEn: true, titleZh: true, archivedAt: true } },
  meeting: { select: { id: true, name: true, nameZh: true, shortName: true } },
} as const;

export type FollowUpEntry = Prisma.FollowUpActionGetPayload<{ select: typeof followUpSelect }>;

/** The overview's window, as the milestones' own: overdue, or due in the next so many days. */
export const FOLLOW_UP_NEXT_DAYS = 30;

const STATUS_RANK: Record<FollowUpStatus, number> = { OPEN: 0, DONE: 1, DROPPED: 2 };

/** Open first; then by the last day each may fall on (undated last), then as created. */
export function compareFollowUps(a: Pick<FollowUpEntry, "status" | "dueEnd" | "id">, b: Pick<FollowUpEntry, "status" | "dueEnd" | "id">): number {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || (a.dueEnd ?? "\uffff").localeCompare(b.dueEnd ?? "\uffff") || a.id - b.id;
}

async function listed(where: Prisma.FollowUpActionWhereInput) {
  return (await db.followUpAction.findMany({ where, select: followUpSelect })).sort(compareFollowUps);
}

export function itemFollowUps(itemId: number) {
  return listed({ itemId });
}

export function meetingFollowUps(meetingId: number) {
  return listed({ meetingId });
}

const STATUS_OF: Record<Exclude<FollowUpFilter, "all">, FollowUpStatus> = { open: "OPEN", done: "DONE", dropped: "DROPPED" };

/** "My actions": an officer's (or, with ownerId null, everyone's) actions of the chosen status. */
export function listFollowUps({ ownerId, status }: { ownerId: number | null; status: FollowUpFilter }) {
  return listed({ ...(ownerId === null ? {} : { ownerId }), ...(status === "all" ? {} : { status: STATUS_OF[status] }) });
}

/**
 * What the overview weighs: an action of an archived item is out of the plan, as that item's
 * milestones are, so neither counts as overdue there.
 */
export const live: Prisma.FollowUpActionWhereInput = { OR: [{ itemId: null }, { item: { archivedAt: null } }] };

/** The officer's open actions that are overdue or due in the next FOLLOW_UP_NEXT_DAYS days. */
export function dueFollowUpsOf(ownerId: number, today: string) {
  return listed({ AND: [live, { ownerId, status: "OPEN", dueEnd: { lte: addDays(today, FOLLOW_UP_NEXT_DAYS) } }] });
}

/** Everyone's overdue actions, the first `limit` by due date, and how many there are. */
export async function overdueFollowUps(today: string, limit: number) {
  const where: Prisma.FollowUpActionWhereInput = { AND: [live, overdueFollowUpWhere(today)] };
  const [total, actions] = await Promise.all([
    db.followUpAction.count({ where }),
    db.followUpAction.findMany({ where, select: followUpSelect, orderBy: [{ dueEnd: "asc" }, { id: "asc" }], take: limit }),
  ]);
  return { total, actions };
}

/** Whom an action can be given to: officers whose accounts are active. */
export function activeOwners() {
  return db.user.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

/** For the link to "the other one": every meeting on the item page, the meeting's reported items on its page. */
export function meetingChoices() {
  return db.meeting.findMany({
    select: { id: true, name: true, nameZh: true, shortName: true },
    orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  });
}

export async function itemChoices(meetingId: number) {
  const rows = await db.meetingItem.findMany({
    where: { meetingId, item: { archivedAt: null } },
    select: { item: { select: { id: true, titleEn: true, titleZh: true } } },
    orderBy: { itemId: "asc" },
  });
  return rows.map((row) => row.item);
}

/** How many actions each recommendation of a meeting has led to. */
export async function recommendationFollowUpCounts(meetingId: number): Promise<Map<number, number>> {
  const groups = await db.followUpAction.groupBy({ by: ["recommendationId"], where: { meetingId, recommendationId: { not: null } }, _count: { _all: true } });
  return new Map(groups.map((group) => [group.recommendationId!, group._count._all]));
}

/** Whether the item exists and is open to new actions; the item page shows no create form otherwise. */
export async function itemTakesFollowUps(itemId: number): Promise<boolean> {
  const item = await db.item.findUnique({ where: { id: itemId }, select: { archivedAt: true } });
  return item !== null && item.archivedAt === null;
}
