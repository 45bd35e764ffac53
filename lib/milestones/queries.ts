import "server-only";
import { addDays } from "../dates";
import { db } from "../db";
import { economySelect } from "../economies/queries";
import { compareDeadlines, compareMilestones } from "./order";

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
 * an officer marked late), those whose deadline falls within `horizonDays`, and those with no date yet.
 */
export async function milestoneAgenda(today: string, horizonDays = 90) {
  const live = { item: { archivedAt: null } };
  const [overdue, upcoming, undated] = await Promise.all([
    db.milestone.findMany({
      where: { ...live, OR: [{ status: "LATE" }, { status: "PLANNED", dueEnd: { lt: today } }] },
      select: agendaSelect,
    }),
    db.milestone.findMany({
      // By deadline: a year-long "by the end of 2024" would otherwise sit in this list all year.
      where: { ...live, status: "PLANNED", dueEnd: { gte: today, lte: addDays(today, horizonDays) } },
      select: agendaSelect,
    }),
    db.milestone.findMany({ where: { ...live, status: "PLANNED", dueEnd: null }, select: agendaSelect }),
  ]);
  return {
    overdue: overdue.sort(compareDeadlines),
    upcoming: upcoming.sort(compareDeadlines),
    undated: undated.sort((a, b) => b.item.year - a.item.year || compareMilestones(a, b)),
  };
}

export type AgendaMilestone = Awaited<ReturnType<typeof milestoneAgenda>>["overdue"][number];
