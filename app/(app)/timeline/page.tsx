import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { UnreadableLink } from "@/components/items/unreadable-link";
import { WorkPlanViews } from "@/components/items/work-plan-views";
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
import { timelineOfPeriod } from "@/lib/milestones/views";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";
const MAX_ROWS = 100;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("title") };
}

/** Items as rows, the months of one year as columns, each milestone placed as precisely as it is known. */
export default async function TimelinePage({ searchParams }: PageProps<"/timeline">) {
  await requirePageUser();
  const [t, tAll, locale] = await Promise.all([getTranslations("timeline"), getTranslations(), getLocale()]);
  const parsed = await parseListRequest(await searchParams, timelineSchema);
  if (!parsed.ok) return <UnreadableLink title={t("title")} messages={parsed.problems} />;
  const { when, ...filters } = parsed.data;
  const today = officeToday();
  const year = when ?? Number(today.slice(0, 4));
  const [timeline, names] = await Promise.all([timelineOfPeriod(filters, `${year}-01-01`, `${year}-12-31`, MAX_ROWS, today), filterNames(locale as Locale)]);
  const { rows } = timeline;
  const described = describeFilters(filters, names, tAll as never, locale as Locale);

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <WorkPlanViews current="timeline" filters={filters} />
      <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
        {year > 1989 ? (
          <Link
            href={filteredHref("/timeline", filters, { when: year - 1 }) as never}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
          >
            {t("previousYear")}
          </Link>
        ) : null}
        <h2 className="text-lg font-semibold text-slate-900">{year}</h2>
        {year < 2100 ? (
          <Link
            href={filteredHref("/timeline", filters, { when: year + 1 }) as never}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
          >
            {t("nextYear")}
          </Link>
        ) : null}
        <span className="text-slate-600" role="status" data-testid="row-count">
          {t("count", { items: timeline.items, milestones: timeline.milestones })}
          {described.length ? ` · ${described.join(" · ")}` : ""}
        </span>
      </div>
      {rows.length === 0 ? (
        <Notice tone="info" title={t("empty", { year: String(year) })} />
      ) : (
        <TimelineGrid timeline={timeline} year={year} locale={locale as Locale} today={today} />
      )}
    </>
  );
}
