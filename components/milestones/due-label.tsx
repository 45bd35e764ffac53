import type { DatePrecision, MilestoneStatus } from "@/lib/db/generated/enums";
import { dueState, type DueState, formatDue } from "@/lib/milestones/due";
import { Badge, type BadgeTone } from "../ui/badge";

const STATE: Record<DueState, { label: string; tone: BadgeTone }> = {
  done: { label: "Done", tone: "success" },
  cancelled: { label: "Cancelled", tone: "neutral" },
  overdue: { label: "Overdue", tone: "danger" },
  "due-soon": { label: "Due soon", tone: "warning" },
  upcoming: { label: "Upcoming", tone: "muted" },
  undated: { label: "No date yet", tone: "muted" },
};

interface DueLabelProps {
  milestone: { precision: DatePrecision; dueStart: string | null; dueEnd: string | null; anchor: string | null; status: MilestoneStatus };
  today: string;
}

/** The due date as precise as it is known, with where it stands today. */
export function DueLabel({ milestone, today }: DueLabelProps) {
  const state = dueState(milestone, today);
  const text = formatDue(milestone);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-700">{text}</span>
      {state === "undated" && text !== "No date yet" ? <Badge tone="muted">Date not set</Badge> : null}
      {state !== "undated" ? <Badge tone={STATE[state].tone}>{STATE[state].label}</Badge> : null}
    </span>
  );
}
