import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { UnreadableLink } from "@/components/items/unreadable-link";
import { WorkPlanViews } from "@/components/items/work-plan-views";
import { defaultFirstYear, neighbours, periodOf, ZOOMS, type Zoom } from "@/components/timeline/scale";
import { TimelineGrid } from "@/components/timeline/timeline-grid";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { describeFilters } from "@/lib/items/describe-filters";
import { filterNames } from "@/lib/items/filter-data";
import { filteredHref } from "@/lib/items/filter-query";
import { parseListRequest } from "@/lib/items/list-request";
import { timelineSchema } from "@/lib/items/schema";
import { meetingsInPeriod, timelineOfPeriod } from "@/lib/milestones/views";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";
const MAX_ROWS = 100;
const ZOOM_LABEL = { month: "zoomMonth", quarter: "zoomQuarter", year: "zoomYear" } as const;
const BUTTON = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("title") };
}

/**
 * Items as rows on a time scale of one year by months, three by quarters or ten by years ("zoom");
 * "when" is the first year shown at every zoom, and without it the zoom picks years around today.
 */
export default async function TimelinePage({ searchParams }: PageProps<"/timeline">) {
  await requirePageUser();
  const [t, tAll, locale] = await Promise.all([getTranslations("timeline"), getTranslations(), getLocale()]);
  const parsed = await parseListRequest(await searchParams, timelineSchema);
  if (!parsed.ok) return <UnreadableLink title={t("title")} messages={parsed.problems} />;
  const { when, zoom, ...filters } = parsed.data;
  const today = officeToday();
  const period = periodOf(zoom, when ?? defaultFirstYear(zoom, today));
  const { previous, next } = neighbours(period);
  const [timeline, meetings, names] = await Promise.all([
    timelineOfPeriod(filters, period.start, period.end, MAX_ROWS, today),
    meetingsInPeriod(period.start, period.end),
    filterNames(locale as Locale),
  ]);
  const described = describeFilters(filters, names, tAll as never, locale as Locale);
  const years = period.lastYear - period.firstYear + 1;
  const heading =
    years === 1 ? t("periodOne", { year: String(period.firstYear) }) : t("periodMany", { first: String(period.firstYear), last: String(period.lastYear) });
  // Every link keeps the filters and the zoom; a month view stays the default, so its links stay short.
  const href = (target: { zoom?: Zoom; when?: number }) => {
    const targetZoom = target.zoom ?? zoom;
    return filteredHref("/timeline", filters, { zoom: targetZoom === "month" ? undefined : targetZoom, when: target.when }) as never;
  };

  return (
    <div className="timeline-print">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="print:hidden">
        <WorkPlanViews current="timeline" filters={filters} />
      </div>
      <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
        <nav aria-label={t("zoom")} className="flex overflow-hidden rounded-md border border-slate-300 print:hidden" data-testid="timeline-zoom">
          {ZOOMS.map((option) => (
            <Link
              key={option}
              href={href({ zoom: option, when })}
              aria-current={option === zoom ? "page" : undefined}
              className={`px-3 py-1.5 ${option === zoom ? "bg-brand-700 text-white" : "bg-white hover:bg-slate-50"}`}
            >
              {t(ZOOM_LABEL[option])}
            </Link>
          ))}
        </nav>
        {previous !== null ? (
          <Link href={href({ when: previous })} className={`${BUTTON} print:hidden`}>
            {years === 1 ? t("previousYear") : t("previousYears", { count: years })}
          </Link>
        ) : null}
        <h2 className="text-lg font-semibold text-slate-900">{heading}</h2>
        {next !== null ? (
          <Link href={href({ when: next })} className={`${BUTTON} print:hidden`}>
            {years === 1 ? t("nextYear") : t("nextYears", { count: years })}
          </Link>
        ) : null}
        <span className="text-slate-600" role="status" data-testid="row-count">
          {t("count", { items: timeline.items, milestones: timeline.milestones })}
          {described.length ? ` · ${described.join(" · ")}` : ""}
        </span>
      </div>
      {timeline.rows.length === 0 ? (
        <Notice tone="info" title={t("empty", { period: heading })} />
      ) : (
        <TimelineGrid timeline={timeline} meetings={meetings} period={period} locale={locale as Locale} today={today} />
      )}
    </div>
  );
}
