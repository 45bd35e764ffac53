import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PlanChartsView } from "@/components/charts/plan-charts-view";
import { ColumnTable } from "@/components/data-table/column-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { backingChart, coSponsorshipsChart } from "@/lib/charts/economy-charts";
import { listEconomiesWithCounts } from "@/lib/economies/queries";
import type { Locale } from "@/lib/i18n/config";
import { itemFiltersSchema } from "@/lib/items/schema";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("economies") };
}

/** The whole plan's economies, and beside them who gives and receives co-sponsorships and who backs whom. */
export default async function EconomiesPage() {
  await requirePageUser();
  const [economies, t, tc, localeTag] = await Promise.all([
    listEconomiesWithCounts(),
    getTranslations("economies"),
    getTranslations("economyCharts"),
    getLocale(),
  ]);
  const locale = localeTag as Locale;
  const zh = locale === "zh-TW";
  // The whole live plan, as the table beside counts it; the Charts view filters the same charts.
  const wholePlan = itemFiltersSchema.parse({});
  const today = officeToday();
  const [coSponsorships, backing] = await Promise.all([coSponsorshipsChart(wholePlan, locale, today), backingChart(wholePlan, locale, today)]);
  const query = new URLSearchParams();
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid items-start gap-8 xl:grid-cols-2">
        <ColumnTable
          caption={t("caption")}
          testId="economies-table"
          rowKeys
          rows={economies}
          rowKey={(economy) => economy.code}
          columns={[
            {
              id: "economy",
              header: t("economy"),
              cell: (economy) => (
                <>
                  <Link href={`/economies/${economy.code}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {zh ? economy.nameZh : economy.name}
                  </Link>
                  {!zh && economy.shortName ? <span className="text-slate-500"> ({economy.shortName})</span> : null}
                </>
              ),
            },
            {
              id: "otherName",
              header: t("otherName"),
              cell: (economy) => <span lang={zh ? "en" : "zh-Hant-TW"}>{zh ? economy.name : economy.nameZh}</span>,
              className: "text-slate-700",
            },
            { id: "code", header: t("code"), cell: (economy) => economy.code, className: "font-mono text-xs text-slate-600" },
            {
              id: "proposes",
              header: t("proposes"),
              numeric: true,
              cell: (economy) =>
                economy.proposes > 0 ? (
                  <Link href={`/items?proposer=${economy.code}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {economy.proposes}
                  </Link>
                ) : (
                  <span className="text-slate-500">0</span>
                ),
            },
            {
              id: "coSponsors",
              header: t("coSponsors"),
              numeric: true,
              cell: (economy) => (economy.coSponsors > 0 ? economy.coSponsors : <span className="text-slate-500">0</span>),
            },
          ]}
        />
        <PlanChartsView specs={[coSponsorships]} query={query} viewLabel={tc("charts")} />
      </div>
      <div className="mt-8">
        <PlanChartsView specs={[backing]} query={query} viewLabel={tc("charts")} />
      </div>
    </>
  );
}
