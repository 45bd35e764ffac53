import "server-only";
import { db } from "../db";
import { inChunks } from "../db/chunks";
import { economySelect } from "../economies/queries";
import type { ItemFilters } from "../items/schema";
import { meetingLabelSelect } from "../meetings/dates";
import { officeToday } from "../today";
import { readMilestoneIdsInPeriod, readTimeline } from "./period-sql";
import { milestoneDueSelect } from "./queries";

/** The most a timeline or calendar shows; beyond it the page asks for narrower filters. */
export const MILESTONE_LIMIT = 5000;

/** Milestones of the filtered work plan within a period, with their item, for the calendar (up to one more than MILESTONE_LIMIT). */
export async function milestonesInPeriod(filters: ItemFilters, start: string, end: string, today = officeToday()) {
  return withItems(await readMilestoneIdsInPeriod(filters, today, start, end, MILESTONE_LIMIT));
}

/** These milestones, in this order, each with its item. */
async function withItems(ids: number[]) {
  if (ids.length === 0) return [];
  const milestones = await inChunks(ids, (chunk) =>
    db.milestone.findMany({
      where: { id: { in: chunk } },
      select: { ...milestoneDueSelect, item: { select: { id: true, titleEn: true, titleZh: true, year: true, proposer: { select: economySelect } } } },
    }),
  );
  const order = new Map(ids.map((id, index) => [id, index]));
  return milestones.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/**
 * The timeline of a period: how many items and milestones fall in it, and the first `rows` items
 * (in the order their first milestone falls) with their milestones in it. Counted in SQL: a year
 * of the whole record holds thousands of milestones, of which a page shows a few hundred.
 */
export async function timelineOfPeriod(filters: ItemFilters, start: string, end: string, rows: number, today = officeToday()) {
  const counted = await readTimeline(filters, today, start, end, rows);
  const byItem = new Map<number, { item: PeriodMilestone["item"]; milestones: PeriodMilestone[] }>();
  for (const milestone of await withItems(counted.ids)) {
    const entry = byItem.get(milestone.item.id) ?? byItem.set(milestone.item.id, { item: milestone.item, milestones: [] }).get(milestone.item.id)!;
    entry.milestones.push(milestone);
  }
  const spans = await itemSpans([...byItem.keys()]);
  return {
    items: counted.items,
    milestones: counted.milestones,
    rows: [...byItem.values()].map((row) => ({ ...row, span: spans.get(row.item.id) ?? null })),
  };
}

/** What a timeline row's bar covers, and where that came from. */
export interface ItemSpan {
  start: string;
  end: string;
  /** "expected": the item's own expected period; "milestones": its first milestone to its last, as no period is set. */
  source: "expected" | "milestones";
}

/**
 * Each item's bar: its expected period when both ends are set, otherwise from its first
 * milestone's first day to its last one's last day (all its milestones, not only the period's);
 * none when nothing is dated.
 */
async function itemSpans(ids: number[]): Promise<Map<number, ItemSpan>> {
  const [items, dated] = await Promise.all([
    inChunks(ids, (chunk) => db.item.findMany({ where: { id: { in: chunk } }, select: { id: true, expectedStart: true, expectedEnd: true } })),
    inChunks(ids, (chunk) =>
      db.milestone.groupBy({ by: ["itemId"], where: { itemId: { in: chunk }, dueStart: { not: null } }, _min: { dueStart: true }, _max: { dueEnd: true } }),
    ),
  ]);
  const spans = new Map<number, ItemSpan>();
  for (const row of dated) {
    if (row._min.dueStart && row._max.dueEnd) spans.set(row.itemId, { start: row._min.dueStart, end: row._max.dueEnd, source: "milestones" });
  }
  for (const item of items) {
    if (item.expectedStart && item.expectedEnd) spans.set(item.id, { start: item.expectedStart, end: item.expectedEnd, source: "expected" });
  }
  return spans;
}

/** Meetings whose possible days overlap a period (those without any date never do). */
export async function meetingsInPeriod(start: string, end: string) {
  return db.meeting.findMany({
    where: { startDate: { lte: end }, endDate: { gte: start } },
    select: meetingLabelSelect,
    orderBy: { startDate: "asc" },
  });
}

export type PeriodMilestone = Awaited<ReturnType<typeof milestonesInPeriod>>[number];
