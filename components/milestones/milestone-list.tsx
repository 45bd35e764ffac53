import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatDay } from "@/lib/dates";
import type { DatePrecision, MilestoneStatus } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/config";
import { meetingName } from "@/lib/i18n/data";
import { InferredTag, isInferred } from "../ui/inferred-tag";
import { EmptyState } from "../ui/section";
import { DueLabel } from "./due-label";

interface MilestoneEntry {
  id: number;
  title: string;
  titleZh: string | null;
  precision: DatePrecision;
  dueStart: string | null;
  dueEnd: string | null;
  anchor: string | null;
  status: MilestoneStatus;
  completedOn: string | null;
  note: string | null;
  meeting: { id: number; shortName: string | null; name: string; nameZh?: string | null } | null;
  /** Fields the source did not state ("due", "status"), comma-separated; absent where not selected. */
  inferredFields?: string;
}

interface MilestoneListProps<M extends MilestoneEntry> {
  milestones: M[];
  today: string;
  /** Editing controls under each milestone, for editors. */
  controls?: (milestone: M, index: number) => ReactNode;
  /** What to say when there is none: that depends on where the item came from and who reads. */
  empty: ReactNode;
}

/** Milestones in time order, already sorted by the query. */
export function MilestoneList<M extends MilestoneEntry>({ milestones, today, controls, empty }: MilestoneListProps<M>) {
  const t = useTranslations("milestoneForm");
  const locale = useLocale() as Locale;
  if (milestones.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ol className="divide-y divide-slate-100" aria-label={t("listLabel")}>
      {milestones.map((milestone, index) => (
        <li key={milestone.id} className="py-3" data-testid="milestone">
          <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
            <div className="min-w-0">
              <p className="text-sm font-medium text-slate-900">{locale === "zh-TW" && milestone.titleZh ? milestone.titleZh : milestone.title}</p>
              {milestone.titleZh ? (
                <p lang={locale === "zh-TW" ? "en" : "zh-Hant-TW"} className="text-xs text-slate-500">
                  {locale === "zh-TW" ? milestone.title : milestone.titleZh}
                </p>
              ) : null}
              {milestone.note ? <p className="mt-1 text-sm text-slate-600">{milestone.note}</p> : null}
              {milestone.meeting ? (
                <p className="mt-1 text-xs text-slate-500">
                  {t("at")}{" "}
                  <Link href={`/meetings/${milestone.meeting.id}`} className="underline-offset-2 hover:underline">
                    {meetingName(milestone.meeting, locale)}
                  </Link>
                </p>
              ) : null}
            </div>
            <div className="shrink-0 sm:text-right">
              <DueLabel milestone={milestone} today={today} />
              {isInferred(milestone.inferredFields, "due") || isInferred(milestone.inferredFields, "status") ? <InferredTag /> : null}
              {milestone.completedOn ? (
                <p className="mt-1 text-xs text-slate-500">{t("completed", { date: formatDay(milestone.completedOn, locale) })}</p>
              ) : null}
            </div>
          </div>
          {controls ? <div className="mt-2">{controls(milestone, index)}</div> : null}
        </li>
      ))}
    </ol>
  );
}
