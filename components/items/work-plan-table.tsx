"use client";

import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures, useTable, type SortingState } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type KeyboardEvent, type MouseEvent } from "react";
import type { Locale } from "@/lib/i18n/config";
import { economyName, localTitle, milestoneTitle } from "@/lib/i18n/data";
import { saveTableColumns } from "@/lib/items/column-actions";
import { filteredHref } from "@/lib/items/filter-query";
import type { ItemRow } from "@/lib/items/queries";
import type { GroupColumn, ItemFilters, SortColumn, SortKey } from "@/lib/items/schema";
import { ALWAYS_SHOWN, DEFAULT_PAGE_SIZE, MAX_SORT_KEYS, TABLE_COLUMNS, type TableColumn } from "@/lib/items/table-options";
import { EconomyLink, EconomyList } from "../economies/economy-link";
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
}: WorkPlanTableProps) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [columnVisibility, setColumnVisibility] = useState<Record<string, boolean>>(visibility);
  const [saving, startSaving] = useTransition();
  const [saveFailed, setSaveFailed] = useState(false);
  const sorting: SortingState = (filters.sort ?? []).map((key) => ({ id: key.column, desc: key.desc }));

  const columns = column.columns([
    column.accessor("titleEn", {
      id: "title",
      sortDescFirst: false,
      header: () => t("columns.title"),
      cell: ({ row }) => (
        <>
          <ItemTitle item={row.original} />
          {row.original.projectNumber && !columnVisibility.projectNumber ? <p className="mt-0.5 text-xs text-slate-500">{row.original.projectNumber}</p> : null}
        </>
      ),
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

  function followSort(event: MouseEvent<HTMLAnchorElement> | KeyboardEvent<HTMLAnchorElement>, columnId: SortColumn) {
    if (!event.shiftKey) return;
    event.preventDefault();
    router.push(sortHref(columnId, true) as never);
  }

  function moveBetweenRows(event: KeyboardEvent<HTMLTableElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const row = (event.target as HTMLElement).closest("tr[data-row]");
    if (!row) return;
    // Rows may sit in several groups (one tbody each): move through all of them in order.
    const all = [...event.currentTarget.querySelectorAll("tr[data-row]")];
    const next = all[all.indexOf(row) + (event.key === "ArrowDown" ? 1 : -1)];
    const target = next?.querySelector<HTMLElement>("td a");
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  const visibleCount = table.getVisibleLeafColumns().length + (selectable ? 1 : 0);
  // One tbody per group, so each group's header row labels its own rows for assistive technology.
  const segments: { key: string; value: string | null; continued: boolean; rows: ReturnType<typeof table.getRowModel>["rows"] }[] = [];
  for (const row of table.getRowModel().rows) {
    const value = group ? groupValue(row.original, group) : null;
    const last = segments[segments.length - 1];
    if (last && last.value === value) last.rows.push(row);
    else segments.push({ key: `group-${value ?? "all"}`, value, continued: segments.length === 0 && value !== null && value === previousGroup, rows: [row] });
  }

  return (
    <div className="flex flex-col gap-2">
      <details className="self-end text-sm">
        <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50">
          {t("table.columnsMenu")}
        </summary>
        <fieldset className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 rounded-md border border-slate-200 bg-white p-3">
          <legend className="sr-only">{t("table.columnsLegend")}</legend>
          {TABLE_COLUMNS.map((id) => (
            <label key={id} className="flex items-center gap-2">
              <input
                type="checkbox"
                className="size-4"
                checked={columnVisibility[id] !== false}
                disabled={ALWAYS_SHOWN.includes(id)}
                onChange={(event) => table.getColumn(id)?.toggleVisibility(event.target.checked)}
              />
              {t(`columns.${id}`)}
            </label>
          ))}
          <p className="col-span-2 mt-1 text-xs text-slate-500" role="status">
            {saving ? t("table.columnsSaving") : saveFailed ? t("table.columnsNotSaved") : t("table.columnsRemembered")}
          </p>
        </fieldset>
      </details>
      <div className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm" data-testid="work-plan-table" onKeyDown={moveBetweenRows}>
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 z-10 bg-slate-50 text-xs uppercase tracking-wide text-slate-600 shadow-[0_1px_0_0_theme(colors.slate.200)]">
            {table.getHeaderGroups().map((headerGroup) => (
              <tr key={headerGroup.id}>
                {selectable ? (
                  <th scope="col" className="w-8 px-3 py-2.5">
                    <span className="sr-only">{t("table.select")}</span>
                  </th>
                ) : null}
                {headerGroup.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const index = header.column.getSortIndex();
                  const id = header.column.id as SortColumn;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-3 py-2.5 font-semibold first:pl-4"
                      aria-sort={sorted && index === 0 ? (sorted === "asc" ? "ascending" : "descending") : undefined}
                    >
                      <Link
                        href={sortHref(id, false) as never}
                        onClick={(event) => followSort(event, id)}
                        onKeyDown={(event) => (event.key === "Enter" ? followSort(event, id) : undefined)}
                        className="inline-flex items-center gap-1 rounded uppercase hover:text-slate-900"
                        title={t("table.sortHint")}
                        data-testid={`sort-${id}`}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="text-slate-400">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                        {sorted ? (
                          <span className="sr-only">{t(sorted === "asc" ? "table.sortedAscending" : "table.sortedDescending", { position: index + 1 })}</span>
                        ) : null}
                        {sorted && sorting.length > 1 ? (
                          <span className="rounded bg-slate-200 px-1 text-[10px] text-slate-700" aria-hidden="true">
                            {index + 1}
                          </span>
                        ) : null}
                      </Link>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          {segments.map((segment) => (
            <tbody key={segment.key} className="divide-y divide-slate-100">
              {group && segment.value !== null ? (
                <tr className="bg-slate-100/80">
                  <th scope="rowgroup" colSpan={visibleCount} className="px-4 py-2 text-left text-sm font-semibold text-slate-800" data-testid="group-header">
                    {groupLabel(segment.rows[0]!.original, group)}
                    <span className="ml-2 font-normal text-slate-600">
                      {t("table.groupCount", { count: groupCounts[segment.value] ?? 0 })}
                      {segment.continued ? ` · ${t("table.groupContinued")}` : ""}
                    </span>
                  </th>
                </tr>
              ) : null}
              {segment.rows.map((row) => (
                <tr key={row.id} data-row className="align-top hover:bg-slate-50/60 focus-within:bg-brand-50/40">
                  {selectable ? (
                    <td className="px-3 py-3">
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
                    <td key={cell.id} className={cell.column.id === "title" ? "max-w-md px-4 py-3" : "px-3 py-3"}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
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
