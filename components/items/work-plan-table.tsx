"use client";

import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures, useTable, type SortingState } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useState, useTransition, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { economyName, localTitle } from "@/lib/i18n/data";
import { saveTableColumns } from "@/lib/items/column-actions";
import { filteredHref } from "@/lib/items/filter-query";
import type { GroupColumn, ItemFilters, SortColumn, SortKey } from "@/lib/items/schema";
import { ALWAYS_SHOWN, DEFAULT_PAGE_SIZE, MAX_SORT_KEYS, TABLE_COLUMNS, type TableColumn } from "@/lib/items/table-options";
import { ColumnMenu } from "../data-table/column-menu";
import { DataTable, HeaderCell, TableHead } from "../data-table/data-table";
import { SortHeader } from "../data-table/sort-header";
import { groupRuns, TableGroup } from "../data-table/table-group";
import type { FollowLabels } from "../follows/follow-button";
import { useTableFollows } from "../follows/table-follows";
import { DueLabel } from "../milestones/due-label";
import { BULK_FORM_ID } from "./bulk-form";
import { ItemStatusBadge } from "./item-status-badge";
import { ItemTitle } from "./item-title";
import { TITLE_MARK, type WorkPlanEconomy, type WorkPlanRow, type WorkPlanTableData } from "./work-plan-rows";

/**
 * How the table's economy links look, said once on the table instead of on each of its hundred-odd
 * links (the `econ` class only marks them): EconomyLink's look, about 15 KB less HTML on a page of
 * co-sponsored items.
 */
const ECONOMY_LINKS =
  "[&_.econ]:text-slate-800 [&_.econ]:underline [&_.econ]:decoration-slate-300 [&_.econ]:underline-offset-2 [&_.econ:hover]:text-brand-700 [&_.econ:hover]:decoration-current";

/** Set on the cell rather than on an element inside it: a page has 25 to 200 of each. */
const CELL_CLASSES: Partial<Record<TableColumn, string>> = {
  title: "max-w-md",
  projectNumber: "whitespace-nowrap text-slate-700",
  year: "tabular-nums text-slate-700",
  kind: "text-slate-700",
  fund: "text-slate-700",
};

/** Columns whose first click sorts from the largest: the newest year, the most co-sponsors. */
const DESC_FIRST: readonly TableColumn[] = ["year", "coSponsors"];

const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature });
const column = createColumnHelper<typeof features, WorkPlanRow>();

interface WorkPlanTableProps {
  data: WorkPlanTableData;
  filters: ItemFilters;
  group?: GroupColumn;
  /** Rows per group across every page, keyed by the group's value. */
  groupCounts: Record<string, number>;
  visibility: Record<TableColumn, boolean>;
  today: string;
  caption: string;
  selectable: boolean;
  /** The group of the row just before this page, to say when a group continues from there. */
  previousGroup: string | null;
  /** Rows per page, kept in the links the headers make. */
  size: number;
}

function groupValue(row: WorkPlanRow, group: GroupColumn): string {
  return group === "proposer" ? row.proposer : group === "year" ? String(row.year) : (row[group] ?? "");
}

/**
 * The work-plan table: the server filters, sorts and pages (the URL holds that state, so a view is
 * a link to send) and sends the rows in the compact shape of work-plan-rows.ts; TanStack Table
 * holds the sort and the columns shown, and `cells` draws each row's visible columns. Sorting
 * headers are links, so they work without JavaScript; Shift+click or Shift+Enter adds a column to
 * the sort instead of replacing it. Up and Down move between rows.
 */
export function WorkPlanTable({ data, filters, group, groupCounts, visibility, today, caption, selectable, previousGroup, size }: WorkPlanTableProps) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const [columnVisibility, setColumnVisibility] = useState<Record<TableColumn, boolean>>(visibility);
  const [saving, startSaving] = useTransition();
  const [saveFailed, setSaveFailed] = useState(false);
  const sort: SortKey[] = filters.sort ?? [];
  const follows = useTableFollows("work-plan");
  const followLabels = (row: WorkPlanRow, note: string | undefined): FollowLabels => {
    const title = localTitle(row, locale).text;
    return { follow: data.followWords.follow.replace(TITLE_MARK, title), unfollow: data.followWords.unfollow.replace(TITLE_MARK, title), note };
  };
  /** EconomyLink and EconomyList's markup, styled by ECONOMY_LINKS. */
  const economyLink = (code: string) => (
    <Link href={`/economies/${code}`} className="econ" title={economy(code).name}>
      {economyName(economy(code), locale)}
    </Link>
  );
  const economy = (code: string): WorkPlanEconomy => data.economies[code] ?? { code, name: code, shortName: null, nameZh: null };

  const cells: Record<TableColumn, (row: WorkPlanRow) => ReactNode> = {
    title: (row) => (
      <div className="flex items-start gap-2">
        {row.follow ? follows.star(row.id, row.follow.following, followLabels(row, row.follow.note)) : null}
        <ItemTitle item={row}>
          {row.projectNumber && !columnVisibility.projectNumber ? <p className="mt-0.5 text-xs text-slate-500">{row.projectNumber}</p> : null}
        </ItemTitle>
      </div>
    ),
    projectNumber: (row) => row.projectNumber ?? "—",
    year: (row) => row.year,
    kind: (row) => t(`enums.itemKind.${row.kind ?? "none"}`),
    forum: (row) => (
      <abbr title={data.forums[row.forum]} className="no-underline">
        {row.forum}
      </abbr>
    ),
    fund: (row) => (row.fund ? t(`enums.fundAccount.${row.fund}`) : "—"),
    proposer: (row) => economyLink(row.proposer),
    coSponsors: (row) =>
      row.kind === "INITIATIVE" && row.coSponsors.length === 0 ? (
        <span className="text-slate-500">{t("table.notNeeded")}</span>
      ) : row.coSponsors.length === 0 ? (
        <span data-testid="co-sponsors" className="text-slate-500">
          {t("common.none")}
        </span>
      ) : (
        // The separators are the list's own grey text; the links keep ECONOMY_LINKS' colour.
        <ul data-testid="co-sponsors" className="flex flex-wrap gap-x-1.5 gap-y-0.5 text-slate-500">
          {row.coSponsors.map((code, index) => (
            <li key={code}>
              {economyLink(code)}
              {index < row.coSponsors.length - 1 ? (locale === "zh-TW" ? "、" : ";") : null}
            </li>
          ))}
        </ul>
      ),
    nextMilestone: (row) =>
      row.next ? (
        <div className="flex flex-col gap-1">
          <span className="text-slate-800">{row.next.title}</span>
          <DueLabel milestone={row.next} today={today} label={row.next.label} />
        </div>
      ) : (
        <span className="text-slate-500">{t("table.noneOpen")}</span>
      ),
    status: (row) => <ItemStatusBadge status={row.status} />,
  };
  // No cell or header renderers: SortHeader draws the headers, `cells` the rows. TanStack's
  // per-cell objects cost a page of co-sponsored items 15 % of its server CPU.
  const columns = column.columns(TABLE_COLUMNS.map((id) => column.display({ id, sortDescFirst: DESC_FIRST.includes(id) })));
  const sorting: SortingState = sort.map((key) => ({ id: key.column, desc: key.desc }));
  const table = useTable({
    features,
    columns,
    data: data.rows,
    getRowId: (row) => String(row.id),
    state: { sorting, columnVisibility },
    manualSorting: true,
    enableMultiSort: true,
    maxMultiSortColCount: MAX_SORT_KEYS,
    enableHiding: true,
    onColumnVisibilityChange: (updater) => {
      const next = (typeof updater === "function" ? updater(columnVisibility) : updater) as Record<TableColumn, boolean>;
      setColumnVisibility(next);
      startSaving(async () => {
        const form = new FormData();
        form.set("columns", JSON.stringify(next));
        try {
          setSaveFailed(!(await saveTableColumns(form)).ok);
        } catch {
          // Offline or a server error: the choice still applies here, and the officer is told.
          setSaveFailed(true);
        }
      });
    },
  });
  const shown = table.getVisibleLeafColumns().map((leaf) => leaf.id as TableColumn);

  /** The link a header leads to: this column alone, or added to the sort (multi). */
  function sortHref(columnId: SortColumn, multi: boolean): string {
    const firstDesc = table.getColumn(columnId)?.getFirstSortDir() === "desc";
    let next: SortKey[];
    if (multi) {
      next = sort.some((key) => key.column === columnId)
        ? sort.map((key) => (key.column === columnId ? { column: columnId, desc: !key.desc } : key))
        : [...sort, { column: columnId, desc: firstDesc }].slice(-MAX_SORT_KEYS);
    } else {
      // First click: the column's natural direction (newest year, most co-sponsors first); second:
      // the other way; third: back to the work plan's own order.
      const only = sort.length === 1 && sort[0]!.column === columnId ? sort[0] : undefined;
      next = !only ? [{ column: columnId, desc: firstDesc }] : only.desc === firstDesc ? [{ column: columnId, desc: !firstDesc }] : [];
    }
    return filteredHref(
      "/items",
      { ...filters, sort: next.length ? next : undefined },
      { group, size: size === DEFAULT_PAGE_SIZE ? undefined : size, page: undefined },
    );
  }

  const visibleCount = shown.length + (selectable ? 1 : 0);
  const runs = groupRuns(table.getRowModel().rows, (row) => (group ? groupValue(row.original, group) : null));

  return (
    <div className={`flex flex-col gap-2 ${ECONOMY_LINKS}`}>
      {follows.forms}
      <ColumnMenu
        columns={TABLE_COLUMNS.map((id) => ({ id, label: t(`columns.${id}`), shown: columnVisibility[id] !== false, locked: ALWAYS_SHOWN.includes(id) }))}
        onChange={(id, visible) => table.getColumn(id)?.toggleVisibility(visible)}
        saving={saving ? "saving" : saveFailed ? "failed" : "saved"}
      />
      <DataTable caption={caption} testId="work-plan-table" rowKeys>
        <TableHead>
          {selectable ? (
            <HeaderCell className="w-8">
              <span className="sr-only">{t("table.select")}</span>
            </HeaderCell>
          ) : null}
          {shown.map((id) => {
            const position = sort.findIndex((key) => key.column === id);
            return (
              <SortHeader
                key={id}
                label={t(`columns.${id}`)}
                href={sortHref(id, false)}
                addHref={sortHref(id, true)}
                direction={position < 0 ? false : sort[position]!.desc ? "desc" : "asc"}
                position={position}
                numbered={sort.length > 1}
                testId={`sort-${id}`}
              />
            );
          })}
        </TableHead>
        {runs.map((run, index) => (
          <TableGroup
            key={`group-${run.value ?? "all"}`}
            span={visibleCount}
            heading={
              group && run.value !== null ? (
                <>
                  {groupLabel(run.rows[0]!.original, group)}
                  <span className="ml-2 font-normal text-slate-600">
                    {t("table.groupCount", { count: groupCounts[run.value] ?? 0 })}
                    {index === 0 && run.value === previousGroup ? ` · ${t("table.groupContinued")}` : ""}
                  </span>
                </>
              ) : undefined
            }
          >
            {run.rows.map((row) => (
              <tr key={row.id} data-row>
                {selectable ? (
                  <td>
                    <input
                      type="checkbox"
                      name="ids[]"
                      value={row.original.id}
                      form={BULK_FORM_ID}
                      aria-label={t("table.selectRow", { title: localTitle(row.original, locale).text })}
                      className="size-4"
                    />
                  </td>
                ) : null}
                {shown.map((id) => (
                  <td key={id} className={CELL_CLASSES[id]}>
                    {cells[id](row.original)}
                  </td>
                ))}
              </tr>
            ))}
          </TableGroup>
        ))}
      </DataTable>
    </div>
  );

  function groupLabel(row: WorkPlanRow, by: GroupColumn): string {
    switch (by) {
      case "proposer":
        return economyName(economy(row.proposer), locale);
      case "kind":
        return t(`enums.itemKind.${row.kind ?? "none"}`);
      case "status":
        return t(`enums.itemStatus.${row.status}`);
      case "year":
        return String(row.year);
    }
  }
}
