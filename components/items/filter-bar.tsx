import { useLocale, useTranslations } from "next-intl";
import { formatMonth } from "@/lib/dates";
import { markup, type MarkupValue, type SafeHtml } from "@/lib/html/safe-html";
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
  years: readonly number[];
}

export interface FilterBarProps {
  path: "/items" | "/items/matrix";
  filters: ItemFilters;
  options: FilterOptions;
  group?: GroupColumn;
  size?: number;
  /** The matrix: whether it shows our economy's positions (kept when the form is sent). */
  positions?: boolean;
}

type Translate = ReturnType<typeof useTranslations>;

const field = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm";
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

function isoMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/**
 * Every filter of the work plan in one plain GET form: it works without JavaScript and the
 * resulting URL is the view to send. Lists of choices sit in disclosures to keep the bar calm.
 * Its fields are plain markup that React never looks into (lib/html/safe-html.ts); another view
 * replaces them whole, so every field shows that view's own value.
 */
export function FilterBar(props: FilterBarProps) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  return (
    <form
      action={props.path}
      method="get"
      className="mb-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3"
      key={JSON.stringify(props.filters)}
      aria-label={t("filters.formLabel")}
      dangerouslySetInnerHTML={{ __html: filterFields(props, t, locale).text }}
    />
  );
}

/** The form's fields, each showing the view's value. */
export function filterFields({ path, filters, options, group, size, positions }: FilterBarProps, t: Translate, locale: Locale): SafeHtml {
  const dueValue = filters.due?.kind === "next" ? `${filters.due.days}d` : (filters.due?.kind ?? "");
  const chosenMonth = filters.due?.kind === "month" ? filters.due.month : "";
  const pageSize = String(size ?? DEFAULT_PAGE_SIZE);
  const economies = (name: "proposer" | "coSponsor") =>
    options.economies.map((economy) => check(name, economy.code, filters[name]?.includes(economy.code), economyName(economy, locale)));
  const summary = (chosen: unknown[] | undefined) => (chosen?.length ? t("filters.chosen", { count: chosen.length }) : t("filters.any"));

  const choices = [
    checklist(t("filters.proposer"), "proposer", summary(filters.proposer), economies("proposer")),
    checklist(t("filters.coSponsor"), "coSponsor", summary(filters.coSponsor), [
      markup`<div class="col-span-full mb-1 flex gap-4 border-b border-slate-100 pb-2">${radio("any", filters.coSponsorMatch !== "all", t("filters.matchAny"))}${radio("all", filters.coSponsorMatch === "all", t("filters.matchAll"))}</div>`,
      economies("coSponsor"),
    ]),
    checklist(
      t("filters.kind"),
      "kind",
      summary(filters.kind),
      KINDS.map((kind) => check("kind", kind, filters.kind?.includes(kind), t(`enums.itemKind.${kind}`))),
    ),
    checklist(
      t("filters.status"),
      "status",
      summary(filters.status),
      STATUSES.map((status) => check("status", status, filters.status?.includes(status), t(`enums.itemStatus.${status}`))),
    ),
    checklist(
      t("filters.year"),
      "year",
      summary(filters.year),
      options.years.map((year) => check("year", String(year), filters.year?.includes(year), String(year))),
    ),
    checklist(
      t("filters.forum"),
      "forum",
      summary(filters.forum),
      options.fora.map((forum) =>
        check("forum", forum.code, filters.forum?.includes(forum.code), `${forum.code} · ${locale === "zh-TW" && forum.nameZh ? forum.nameZh : forum.name}`),
      ),
    ),
    checklist(
      t("filters.fund"),
      "fund",
      summary(filters.fund),
      FUNDS.map((fund) => check("fund", fund, filters.fund?.includes(fund), t(`enums.fundAccount.${fund}`))),
    ),
    checklist(t("positions.filterLegend"), "position", summary(filters.position), [
      STANCES.map((stance) => check("position", stance, filters.position?.includes(stance), t(`positions.stance.${stance}`))),
      check("position", "none", filters.position?.includes("none"), t("positions.filterNoneOption")),
    ]),
  ];
  const settings = [
    select(t("filters.due"), "due", [
      option("", t("filters.dueAny"), dueValue),
      option("overdue", t("filters.dueOverdue"), dueValue),
      option("30d", t("filters.dueNext", { days: 30 }), dueValue),
      option("90d", t("filters.dueNext", { days: 90 }), dueValue),
      option("month", t("filters.dueMonthOption"), dueValue),
      option("undated", t("filters.dueUndated"), dueValue),
    ]),
    // One select of YYYY-MM values, not a native month input: that shows "--------- ----" when
    // empty and names months in the browser's language; this posts the same value.
    select(t("filters.dueMonth"), "dueMonth", [
      option("", t("filters.dueMonthAny"), chosenMonth),
      dueMonthYears(options.years, officeToday(), chosenMonth || undefined).map(
        (year) =>
          markup`<optgroup label="${year}">${MONTHS.map((month) => option(isoMonth(year, month), formatMonth(year, month, locale), chosenMonth))}</optgroup>`,
      ),
    ]),
    path === "/items"
      ? [
          select(t("filters.group"), "group", [
            option("", t("filters.noGroup"), group ?? ""),
            GROUP_COLUMNS.map((column) => option(column, t(`columns.${column}`), group ?? "")),
          ]),
          select(
            t("filters.size"),
            "size",
            PAGE_SIZES.map((choice) => option(String(choice), String(choice), pageSize)),
          ),
        ]
      : markup`<label class="flex items-center gap-2 self-center text-sm"><input type="checkbox" name="positions" value="1"${positions && markup` checked`} class="size-4">${t("positions.matrixShow")}</label>`,
    filters.sort && markup`<input type="hidden" name="sort" value="${sortParam(filters.sort)}">`,
  ];
  return markup`<div class="flex flex-wrap items-end gap-3"><label class="flex flex-col gap-1 text-sm"><span class="font-medium text-slate-700">${t("filter.search")}</span><input type="search" name="q" value="${filters.q ?? ""}" maxlength="100" placeholder="${t("filter.searchHint")}" class="${field} min-w-64"></label>${choices}</div><div class="flex flex-wrap items-end gap-3">${settings}<button type="submit" class="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">${t("common.apply")}</button></div>`;
}

function checklist(legend: string, name: string, summary: string, choices: MarkupValue): SafeHtml {
  return markup`<details class="relative text-sm" data-filter="${name}"><summary class="${field} flex cursor-pointer list-none flex-col gap-0.5"><span class="text-xs font-medium text-slate-600">${legend}</span><span class="text-slate-900">${summary}</span></summary><fieldset class="absolute z-20 mt-1 grid max-h-80 w-72 grid-cols-1 gap-1 overflow-auto rounded-md border border-slate-200 bg-white p-3 shadow-lg"><legend class="sr-only">${legend}</legend>${choices}</fieldset></details>`;
}

function check(name: string, value: string, checked: boolean | undefined, label: string): SafeHtml {
  return markup`<label class="flex items-center gap-2"><input type="checkbox" class="size-4" name="${name}" value="${value}"${checked && markup` checked`}>${label}</label>`;
}

function radio(value: "any" | "all", checked: boolean, label: string): SafeHtml {
  return markup`<label class="flex items-center gap-1.5"><input type="radio" name="coSponsorMatch" value="${value}"${checked && markup` checked`}>${label}</label>`;
}

/** A select; its options mark the chosen one (`option`). */
function select(label: string, name: string, options: MarkupValue): SafeHtml {
  return markup`<label class="flex flex-col gap-1 text-sm"><span class="font-medium text-slate-700">${label}</span><select name="${name}" class="${field}">${options}</select></label>`;
}

function option(value: string, label: string, chosen: string): SafeHtml {
  return markup`<option value="${value}"${value === chosen && markup` selected`}>${label}</option>`;
}
