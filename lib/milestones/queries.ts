import "server-only";
import { db } from "../db";
import { firstOf } from "../db/first-of";
import { Prisma } from "../db/generated/client";
import { economySelect } from "../economies/queries";
import { dueCondition } from "../items/table-sql";

/** What every list of milestones shows: its titles, when it falls due, and where it stands. */
export const milestoneDueSelect = {
  id: true,
  title: true,
  titleZh: true,
  precision: true,
  dueStart: true,
  dueEnd: true,
  anchor: true,
  status: true,
  position: true,
} as const;

const agendaSelect = {
  ...milestoneDueSelect,
  item: { select: { id: true, titleEn: true, titleZh: true, year: true, kind: true, proposer: { select: economySelect } } },
} as const;

type AgendaWindow = "overdue" | "upcoming" | "undated";

/**
 * What needs attention on `today`: milestones still open whose whole period has passed (or that
 * an officer marked late), those whose deadline falls within `horizonDays`, and those with no date
 * yet; each list's size and its first `limit` in order. The windows are the table's own (the
 * overview links to the table for the rest), and the counting and ordering are done in SQL: on
 * the whole record there are thousands of each.
 */
export async function milestoneAgenda(today: string, horizonDays = 90, limit = 20) {
  const windows: Record<AgendaWindow, Prisma.Sql> = {
    overdue: dueCondition({ kind: "overdue" }, today),
    upcoming: dueCondition({ kind: "next", days: horizonDays }, today),
    undated: dueCondition({ kind: "undated" }, today),
  };
  // As compareDeadlines orders them (dated, then anchored without days, then undated; deadline,
  // start, the officers' order); what has no date at all goes newest work-plan year first.
  const rank = Prisma.sql`CASE WHEN m.dueStart IS NOT NULL THEN 0 WHEN m.precision = 'UNDATED' THEN 2 ELSE 1 END`;
  const byDeadline = Prisma.sql`ORDER BY ${rank}, COALESCE(m.dueEnd, ''), COALESCE(m.dueStart, ''), m.position, m.id`;
  const order: Record<AgendaWindow, Prisma.Sql> = {
    overdue: byDeadline,
    upcoming: byDeadline,
    undated: Prisma.sql`ORDER BY i.year DESC, ${rank}, COALESCE(m.dueStart, ''), COALESCE(m.dueEnd, ''), m.position, m.id`,
  };
  const list = async (window: AgendaWindow) => {
    const from = Prisma.sql`FROM Milestone m JOIN Item i ON i.id = m.itemId WHERE i.archivedAt IS NULL AND ${windows[window]}`;
    const { total, ids } = await firstOf(Prisma.sql`m.id`, from, order[window], limit);
    const rows = new Map((await db.milestone.findMany({ where: { id: { in: ids } }, select: agendaSelect })).map((row) => [row.id, row]));
    return { total, milestones: ids.flatMap((id) => rows.get(id) ?? []) };
  };
  const [overdue, upcoming, undated] = await Promise.all([list("overdue"), list("upcoming"), list("undated")]);
  return { overdue, upcoming, undated };
}

export type AgendaMilestone = Awaited<ReturnType<typeof milestoneAgenda>>["overdue"]["milestones"][number];
