import type { DatePrecision, MilestoneStatus } from "../db/generated/enums";

export interface OrderableMilestone {
  precision: DatePrecision;
  dueStart: string | null;
  dueEnd: string | null;
  position: number;
  id: number;
  status: MilestoneStatus;
}

/**
 * Time order: dated milestones by the start of their period (a month-only milestone sorts with
 * the month's first day, before a day later that month), then by the end; anchored ones without
 * days after the dated; undated last; ties keep the order officers gave.
 */
export function compareMilestones(a: OrderableMilestone, b: OrderableMilestone): number {
  return (
    rank(a) - rank(b) ||
    (a.dueStart ?? "").localeCompare(b.dueStart ?? "") ||
    (a.dueEnd ?? "").localeCompare(b.dueEnd ?? "") ||
    a.position - b.position ||
    a.id - b.id
  );
}

function rank(milestone: OrderableMilestone): number {
  if (milestone.dueStart) return 0;
  return milestone.precision === "UNDATED" ? 2 : 1;
}

export function isOpen(milestone: { status: MilestoneStatus }): boolean {
  return milestone.status === "PLANNED" || milestone.status === "LATE";
}

/** The open milestone with the nearest deadline. */
export function nextMilestone<T extends OrderableMilestone>(milestones: T[]): T | undefined {
  return milestones.filter(isOpen).sort(compareDeadlines)[0];
}

/** For lists of what is due: the deadline first, so "by the end of 2024" comes after October 2024. */
export function compareDeadlines(a: OrderableMilestone, b: OrderableMilestone): number {
  return rank(a) - rank(b) || (a.dueEnd ?? "").localeCompare(b.dueEnd ?? "") || compareMilestones(a, b);
}

/** Whether two milestones fall on the same date (or both have none): only then do officers order them. */
export function shareDate(a: OrderableMilestone, b: OrderableMilestone): boolean {
  return rank(a) === rank(b) && a.dueStart === b.dueStart && a.dueEnd === b.dueEnd;
}
