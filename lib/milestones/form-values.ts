import type { StoredDue } from "./due";

interface MilestoneValues extends StoredDue {
  title: string;
  titleZh: string | null;
  status: string;
  completedOn: string | null;
  note: string | null;
}

/** The short form officers type for a stored due date: the inverse of parseDue. */
export function dueToText(due: StoredDue): string {
  if (!due.dueStart) return "";
  switch (due.precision) {
    case "DAY":
      return due.dueStart;
    case "MONTH":
      return due.dueStart.slice(0, 7);
    case "QUARTER":
      return `${due.dueStart.slice(0, 4)}-Q${Math.ceil(Number(due.dueStart.slice(5, 7)) / 3)}`;
    case "YEAR":
      return due.dueStart.slice(0, 4);
    default:
      return "";
  }
}

export function milestoneToFormValues(milestone: MilestoneValues): Record<string, string> {
  return {
    title: milestone.title,
    titleZh: milestone.titleZh ?? "",
    due: milestone.precision === "ANCHOR" ? "" : dueToText(milestone),
    anchor: milestone.precision === "ANCHOR" ? (milestone.anchor ?? "") : "",
    status: milestone.status,
    completedOn: milestone.completedOn ?? "",
    note: milestone.note ?? "",
  };
}
