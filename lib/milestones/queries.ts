import "server-only";
import { db } from "../db";
import { economySelect } from "../economies/queries";
import { readAgendaWindow, type AgendaWindow } from "./agenda-sql";

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

/**
 * What needs attention on `today`: milestones still open whose whole period has passed (or that
 * an officer marked late), those whose deadline falls within `horizonDays`, and those with no date
 * yet; each list's size and its first `limit` in order. The counting and ordering are done in SQL
 * (agenda-sql.ts): on the whole record there are thousands of each.
 */
export async function milestoneAgenda(today: string, horizonDays = 90, limit = 20) {
  const list = async (window: AgendaWindow) => {
    const { total, ids } = await readAgendaWindow(window, today, horizonDays, limit);
    const rows = new Map((await db.milestone.findMany({ where: { id: { in: ids } }, select: agendaSelect })).map((row) => [row.id, row]));
    return { total, milestones: ids.flatMap((id) => rows.get(id) ?? []) };
  };
  const [overdue, upcoming, undated] = await Promise.all([list("overdue"), list("upcoming"), list("undated")]);
  return { overdue, upcoming, undated };
}

export type AgendaMilestone = Awaited<ReturnType<typeof milestoneAgenda>>["overdue"]["milestones"][number];
