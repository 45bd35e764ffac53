import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatMonth } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";
import { sortParam } from "@/lib/items/filter-query";
import { FUNDS, GROUP_COLUMNS, KINDS, PAGE_SIZES, STATUSES, type GroupColumn, type ItemFilters } from "@/lib/items/schema";
import { DEFAULT_PAGE_SIZE } from "@/lib/items/table-options";
import { STANCES } from "@/lib/positions/schema";
import { officeToday } from "@/lib/today";
import { dueMonthYears } from "./due-month-choices";

export interface FilterOptions {
  economies: { code: string; name: string; shortName: string | null; nameZh: string }[];
  fora: { code: string; name: string; nameZh: string | null }[];
  years: number[];
}

interface FilterBarProps {
  path: "/items" | "/items/matrix";
  filters: ItemFilters;
  options: FilterOptions;
  group?: GroupColumn;
  size?: number;
  /** The matrix: whether it shows our economy's positions (kept when the form is sent). */
  positions?: boolean;
}

const field = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm";
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

function isoMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/**
 * Every filter of the work plan in one plain GET form: it works without JavaScript and the
 * resulting URL is the view to send. Lists of choices sit in disclosures to keep the bar calm.
 */
export function FilterBar({ path, filters, options, group, size, positions }: FilterBarProps) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const dueValue = filters.due?.kind === "next" ? `${filters.due.days}d` : (filters.due?.kind ?? "");
  const chosenMonth = filters.due?.kind === "month" ? filters.due.month : undefined;
  const key = JSON.stringify(filters);

  return (
    <form
      action={path}
      method="get"
      className="mb-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3"
      key={key}
      aria-label={t("filters.formLabel")}
    >
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-slate-700">{t("filter.search")}</span>
          <input type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} placeholder={t("filter.searchHint")} className={`${field} min-w-64`} />
        </label>
        <Checklist legend={t("filters.proposer")} name="proposer" summary={summaryOf(filters.proposer?.length, t)}>
          {options.economies.map((economy) => (
            <Check
              key={economy.code}
              name="proposer"
              value={economy.code}
              checked={filters.proposer?.includes(economy.code)}
              label={economyName(economy, locale)}
            />
          ))}
        </Checklist>
        <Checklist legend={t("filters.coSponsor")} name="coSponsor" summary={summaryOf(filters.coSponsor?.length, t)}>
          <div className="col-span-full mb-1 flex gap-4 border-b border-slate-100 pb-2">
            <label className="flex items-center gap-1.5">
              <input type="radio" name="coSponsorMatch" value="any" defaultChecked={filters.coSponsorMatch !== "all"} />
              {t("filters.matchAny")}
            </label>
            <label className="flex items-center gap-1.5">
              <input type="radio" name="coSponsorMatch" value="all" defaultChecked={filters.coSponsorMatch === "all"} />
              {t("filters.matchAll")}
            </label>
          </div>
          {options.economies.map((economy) => (
            <Check
              key={economy.code}
              name="coSponsor"
              value={economy.code}
              checked={filters.coSponsor?.includes(economy.code)}
              label={economyName(economy, locale)}
            />
          ))}
        </Checklist>
        <Checklist legend={t("filters.kind")} name="kind" summary={summaryOf(filters.kind?.length, t)}>
          {KINDS.map((kind) => (
            <Check key={kind} name="kind" value={kind} checked={filters.kind?.includes(kind)} label={t(`enums.itemKind.${kind}`)} />
          ))}
        </Checklist>
        <Checklist legend={t("filters.status")} name="status" summary={summaryOf(filters.status?.length, t)}>
          {STATUSES.map((status) => (
            <Check key={status} name="status" value={status} checked={filters.status?.includes(status)} label={t(`enums.itemStatus.${status}`)} />
          ))}
        </Checklist>
        <Checklist legend={t("filters.year")} name="year" summary={summaryOf(filters.year?.length, t)}>
          {options.years.map((year) => (
            <Check key={year} name="year" value={String(year)} checked={filters.year?.includes(year)} label={String(year)} />
          ))}
        </Checklist>
        <Checklist legend={t("filters.forum")} name="forum" summary={summaryOf(filters.forum?.length, t)}>
          {options.fora.map((forum) => (
            <Check
              key={forum.code}
              name="forum"
              value={forum.code}
              checked={filters.forum?.includes(forum.code)}
              label={`${forum.code} · ${locale === "zh-TW" && forum.nameZh ? forum.nameZh : forum.name}`}
            />
          ))}
        </Checklist>
        <Checklist legend={t("filters.fund")} name="fund" summary={summaryOf(filters.fund?.length, t)}>
          {FUNDS.map((fund) => (
            <Check key={fund} name="fund" value={fund} checked={filters.fund?.includes(fund)} label={t(`enums.fundAccount.${fund}`)} />
          ))}
        </Checklist>
        <Checklist legend={t("positions.filterLegend")} name="position" summary={summaryOf(filters.position?.length, t)}>
          {STANCES.map((stance) => (
            <Check key={stance} name="position" value={stance} checked={filters.position?.includes(stance)} label={t(`positions.stance.${stance}`)} />
          ))}
          <Check name="position" value="none" checked={filters.position?.includes("none")} label={t("positions.filterNoneOption")} />
        </Checklist>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-slate-700">{t("filters.due")}</span>
          <select name="due" defaultValue={dueValue} className={field}>
            <option value="">{t("filters.dueAny")}</option>
            <option value="overdue">{t("filters.dueOverdue")}</option>
            <option value="30d">{t("filters.dueNext", { days: 30 })}</option>
            <option value="90d">{t("filters.dueNext", { days: 90 })}</option>
            <option value="month">{t("filters.dueMonthOption")}</option>
            <option value="undated">{t("filters.dueUndated")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-slate-700">{t("filters.dueMonth")}</span>
          {/* One select of YYYY-MM values, not a native month input: that shows "--------- ----"
              when empty and names months in the browser's language; this posts the same value. */}
          <select name="dueMonth" defaultValue={chosenMonth ?? ""} className={field}>
            <option value="">{t("filters.dueMonthAny")}</option>
            {dueMonthYears(options.years, officeToday(), chosenMonth).map((year) => (
              <optgroup key={year} label={String(year)}>
                {MONTHS.map((month) => (
                  <option key={month} value={isoMonth(year, month)}>
                    {formatMonth(year, month, locale)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        {path === "/items" ? (
          <>
            <label className="flex flex-col gap-1 text-sm">
              <span className="font-medium text-slate-700">{t("filters.group")}</span>
              <select name="group" defaultValue={group ?? ""} className={field}>
                <option value="">{t("filters.noGroup")}</option>
                {GROUP_COLUMNS.map((column) => (
                  <option key={column} value={column}>
                    {t(`columns.${column}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1 text-sm">
              <span className="font-medium text-slate-700">{t("filters.size")}</span>
              <select name="size" defaultValue={String(size ?? DEFAULT_PAGE_SIZE)} className={field}>
                {PAGE_SIZES.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : (
          <label className="flex items-center gap-2 self-center text-sm">
            <input type="checkbox" name="positions" value="1" defaultChecked={positions} className="size-4" />
            {t("positions.matrixShow")}
          </label>
        )}
        {filters.sort ? <input type="hidden" name="sort" value={sortParam(filters.sort)} /> : null}
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {t("common.apply")}
        </button>
      </div>
    </form>
  );
}

function summaryOf(count: number | undefined, t: ReturnType<typeof useTranslations>): string {
  return count ? t("filters.chosen", { count }) : t("filters.any");
}

function Checklist({ legend, name, summary, children }: { legend: string; name: string; summary: string; children: ReactNode }) {
  return (
    <details className="relative text-sm" data-filter={name}>
      <summary className={`${field} flex cursor-pointer list-none flex-col gap-0.5`}>
        <span className="text-xs font-medium text-slate-600">{legend}</span>
        <span className="text-slate-900">{summary}</span>
      </summary>
      <fieldset className="absolute z-20 mt-1 grid max-h-80 w-72 grid-cols-1 gap-1 overflow-auto rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <legend className="sr-only">{legend}</legend>
        {children}
      </fieldset>
    </details>
  );
}

function Check({ name, value, checked, label }: { name: string; value: string; checked?: boolean; label: string }) {
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="size-4" />
      {label}
    </label>
  );
}
