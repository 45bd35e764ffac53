import "server-only";
import { addDays } from "../dates";
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import { writeTransaction } from "../db/write";
import { economySelect, findEconomy } from "../economies/queries";
import { economyItemsWhere } from "../follows/queries";
import { milestoneDueSelect } from "../milestones/queries";
import { economyOfUser } from "../office/queries";
import { officeToday } from "../today";
import { recordOverviewVisit } from "../users/mutations";
import { readEconomyChanges } from "./changes-sql";

// The overview's first section: what the officer's economy (their own, else the office's)
// proposes and co-sponsors. Each list is counted and cut in the database, so the page costs the
// same on the 10,000-item plan as on the seeded one.

/** The milestones' window, and the work plan's `due=` link for the same rows. */
export const NEXT_DAYS = 30;
/** Without an earlier visit, "changed since my last visit" looks back this far. */
export const FIRST_VISIT_DAYS = 7;
/** The first few of each list: the overview is a glance, the work plan holds the rest. */
export const SECTION_LIMIT = 5;

const milestoneSelect = {
  ...milestoneDueSelect,
  item: { select: { id: true, titleEn: true, titleZh: true, year: true, kind: true, proposer: { select: economySelect } } },
} as const;

/** The table's windows (lib/items/table-sql.ts dueCondition), so the counts match the linked table. */
function dueWhere(window: "overdue" | "next", today: string): Prisma.MilestoneWhereInput {
  return window === "overdue"
    ? { OR: [{ status: "LATE" }, { status: "PLANNED", dueEnd: { lt: today } }] }
    : { status: "PLANNED", dueEnd: { gte: today, lte: addDays(today, NEXT_DAYS) } };
}

async function milestoneWindow(code: string, window: "overdue" | "next", today: string, limit: number) {
  const due = dueWhere(window, today);
  const where: Prisma.MilestoneWhereInput = { ...due, item: { archivedAt: null, ...economyItemsWhere(code) } };
  const withDue = { archivedAt: null, milestones: { some: due } };
  const [total, milestones, proposedItems, coSponsoredItems] = await Promise.all([
    db.milestone.count({ where }),
    db.milestone.findMany({
      where,
      select: milestoneSelect,
      orderBy: [{ dueEnd: { sort: "asc", nulls: "last" } }, { dueStart: { sort: "asc", nulls: "last" } }, { position: "asc" }, { id: "asc" }],
      take: limit,
    }),
    // What the work plan's proposer= and coSponsor= links show, each on its own.
    db.item.count({ where: { ...withDue, proposerCode: code } }),
    db.item.count({ where: { ...withDue, coSponsorships: { some: { economyCode: code, withdrawnOn: null } } } }),
  ]);
  return { total, milestones, proposedItems, coSponsoredItems };
}

/** Changes others made to the economy's items after `since`, newest first, with their items' titles. */
async function changesSince(code: string, userId: number, since: Date, limit: number) {
  const { total, ids } = await readEconomyChanges(code, userId, since, limit);
  const events = await db.auditEvent.findMany({
    where: { id: { in: ids } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { id: true, at: true, action: true, summary: true, itemId: true, user: { select: { name: true } } },
  });
  const items = await db.item.findMany({
    where: { id: { in: [...new Set(events.flatMap((event) => (event.itemId == null ? [] : [event.itemId])))] } },
    select: { id: true, titleEn: true, titleZh: true },
  });
  const byId = new Map(items.map((item) => [item.id, item]));
  return {
    total,
    events: events.flatMap(({ itemId, ...event }) => {
      const item = itemId == null ? undefined : byId.get(itemId);
      return item ? [{ ...event, item }] : [];
    }),
  };
}

/**
 * The officer's economy at `now`: its overdue milestones, those due in the next NEXT_DAYS days,
 * and what others changed since `since`; null when neither the officer nor the office has chosen
 * an economy.
 */
export async function economyOverview(userId: number, now: Date, since: Date | null, limit = SECTION_LIMIT, changesLimit = 2 * SECTION_LIMIT) {
  const code = await economyOfUser(userId);
  if (!code) return null;
  const today = officeToday(now);
  const from = since ?? new Date(now.getTime() - FIRST_VISIT_DAYS * 24 * 60 * 60 * 1000);
  const [economy, overdue, next, changes] = await Promise.all([
    findEconomy(code),
    milestoneWindow(code, "overdue", today, limit),
    milestoneWindow(code, "next", today, limit),
    changesSince(code, userId, from, changesLimit),
  ]);
  if (!economy) return null;
  return { economy, today, overdue, next, changes: { ...changes, since: from, firstVisit: since === null } };
}

export type EconomyOverview = NonNullable<Awaited<ReturnType<typeof economyOverview>>>;

/** The overview opened at `now`: records the visit and gives back where "changed since" starts. */
export async function visitOverview(userId: number, now: Date): Promise<Date | null> {
  const { previousVisitAt } = await writeTransaction((tx) => recordOverviewVisit(tx, userId, now));
  return previousVisitAt;
}
