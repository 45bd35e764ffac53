import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CoSponsorshipMatrix } from "@/components/items/co-sponsorship-matrix";
import { FilterBar } from "@/components/items/filter-bar";
import { Pagination } from "@/components/items/pagination";
import { UnreadableLink } from "@/components/items/unreadable-link";
import { WorkPlanViews } from "@/components/items/work-plan-views";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { describeFilters } from "@/lib/items/describe-filters";
import { filterNames, filterOptions } from "@/lib/items/filter-data";
import { filteredHref } from "@/lib/items/filter-query";
import { canonicalQuery } from "@/lib/items/form-query";
import { parseListRequest } from "@/lib/items/list-request";
import { economyTotals, itemTablePage } from "@/lib/items/queries";
import { matrixSchema } from "@/lib/items/schema";
import { DEFAULT_PAGE_SIZE } from "@/lib/items/table-options";
import { officeEconomy } from "@/lib/office/queries";
import { positionsOf } from "@/lib/positions/queries";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matrix"))("title") };
}

/** Economies × items, filtered like the table: who backs what, and who backs nothing. */
export default async function MatrixPage({ searchParams }: PageProps<"/items/matrix">) {
  await requirePageUser();
  const [t, tAll, locale] = await Promise.all([getTranslations("matrix"), getTranslations(), getLocale()]);
  const raw = await searchParams;
  const canonical = canonicalQuery(raw);
  if (canonical !== null) redirect((canonical ? `/items/matrix?${canonical}` : "/items/matrix") as never);

  const parsed = await parseListRequest(raw, matrixSchema);
  if (!parsed.ok) return <UnreadableLink title={t("title")} messages={parsed.problems} reset="/items/matrix" />;

  const { page, size, positions: showPositions, ...filters } = parsed.data;
  const today = officeToday();
  const [result, totals, options, names, economy] = await Promise.all([
    itemTablePage({ ...filters, page, size }, locale as Locale, today),
    economyTotals(filters, today),
    filterOptions(),
    filterNames(locale as Locale),
    showPositions ? officeEconomy() : null,
  ]);
  // Our economy's stance per item, beside the co-sponsorships: only when asked, and only once
  // the office has an economy whose positions these are.
  const positions = economy ? await positionsOf(result.rows.map((row) => row.id)) : null;
  const described = describeFilters(filters, names, tAll as never, locale as Locale);
  const idle = totals.filter((total) => total.backs === 0 && total.proposes === 0).map((total) => names.economy(total.code));

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <WorkPlanViews current="matrix" filters={filters} />
      <FilterBar path="/items/matrix" filters={filters} options={options} positions={Boolean(showPositions)} />
      <p className="mb-2 text-sm text-slate-700" role="status" data-testid="row-count">
        {t("count", { count: result.total })}
        {described.length ? <span className="text-slate-600"> · {described.join(" · ")}</span> : null}
      </p>
      {showPositions && !economy ? <p className="mb-3 text-sm text-slate-700">{tAll("positions.noEconomy")}</p> : null}
      {result.total > 0 ? (
        <p className="mb-3 text-sm text-slate-700" data-testid="backs-nothing">
          {idle.length ? t("backsNothing", { list: idle.join(tAll("common.listSeparator")) }) : t("everyoneTakesPart")}
        </p>
      ) : null}
      {result.rows.length > 0 ? (
        <>
          <CoSponsorshipMatrix
            rows={result.rows}
            economies={options.economies}
            totals={totals}
            positions={positions && economy ? { economyCode: economy.code, byItem: positions } : undefined}
            caption={described.length ? t("captionFiltered", { filters: described.join(" · ") }) : t("caption")}
          />
          <Pagination path="/items/matrix" filters={filters} page={result.page} pageCount={result.pageCount} size={size} extra={{ positions: showPositions }} />
        </>
      ) : result.total > 0 ? (
        <Notice tone="info" title={tAll("items.pageBeyond", { pageCount: result.pageCount })}>
          <Link
            href={filteredHref("/items/matrix", filters, { size: size === DEFAULT_PAGE_SIZE ? undefined : size, page: result.pageCount }) as never}
            className="underline"
          >
            {tAll("items.goToLastPage")}
          </Link>
        </Notice>
      ) : (
        <Notice tone="info" title={tAll("items.noMatch")} />
      )}
    </>
  );
}
