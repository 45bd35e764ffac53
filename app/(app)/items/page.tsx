import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { defaultNote, economyPart, followLabels } from "@/components/follows/follow-labels";
import { BulkEditBar } from "@/components/items/bulk-edit-bar";
import { ExportLinks } from "@/components/items/export-links";
import { FilterBar } from "@/components/items/filter-bar";
import { Pagination } from "@/components/items/pagination";
import { UnreadableLink } from "@/components/items/unreadable-link";
import { TITLE_MARK, workPlanTableData } from "@/components/items/work-plan-rows";
import { WorkPlanTable } from "@/components/items/work-plan-table";
import { WorkPlanViews } from "@/components/items/work-plan-views";
import { SaveViewForm } from "@/components/saved-views/save-view-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { followStates } from "@/lib/follows/queries";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";
import { describeFilters } from "@/lib/items/describe-filters";
import { filterNamesFrom, filterOptions } from "@/lib/items/filter-data";
import { filteredHref, isFiltered } from "@/lib/items/filter-query";
import { canonicalQuery } from "@/lib/items/form-query";
import { parseListRequest } from "@/lib/items/list-request";
import { itemTablePage } from "@/lib/items/queries";
import { itemTableSchema, STATUSES } from "@/lib/items/schema";
import { DEFAULT_PAGE_SIZE, readVisibility } from "@/lib/items/table-options";
import { economyOfUser } from "@/lib/office/queries";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("items"))("title") };
}

export default async function ItemsPage({ searchParams }: PageProps<"/items">) {
  const user = await requirePageUser();
  const [t, tAll, ts, tf, locale] = await Promise.all([
    getTranslations("items"),
    getTranslations(),
    getTranslations("enums.itemStatus"),
    getTranslations("follows"),
    getLocale(),
  ]);
  const canEdit = hasRole(user.role, "EDITOR");
  const raw = await searchParams;
  const canonical = canonicalQuery(raw);
  if (canonical !== null) redirect((canonical ? `/items?${canonical}` : "/items") as never);

  const parsed = await parseListRequest(raw, itemTableSchema);
  if (!parsed.ok) return <UnreadableLink title={t("title")} messages={parsed.problems} reset="/items" />;

  const { page: _page, size, group, ...filters } = parsed.data;
  const today = officeToday();
  const [result, options, economyCode] = await Promise.all([itemTablePage(parsed.data, locale as Locale, today), filterOptions(), economyOfUser(user.id)]);
  const names = filterNamesFrom(options, locale as Locale);
  // One read for the whole page's rows, not one per row.
  const states = await followStates(
    user.id,
    result.rows.map((row) => row.id),
  );
  const follows = new Map(
    result.rows.map((row) => {
      const state = states.get(row.id)!;
      const note = defaultNote(tf, state, economyPart(economyCode, row.proposer, row.coSponsors), locale as Locale);
      return [row.id, { following: state.following, note }];
    }),
  );
  const filtered = isFiltered(filters);
  const described = describeFilters(filters, names, tAll as never, locale as Locale);
  const first = (result.page - 1) * result.size + 1;
  const last = Math.min(result.total, result.page * result.size);

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        {canEdit ? (
          <Link href="/items/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            {t("newItem")}
          </Link>
        ) : null}
      </PageHeader>
      <WorkPlanViews current="table" filters={filters} />
      <FilterBar path="/items" filters={filters} options={options} group={group} size={size} />
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-slate-700" role="status" data-testid="row-count">
          {result.total === 0
            ? t("countNone")
            : result.pageCount > 1 && result.rows.length > 0
              ? t("countPage", { first, last, total: result.total })
              : t("countAll", { count: result.total })}
          {described.length ? <span className="text-slate-600"> · {described.join(" · ")}</span> : null}
          {filtered || filters.sort || group ? (
            <>
              {" · "}
              <Link href="/items" className="text-brand-700 underline underline-offset-2">
                {t("clearFilter")}
              </Link>
            </>
          ) : null}
        </p>
        <div className="flex items-baseline gap-4">
          {canEdit ? (
            <Link href="/items/import" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
              {tAll("import.link")}
            </Link>
          ) : null}
          <SaveViewForm
            query={filteredHref("", filters, { group, size: size === DEFAULT_PAGE_SIZE ? undefined : size }).slice(1)}
            suggestedName={described.join(" · ")}
          />
          {result.total > 0 ? <ExportLinks filters={filters} /> : null}
        </div>
      </div>
      {canEdit && result.rows.length > 0 ? (
        <BulkEditBar
          statuses={STATUSES.map((value) => ({ value, label: ts(value) }))}
          economies={options.economies.map((e) => ({ value: e.code, label: economyName(e, locale as Locale) }))}
        />
      ) : null}
      {result.rows.length > 0 ? (
        <>
          <WorkPlanTable
            data={workPlanTableData(result.rows, locale as Locale, follows, followLabels(tf, TITLE_MARK, undefined, false))}
            filters={filters}
            group={group}
            groupCounts={Object.fromEntries(result.groups)}
            visibility={readVisibility(user.tableColumns)}
            today={today}
            caption={described.length ? t("captionFiltered", { filters: described.join(" · ") }) : t("captionAll")}
            selectable={canEdit}
            previousGroup={result.previousGroup}
            size={size}
          />
          <Pagination path="/items" filters={filters} group={group} page={result.page} pageCount={result.pageCount} size={size} />
        </>
      ) : result.total > 0 ? (
        <Notice tone="info" title={t("pageBeyond", { pageCount: result.pageCount })}>
          <Link
            href={filteredHref("/items", filters, { group, size: size === DEFAULT_PAGE_SIZE ? undefined : size, page: result.pageCount }) as never}
            className="underline"
          >
            {t("goToLastPage")}
          </Link>
        </Notice>
      ) : filtered ? (
        <Notice tone="info" title={t("noMatch")} />
      ) : (
        <Notice tone="info" title={t("empty")} />
      )}
    </>
  );
}
