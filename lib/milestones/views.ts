import "server-only";
import { db } from "../db";
import { economySelect } from "../economies/queries";
import type { ItemFilters } from "../items/schema";
import { milestonesInPeriodSql } from "../items/table-sql";
import { officeToday } from "../today";
import { milestoneDueSelect } from "./queries";

/** The most a timeline or calendar shows; beyond it the page asks for narrower filters. */
export const MILESTONE_LIMIT = 5000;

/** Milestones of the filtered work plan within a period, with their item, for the timeline and calendar (up to one more than MILESTONE_LIMIT). */
export async function milestonesInPeriod(filters: ItemFilters, start: string, end: string, today = officeToday()) {
  const ids = (await db.$queryRaw<{ id: number }[]>(milestonesInPeriodSql(filters, today, start, end, MILESTONE_LIMIT))).map((row) => Number(row.id));
  if (ids.length === 0) return [];
  const milestones = await db.milestone.findMany({
    where: { id: { in: ids } },
    select: { ...milestoneDueSelect, item: { select: { id: true, titleEn: true, titleZh: true, year: true, proposer: { select: economySelect } } } },
  });
  const order = new Map(ids.map((id, index) => [id, index]));
  return milestones.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** Meetings that overlap a period. */
export async function meetingsInPeriod(start: string, end: string) {
  return db.meeting.findMany({
    where: { startDate: { lte: end }, endDate: { gte: start } },
    select: { id: true, name: true, nameZh: true, shortName: true, startDate: true, endDate: true },
    orderBy: { startDate: "asc" },
  });
}

export type PeriodMilestone = Awaited<ReturnType<typeof milestonesInPeriod>>[number];
