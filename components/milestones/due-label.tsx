import { useLocale, useTranslations } from "next-intl";
import type { DatePrecision, MilestoneStatus } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/config";
import { dueState, formatDue, type DueState } from "@/lib/milestones/due";
import { Badge, type BadgeTone } from "../ui/badge";

/** How a due date's state reads as a badge, wherever something falls due (milestones, follow-up actions). */
export const DUE_TONE: Record<DueState, BadgeTone> = {
  done: "success",
  cancelled: "neutral",
  overdue: "danger",
  "due-soon": "warning",
  upcoming: "muted",
  undated: "muted",
};

interface DueLabelProps {
  milestone: { precision: DatePrecision; dueStart: string | null; dueEnd: string | null; anchor: string | null; status: MilestoneStatus };
  today: string;
  /** The due date already formatted on the server: a client component must not format it again
   * with the browser's own locale data, which may differ ("Sep" or "Sept") and break hydration. */
  label?: string;
}

/** The due date as precise as it is known, with where it stands today. */
export function DueLabel({ milestone, today, label }: DueLabelProps) {
  const t = useTranslations("enums.dueState");
  const locale = useLocale() as Locale;
  const state = dueState(milestone, today);
  const anchoredWithoutDays = state === "undated" && milestone.precision === "ANCHOR" && !milestone.dueStart;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-700">{label ?? formatDue(milestone, locale)}</span>
      {anchoredWithoutDays ? <Badge tone="muted">{t("dateNotSet")}</Badge> : null}
      {state !== "undated" ? <Badge tone={DUE_TONE[state]}>{t(state)}</Badge> : null}
    </span>
  );
}
