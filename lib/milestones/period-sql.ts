// The calendar's and timeline's statements (lib/items/table-sql.ts) run against the database.
import "server-only";
import { db } from "../db";
import type { ItemFilters } from "../items/schema";
import { milestonesInPeriodSql, timelineSql } from "../items/table-sql";

/** The ids of the period's milestones in date order, up to one more than `limit`. */
export async function readMilestoneIdsInPeriod(filters: ItemFilters, today: string, start: string, end: string, limit: number): Promise<number[]> {
  return (await db.$queryRaw<{ id: number | bigint }[]>(milestonesInPeriodSql(filters, today, start, end, limit))).map((row) => Number(row.id));
}

/** How many milestones and items the period holds, and the ids of the first `rows` items' milestones in it. */
export async function readTimeline(filters: ItemFilters, today: string, start: string, end: string, rows: number) {
  const sql = timelineSql(filters, today, start, end, rows);
  const [[counted], ids] = await Promise.all([
    db.$queryRaw<{ milestones: number | bigint; items: number | bigint }[]>(sql.counts),
    db.$queryRaw<{ id: number | bigint }[]>(sql.milestones),
  ]);
  return { items: Number(counted?.items ?? 0), milestones: Number(counted?.milestones ?? 0), ids: ids.map((row) => Number(row.id)) };
}
