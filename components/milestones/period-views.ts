// Where a milestone sits on a timeline of months or a calendar of days, by its precision: a day
// on its day, a month-only milestone across its month, a quarter across three, a year across all
// twelve; a meeting-anchored one on the meeting's days when they are known.
import type { PeriodMilestone } from "@/lib/milestones/views";

/** First and last month (1–12) of the year `year` that the milestone covers on a timeline. */
export function monthSpan(milestone: Pick<PeriodMilestone, "dueStart" | "dueEnd">, year: number): [number, number] {
  const month = (day: string | null, fallback: number) => (day && Number(day.slice(0, 4)) === year ? Number(day.slice(5, 7)) : fallback);
  return [month(milestone.dueStart, 1), month(milestone.dueEnd, 12)];
}

/** Whether the calendar can put the milestone on days: only days and meetings' known days. */
export function hasDays(milestone: Pick<PeriodMilestone, "precision" | "dueStart">): boolean {
  return (milestone.precision === "DAY" || milestone.precision === "ANCHOR") && milestone.dueStart !== null;
}
