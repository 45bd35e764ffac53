// The API's lists of what hangs off the matching items (milestones, co-sponsorships, meetings),
// paged in the database like the items themselves: a page costs the same whatever the plan's size,
// where reading every match to slice one page out of it grew with the whole record.
import "server-only";
import { db } from "../db";
import { firstOf } from "../db/first-of-sql";
import { Prisma } from "../db/generated/client";
import { isFiltered } from "../items/filter-query";
import type { ItemFilters } from "../items/schema";
import { itemWhere } from "../items/table-sql";
import { meetingSummarySelect } from "../meetings/queries";
import { officeToday } from "../today";

export interface Paging {
  page: number;
  pageSize: number;
}

/** How many rows `from` (FROM … WHERE) holds, and the keys of the requested page of them in `order`. */
function pageOfIds(id: Prisma.Sql, from: Prisma.Sql, order: Prisma.Sql, paging: Paging) {
  return firstOf(id, from, order, paging.pageSize, (paging.page - 1) * paging.pageSize);
}

/** Rows in the order of `ids` (an IN list comes back in the table's order). */
function inOrderOf<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The milestones of the matching items in time order (lib/milestones/order.ts compareMilestones):
 * dated by the start, then the end of their period; anchored without days next; undated last;
 * ties in the order officers gave.
 */
export async function milestonePage(filters: ItemFilters, paging: Paging, today = officeToday()) {
  const { total, ids } = await pageOfIds(
    Prisma.sql`m."id"`,
    Prisma.sql`FROM "Milestone" m JOIN "Item" i ON i."id" = m."itemId" ${itemWhere(filters, today)}`,
    Prisma.sql`ORDER BY CASE WHEN m."dueStart" IS NOT NULL THEN 0 WHEN m."precision" = 'UNDATED' THEN 2 ELSE 1 END,
      COALESCE(m."dueStart", ''), COALESCE(m."dueEnd", ''), m."position", m."id"`,
    paging,
  );
  const rows = await db.milestone.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      itemId: true,
      title: true,
      titleZh: true,
      precision: true,
      dueStart: true,
      dueEnd: true,
      anchor: true,
      status: true,
      completedOn: true,
    },
  });
  return { data: inOrderOf(ids, rows), ...paging, total };
}

/** One row per matching item and economy, withdrawn ones too: by item, then in APEC's order. */
export async function coSponsorshipPage(filters: ItemFilters, paging: Paging, today = officeToday()) {
  const { total, ids } = await pageOfIds(
    Prisma.sql`c."id"`,
    Prisma.sql`FROM "CoSponsorship" c JOIN "Item" i ON i."id" = c."itemId" JOIN "Economy" e ON e."code" = c."economyCode" ${itemWhere(filters, today)}`,
    Prisma.sql`ORDER BY c."itemId", e."apecOrder"`,
    paging,
  );
  const rows = await db.coSponsorship.findMany({
    where: { id: { in: ids } },
    select: { id: true, itemId: true, economyCode: true, joinedOn: true, withdrawnOn: true },
  });
  return {
    data: inOrderOf(ids, rows).map((row) => ({ itemId: row.itemId, economy: row.economyCode, joinedOn: row.joinedOn, withdrawnOn: row.withdrawnOn })),
    ...paging,
    total,
  };
}

/** Meetings, newest first; with filters, only those that reported a matching item. */
export async function meetingPage(filters: ItemFilters, paging: Paging, today = officeToday()) {
  const reported = isFiltered(filters)
    ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM "MeetingItem" mi JOIN "Item" i ON i."id" = mi."itemId" ${itemWhere(filters, today, "some")} AND mi."meetingId" = mt."id")`
    : Prisma.empty;
  const { total, ids } = await pageOfIds(
    Prisma.sql`mt."id"`,
    Prisma.sql`FROM "Meeting" mt ${reported}`,
    // NULLS LAST on both engines: PostgreSQL would put a meeting not yet dated first.
    Prisma.sql`ORDER BY mt."startDate" DESC NULLS LAST, mt."id" DESC`,
    paging,
  );
  const rows = await db.meeting.findMany({
    where: { id: { in: ids } },
    select: {
      ...meetingSummarySelect,
      chair: true,
      items: { select: { itemId: true }, where: { item: { archivedAt: null } }, orderBy: { itemId: "asc" } },
    },
  });
  return { data: inOrderOf(ids, rows).map(({ items, ...meeting }) => ({ ...meeting, itemIds: items.map((i) => i.itemId) })), ...paging, total };
}
