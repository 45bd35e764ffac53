import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { DueLabel } from "@/components/milestones/due-label";
import { monthSpan } from "@/components/milestones/period-views";
import { dateFormat, formatMonth } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { localTitle, milestoneTitle } from "@/lib/i18n/data";
import type { timelineOfPeriod } from "@/lib/milestones/views";
import { labelPlacement } from "./label-placement";

type Timeline = Awaited<ReturnType<typeof timelineOfPeriod>>;
type Milestone = Timeline["rows"][number]["milestones"][number];

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

interface TimelineGridProps {
  timeline: Timeline;
  year: number;
  locale: Locale;
  today: string;
}

/** Items as rows, the months of one year as columns, each milestone marked as precisely as it is known. */
export function TimelineGrid({ timeline, year, locale, today }: TimelineGridProps) {
  const t = useTranslations("timeline");
  const { rows } = timeline;
  const monthName = dateFormat(locale === "zh-TW" ? "zh-TW" : "en-GB", { month: "short", timeZone: "UTC" });
  return (
    <div className="table-box" data-testid="timeline">
      <div className="min-w-[72rem] text-xs">
        <div className="sticky top-0 z-10 grid grid-cols-[18rem_1fr] border-b border-slate-200 bg-slate-50 font-semibold text-slate-600">
          <div className="px-3 py-2">{t("item")}</div>
          <div className="grid grid-cols-12">
            {MONTHS.map((month) => (
              // The year stands above the grid; a month name alone fits its column ("September 2024" did not).
              <div key={month} className="border-l border-slate-200 px-1 py-2 text-center" title={formatMonth(year, month, locale)}>
                {monthName.format(new Date(Date.UTC(year, month - 1, 1)))}
              </div>
            ))}
          </div>
        </div>
        {rows.map(({ item, milestones }) => (
          <div key={item.id} className="grid grid-cols-[18rem_1fr] border-b border-slate-100" data-testid="timeline-row">
            <div className="px-3 py-2">
              <Link href={`/items/${item.id}`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
                {localTitle(item, locale).text}
              </Link>
            </div>
            <div className="flex flex-col gap-1 bg-[linear-gradient(to_right,theme(colors.slate.100)_1px,transparent_1px)] bg-[size:calc(100%/12)_100%] py-1">
              {milestones.map((milestone) => (
                <TimelineMilestone key={milestone.id} milestone={milestone} year={year} locale={locale} today={today} />
              ))}
            </div>
          </div>
        ))}
      </div>
      {timeline.items > rows.length ? (
        <p className="border-t border-slate-200 px-3 py-2 text-sm text-slate-600">{t("more", { count: timeline.items - rows.length })}</p>
      ) : null}
    </div>
  );
}

/** One milestone on its own line: a mark over its months and, where there is room, its label beside it. */
function TimelineMilestone({ milestone, year, locale, today }: { milestone: Milestone; year: number; locale: Locale; today: string }) {
  const [first, last] = monthSpan(milestone, year);
  const placement = labelPlacement(first, last);
  const exact = milestone.precision === "DAY";
  const label: ReactNode = (
    <>
      <p className="break-words font-medium text-slate-800">{milestoneTitle(milestone, locale)}</p>
      <DueLabel milestone={milestone} today={today} />
    </>
  );
  return (
    <div className="grid grid-cols-12 items-center" data-testid="timeline-milestone" data-precision={milestone.precision} data-label={placement.side}>
      {placement.side === "inside" ? (
        <div
          className={`mx-1 rounded px-2 py-1 ${exact ? "bg-brand-50" : "border border-dashed border-brand-300 bg-white"}`}
          style={{ gridColumn: placement.column }}
        >
          {label}
        </div>
      ) : (
        <>
          <div
            aria-hidden="true"
            data-testid="timeline-mark"
            className={`mx-1 h-3 rounded-sm ${exact ? "bg-brand-600" : "border border-dashed border-brand-500 bg-brand-50"}`}
            style={{ gridColumn: `${first} / ${last + 1}`, gridRow: 1 }}
          />
          <div className={`px-1 py-0.5 ${placement.side === "before" ? "text-right" : ""}`} style={{ gridColumn: placement.column, gridRow: 1 }}>
            {label}
          </div>
        </>
      )}
    </div>
  );
}
