"use client";

import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures, useTable, type SortingState } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { Locale } from "@/lib/i18n/config";
import { economyName, localTitle, milestoneTitle } from "@/lib/i18n/data";
import { saveTableColumns } from "@/lib/items/column-actions";
import { filteredHref } from "@/lib/items/filter-query";
import type { ItemRow } from "@/lib/items/queries";
import type { GroupColumn, ItemFilters, SortColumn, SortKey } from "@/lib/items/schema";
import { ALWAYS_SHOWN, DEFAULT_PAGE_SIZE, MAX_SORT_KEYS, TABLE_COLUMNS, type TableColumn } from "@/lib/items/table-options";
import { ColumnMenu } from "../data-table/column-menu";
import { DataTable, HeaderCell, TableHead } from "../data-table/data-table";
import { SortHeader } from "../data-table/sort-header";
import { groupRuns, TableGroup } from "../data-table/table-group";
import { EconomyLink, EconomyList } from "../economies/economy-link";
import { FollowButton, type FollowLabels } from "../follows/follow-button";
import { DueLabel } from "../milestones/due-label";
import { BULK_FORM_ID } from "./bulk-edit-bar";
import { ItemStatusBadge } from "./item-status-badge";
import { ItemTitle } from "./item-title";

const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature });
const column = createColumnHelper<typeof features, ItemRow>();

interface WorkPlanTableProps {
  rows: ItemRow[];
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
  /** Each row's next due date, formatted on the server (see DueLabel). */
  dueLabels: Record<number, string>;
  /** Whether the officer follows each row's item, and its follow button's words (worded on the server). */
  follows: Record<number, { following: boolean; labels: FollowLabels }>;
}

function groupValue(row: ItemRow, group: GroupColumn): string {
  return group === "proposer" ? row.proposer.code : group === "year" ? String(row.year) : (row[group] ?? "");
}

/**
 * The work-plan table: the server filters, sorts and pages (the URL holds that state, so a view is
 * a link to send); TanStack Table holds the sort and column state here and renders the columns.
 * Sorting headers are links, so they work without JavaScript; Shift+click or Shift+Enter adds a
 * column to the sort instead of replacing it. Up and Down move between rows.
 */
export function WorkPlanTable({
  rows,
  filters,
  group,
  groupCounts,
  visibility,
  today,
  caption,
  selectable,
  previousGroup,
  size,
  dueLabels,
  follows,
}: WorkPlanTableProps) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const [columnVisibility, setColumnVisibility] = useState<Record<string, boolean>>(visibility);
  const [saving, startSaving] = useTransition();
  const [saveFailed, setSaveFailed] = useState(false);
  const sorting: SortingState = (filters.sort ?? []).map((key) => ({ id: key.column, desc: key.desc }));

  const columns = column.columns([
    column.accessor("titleEn", {
      id: "title",
      sortDescFirst: false,
      header: () => t("columns.title"),
      cell: ({ row }) => {
        const follow = follows[row.original.id];
        return (
          <div className="flex items-start gap-2">
            {follow ? <FollowButton itemId={row.original.id} following={follow.following} labels={follow.labels} /> : null}
            <div className="min-w-0">
              <ItemTitle item={row.original} />
              {row.original.projectNumber && !columnVisibility.projectNumber ? (
                <p className="mt-0.5 text-xs text-slate-500">{row.original.projectNumber}</p>
              ) : null}
            </div>
          </div>
        );
      },
    }),
    column.accessor("projectNumber", {
      id: "projectNumber",
      sortDescFirst: false,
      header: () => t("columns.projectNumber"),
      cell: ({ getValue }) => <span className="whitespace-nowrap text-slate-700">{getValue() ?? "—"}</span>,
    }),
    column.accessor("year", {
      id: "year",
      sortDescFirst: true,
      header: () => t("columns.year"),
      cell: ({ getValue }) => <span className="tabular-nums text-slate-700">{getValue()}</span>,
    }),
    column.accessor("kind", {
      id: "kind",
      sortDescFirst: false,
      header: () => t("columns.kind"),
      cell: ({ getValue }) => <span className="text-slate-700">{t(`enums.itemKind.${getValue() ?? "none"}`)}</span>,
    }),
    column.accessor((row) => row.forum.code, {
      id: "forum",
      sortDescFirst: false,
      header: () => t("columns.forum"),
      cell: ({ row }) => (
        <abbr title={locale === "zh-TW" && row.original.forum.nameZh ? row.original.forum.nameZh : row.original.forum.name} className="no-underline">
          {row.original.forum.code}
        </abbr>
      ),
    }),
    column.accessor("fundAccount", {
      id: "fund",
      sortDescFirst: false,
      header: () => t("columns.fund"),
      cell: ({ getValue }) => <span className="text-slate-700">{getValue() ? t(`enums.fundAccount.${getValue()}`) : "—"}</span>,
    }),
    column.accessor((row) => row.proposer.code, {
      id: "proposer",
      sortDescFirst: false,
      header: () => t("columns.proposer"),
      cell: ({ row }) => <EconomyLink economy={row.original.proposer} />,
    }),
    column.accessor((row) => row.coSponsors.length, {
      id: "coSponsors",
      sortDescFirst: true,
      header: () => t("columns.coSponsors"),
      cell: ({ row }) =>
        row.original.kind === "INITIATIVE" && row.original.coSponsors.length === 0 ? (
          <span className="text-slate-500">{t("table.notNeeded")}</span>
        ) : (
          <span data-testid="co-sponsors">
            <EconomyList economies={row.original.coSponsors} />
          </span>
        ),
    }),
    column.accessor((row) => row.nextMilestone?.dueEnd ?? null, {
      id: "nextMilestone",
      sortDescFirst: false,
      header: () => t("columns.nextMilestone"),
      cell: ({ row }) =>
        row.original.nextMilestone ? (
          <div className="flex flex-col gap-1">
            <span className="text-slate-800">{milestoneTitle(row.original.nextMilestone, locale)}</span>
            <DueLabel milestone={row.original.nextMilestone} today={today} label={dueLabels[row.original.id]} />
          </div>
        ) : (
          <span className="text-slate-500">{t("table.noneOpen")}</span>
        ),
    }),
    column.accessor("status", {
      id: "status",
      sortDescFirst: false,
      header: () => t("columns.status"),
      cell: ({ getValue }) => <ItemStatusBadge status={getValue()} />,
    }),
  ]);

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    state: { sorting, columnVisibility },
    manualSorting: true,
    enableMultiSort: true,
    maxMultiSortColCount: MAX_SORT_KEYS,
    enableHiding: true,
    onColumnVisibilityChange: (updater) => {
      const next = typeof updater === "function" ? updater(columnVisibility) : updater;
      setColumnVisibility(next);
      startSaving(async () => {
        const data = new FormData();
        data.set("columns", JSON.stringify(next));
        try {
          setSaveFailed(!(await saveTableColumns(data)).ok);
        } catch {
          // Offline or a server error: the choice still applies here, and the officer is told.
          setSaveFailed(true);
        }
      });
    },
  });

  /** The link a header leads to: this column alone, or added to the sort (multi). */
  function sortHref(columnId: SortColumn, multi: boolean): string {
    const tableColumn = table.getColumn(columnId);
    const next = tableColumn?.getNextSortingOrder(multi);
    const current: SortKey[] = filters.sort ?? [];
    let sort: SortKey[];
    if (multi) {
      const others = current.filter((key) => key.column !== columnId);
      const kept = current.some((key) => key.column === columnId)
        ? current.map((key) => (key.column === columnId ? { column: columnId, desc: !key.desc } : key))
        : [...others, { column: columnId, desc: next === "desc" }].slice(-MAX_SORT_KEYS);
      sort = kept;
    } else {
      // First click: the column's natural direction (newest year, most co-sponsors first); second:
      // the other way; third: back to the work plan's own order.
      const firstDesc = tableColumn?.getFirstSortDir() === "desc";
      const only = current.length === 1 && current[0]!.column === columnId ? current[0] : undefined;
      sort = !only ? [{ column: columnId, desc: firstDesc }] : only.desc === firstDesc ? [{ column: columnId, desc: !firstDesc }] : [];
    }
    return filteredHref(
      "/items",
      { ...filters, sort: sort.length ? sort : undefined },
      { group, size: size === DEFAULT_PAGE_SIZE ? undefined : size, page: undefined },
    );
  }

  const visibleCount = table.getVisibleLeafColumns().length + (selectable ? 1 : 0);
  const runs = groupRuns(table.getRowModel().rows, (row) => (group ? groupValue(row.original, group) : null));

  return (
    <div className="flex flex-col gap-2">
      <ColumnMenu
        columns={TABLE_COLUMNS.map((id) => ({ id, label: t(`columns.${id}`), shown: columnVisibility[id] !== false, locked: ALWAYS_SHOWN.includes(id) }))}
        onChange={(id, shown) => table.getColumn(id)?.toggleVisibility(shown)}
        saving={saving ? "saving" : saveFailed ? "failed" : "saved"}
      />
      <DataTable caption={caption} testId="work-plan-table" rowKeys>
        <TableHead>
          {selectable ? (
            <HeaderCell className="w-8">
              <span className="sr-only">{t("table.select")}</span>
            </HeaderCell>
          ) : null}
          {table.getHeaderGroups().flatMap((headerGroup) =>
            headerGroup.headers.map((header) => {
              const id = header.column.id as SortColumn;
              return (
                <SortHeader
                  key={header.id}
                  label={<table.FlexRender header={header} />}
                  href={sortHref(id, false)}
                  addHref={sortHref(id, true)}
                  direction={header.column.getIsSorted()}
                  position={header.column.getSortIndex()}
                  numbered={sorting.length > 1}
                  testId={`sort-${id}`}
                />
              );
            }),
          )}
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
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.id === "title" ? "max-w-md" : undefined}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </TableGroup>
        ))}
      </DataTable>
    </div>
  );

  function groupLabel(row: ItemRow, by: GroupColumn): string {
    switch (by) {
      case "proposer":
        return economyName(row.proposer, locale);
      case "kind":
        return t(`enums.itemKind.${row.kind ?? "none"}`);
      case "status":
        return t(`enums.itemStatus.${row.status}`);
      case "year":
        return String(row.year);
    }
  }
}
