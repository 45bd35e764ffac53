// Follow-up actions for the API, filtered and paged in the database.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import type { FollowUpStatus } from "../db/generated/enums";
import { dueSoonFollowUpWhere, overdueFollowUpWhere } from "../follow-ups/due";
import { formatDue } from "../milestones/due";
import type { Paging } from "./list-sql";

/** The windows of the milestones' `due` filter that make sense for a to-do. */
export const FOLLOW_UP_WINDOWS = ["overdue", "30d"] as const;
export type FollowUpWindow = (typeof FOLLOW_UP_WINDOWS)[number];

export interface FollowUpFilters {
  status?: FollowUpStatus[];
  ownerId?: number;
  itemId?: number;
  meetingId?: number;
  due?: FollowUpWindow;
}

/** The milestones' rule for actions (lib/follow-ups/due.ts): "30d" is what falls due from today to 30 days on. */
function dueWhere(due: FollowUpWindow, today: string): Prisma.FollowUpActionWhereInput {
  return due === "overdue" ? overdueFollowUpWhere(today) : dueSoonFollowUpWhere(today);
}

function followUpWhere(filters: FollowUpFilters, today: string): Prisma.FollowUpActionWhereInput {
  return {
    // An archived item's actions go with it, as its milestones do.
    OR: [{ itemId: null }, { item: { archivedAt: null } }],
    ...(filters.status ? { status: { in: filters.status } } : {}),
    ...(filters.ownerId !== undefined ? { ownerId: filters.ownerId } : {}),
    ...(filters.itemId !== undefined ? { itemId: filters.itemId } : {}),
    ...(filters.meetingId !== undefined ? { meetingId: filters.meetingId } : {}),
    ...(filters.due ? { AND: [dueWhere(filters.due, today)] } : {}),
  };
}

const followUpSelect = {
  id: true,
  description: true,
  owner: { select: { id: true, name: true } },
  precision: true,
  dueStart: true,
  dueEnd: true,
  status: true,
  completedOn: true,
  item: { select: { id: true, titleEn: true } },
  meeting: { select: { id: true, name: true } },
  recommendationId: true,
  createdAt: true,
  updatedAt: true,
} as const;

type FollowUpRow = Prisma.FollowUpActionGetPayload<{ select: typeof followUpSelect }>;

function followUpJson(row: FollowUpRow) {
  return {
    id: row.id,
    description: row.description,
    owner: row.owner,
    due: {
      precision: row.precision,
      start: row.dueStart,
      end: row.dueEnd,
      // As the app writes it: "April 2024" for a month, never a made-up day.
      text: formatDue({ precision: row.precision, dueStart: row.dueStart, dueEnd: row.dueEnd, anchor: null }, "en"),
    },
    status: row.status,
    completedOn: row.completedOn,
    item: row.item ? { id: row.item.id, title: row.item.titleEn } : null,
    meeting: row.meeting,
    recommendationId: row.recommendationId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A page of actions, soonest due first, those without a date last. */
export async function followUpPage(filters: FollowUpFilters, paging: Paging, today: string) {
  const where = followUpWhere(filters, today);
  const [total, rows] = await Promise.all([
    db.followUpAction.count({ where }),
    db.followUpAction.findMany({
      where,
      select: followUpSelect,
      orderBy: [{ dueEnd: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      skip: (paging.page - 1) * paging.pageSize,
      take: paging.pageSize,
    }),
  ]);
  return { data: rows.map(followUpJson), ...paging, total };
}

/** One action; null when there is none or its item is archived. */
export async function followUpDetail(id: number) {
  const row = await db.followUpAction.findFirst({ where: { id, OR: [{ itemId: null }, { item: { archivedAt: null } }] }, select: followUpSelect });
  return row ? followUpJson(row) : null;
}
