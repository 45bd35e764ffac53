import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PlanChartsView } from "@/components/charts/plan-charts-view";
import { UnreadableLink } from "@/components/items/unreadable-link";
import { WorkPlanViews } from "@/components/items/work-plan-views";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { backingChart, coSponsorshipsChart } from "@/lib/charts/economy-charts";
import { milestonesByMonthChart, statusByYearChart } from "@/lib/charts/plan-charts";
import type { Locale } from "@/lib/i18n/config";
import { describeFilters } from "@/lib/items/describe-filters";
import { filterNames } from "@/lib/items/filter-data";
import { filterQuery } from "@/lib/items/filter-query";
import { parseListRequest } from "@/lib/items/list-request";
import { itemFiltersSchema } from "@/lib/items/schema";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planCharts"))("view.title") };
}

/** The filtered work plan as the four plan-wide charts, each with its table and downloads. */
export default async function ChartsPage({ searchParams }: PageProps<"/charts">) {
  await requirePageUser();
  const [t, tAll, locale] = await Promise.all([getTranslations("planCharts"), getTranslations(), getLocale()]);
  const parsed = await parseListRequest(await searchParams, itemFiltersSchema);
  if (!parsed.ok) return <UnreadableLink title={t("view.title")} messages={parsed.problems} />;
  const filters = parsed.data;
  const today = officeToday();
  const reader = locale as Locale;
  const [byYear, byMonth, coSponsorships, backing, names] = await Promise.all([
    statusByYearChart(filters, reader, today),
    milestonesByMonthChart(filters, reader, today),
    coSponsorshipsChart(filters, reader, today),
    backingChart(filters, reader, today),
    filterNames(reader),
  ]);
  const items = byYear.values.flat().reduce((total, value) => total + value, 0);
  const described = describeFilters(filters, names, tAll as never, reader);

  return (
    <>
      <PageHeader title={t("view.title")} subtitle={t("view.subtitle")} />
      <WorkPlanViews current="charts" filters={filters} />
      <p className="mb-4 text-sm text-slate-600" role="status" data-testid="row-count">
        {t("view.count", { items })}
        {described.length ? ` · ${described.join(" · ")}` : ""}
      </p>
      <PlanChartsView specs={[byYear, byMonth, coSponsorships, backing]} query={filterQuery(filters)} />
    </>
  );
}
