import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { UnreadableLink } from "@/components/items/unreadable-link";
import { WorkPlanViews } from "@/components/items/work-plan-views";
import { DueLabel } from "@/components/milestones/due-label";
import { monthSpan } from "@/components/milestones/period-views";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { formatMonth } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { localTitle, milestoneTitle } from "@/lib/i18n/data";
import { msg } from "@/lib/i18n/message";
import { describeFilters } from "@/lib/items/describe-filters";
import { filterNames, unknownCodeIn } from "@/lib/items/filter-data";
import { filteredHref } from "@/lib/items/filter-query";
import { FILTER_KEYS, filterFields, queryRecord } from "@/lib/items/schema";
import { timelineOfPeriod } from "@/lib/milestones/views";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";
const MAX_ROWS = 100;
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

const timelineSchema = queryRecord([...FILTER_KEYS, "when"]).pipe(
  z.object({
    ...filterFields,
    when: z
      .string()
      .regex(/^\d{4}$/, { message: msg("v.filterYear") })
      .transform(Number)
      .refine((year) => year >= 1989 && year <= 2100, { message: msg("v.filterYear") })
      .optional(),
  }),
);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("title") };
}

/** Items as rows, the months of one year as columns, each milestone placed as precisely as it is known. */
export default async function TimelinePage({ searchParams }: PageProps<"/timeline">) {
  await requirePageUser();
  const [t, tAll, locale] = await Promise.all([getTranslations("timeline"), getTranslations(), getLocale()]);
  const parsed = timelineSchema.safeParse(await searchParams);
  const problem = parsed.success ? await unknownCodeIn(parsed.data) : null;
  if (!parsed.success || problem)
    return <UnreadableLink title={t("title")} messages={parsed.success ? [problem!] : parsed.error.issues.map((issue) => issue.message)} />;
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
        <div className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white" data-testid="timeline">
          <div className="min-w-[72rem] text-xs">
            <div className="sticky top-0 grid grid-cols-[18rem_1fr] border-b border-slate-200 bg-slate-50 font-semibold text-slate-600">
              <div className="px-3 py-2">{t("item")}</div>
              <div className="grid grid-cols-12">
                {MONTHS.map((month) => (
                  <div key={month} className="border-l border-slate-200 px-2 py-2 text-center">
                    {formatMonth(year, month, locale as Locale)}
                  </div>
                ))}
              </div>
            </div>
            {rows.map(({ item, milestones: own }) => (
              <div key={item.id} className="grid grid-cols-[18rem_1fr] border-b border-slate-100" data-testid="timeline-row">
                <div className="px-3 py-2">
                  <Link href={`/items/${item.id}`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
                    {localTitle(item, locale as Locale).text}
                  </Link>
                </div>
                <div className="grid grid-flow-row-dense grid-cols-12 gap-y-1 bg-[linear-gradient(to_right,theme(colors.slate.100)_1px,transparent_1px)] bg-[size:calc(100%/12)_100%] py-1">
                  {own.map((milestone) => {
                    const [first, last] = monthSpan(milestone, year);
                    return (
                      <div
                        key={milestone.id}
                        className="px-1"
                        style={{ gridColumn: `${first} / ${last + 1}` }}
                        data-testid="timeline-milestone"
                        data-precision={milestone.precision}
                      >
                        <div
                          className={`rounded px-2 py-1 ${milestone.precision === "DAY" ? "bg-brand-50" : "border border-dashed border-brand-300 bg-white"}`}
                        >
                          <p className="line-clamp-3 hyphens-auto font-medium text-slate-800" title={milestoneTitle(milestone, locale as Locale)}>
                            {milestoneTitle(milestone, locale as Locale)}
                          </p>
                          <DueLabel milestone={milestone} today={today} />
                        </div>
                      </div>
                    );
                  })}
                </div>
              </div>
            ))}
          </div>
          {timeline.items > rows.length ? (
            <p className="border-t border-slate-200 px-3 py-2 text-sm text-slate-600">{t("more", { count: timeline.items - rows.length })}</p>
          ) : null}
        </div>
      )}
    </>
  );
}
