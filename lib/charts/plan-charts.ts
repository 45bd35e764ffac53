// The charts of the whole (filtered) work plan: what it holds year by year, and what falls due in
// the year ahead. Both count exactly the items the filtered table lists.
import "server-only";
import { dateFormat, formatMonth, lastDayOfMonth } from "../dates";
import type { ItemKind, ItemStatus } from "../db/generated/enums";
import { catalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { KINDS, STATUSES, type ItemFilters } from "../items/schema";
import { readMilestonesByMonth, readStatusByYear, type MilestoneState } from "./plan-charts-sql";
import type { BarChartSpec, ChartCategory, ChartTone } from "./spec";

/** Red is kept for what is late; a cancelled item fades. */
const STATUS_TONES: Record<ItemStatus, ChartTone> = {
  PROPOSED: "amber",
  APPROVED: "sky",
  IN_IMPLEMENTATION: "blue",
  COMPLETED: "green",
  CANCELLED: "slate",
};
const MILESTONE_STATES: { key: MilestoneState; tone: ChartTone }[] = [
  { key: "met", tone: "green" },
  { key: "open", tone: "blue" },
  { key: "overdue", tone: "red" },
];
const MONTHS_AHEAD = 12;
const EARLIER = "earlier";
const NO_KIND = "none" as const;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Items by year (oldest first) and kind, stacked by status. The years are those the filter names,
 * else every year from the plan's first to its last, so a year without items shows as a gap.
 */
export async function statusByYearChart(filters: ItemFilters, locale: Locale, today: string): Promise<BarChartSpec> {
  const t = catalogueTranslator(locale);
  const rows = await readStatusByYear(filters, today);
  const found = rows.map((row) => row.year);
  const years = filters.year
    ? [...filters.year].sort((a, b) => a - b)
    : found.length
      ? Array.from({ length: Math.max(...found) - Math.min(...found) + 1 }, (_, index) => Math.min(...found) + index)
      : [];
  const kinds: (ItemKind | typeof NO_KIND)[] = filters.kind
    ? KINDS.filter((kind) => filters.kind!.includes(kind))
    : [...KINDS, ...(rows.some((row) => row.kind === null) ? [NO_KIND] : [])];
  const categories: ChartCategory[] = years.flatMap((year) =>
    kinds.map((kind) => ({ key: `${year}-${kind}`, label: t(`planCharts.kinds.${kind}`), group: String(year) })),
  );
  const index = new Map(categories.map((category, position) => [category.key, position]));
  const values = categories.map(() => STATUSES.map(() => 0));
  for (const row of rows) {
    const position = index.get(`${row.year}-${row.kind ?? NO_KIND}`);
    if (position !== undefined) values[position]![STATUSES.indexOf(row.status)]! += row.n;
  }

  const items = sum(rows.map((row) => row.n));
  const perYear = years.map((year, position) => ({ year, count: sum(values.slice(position * kinds.length, (position + 1) * kinds.length).flat()) }));
  const busiest = perYear.reduce<{ year: number; count: number } | null>((best, entry) => (entry.count > (best?.count ?? 0) ? entry : best), null);
  const description = [
    t("planCharts.statusByYear.description", { items }),
    ...(busiest && years.length > 1 ? [t("planCharts.statusByYear.busiest", { year: String(busiest.year), count: busiest.count })] : []),
  ].join(" ");
  return {
    type: "bar",
    name: "status-by-year",
    title: t("planCharts.statusByYear.title"),
    description,
    layout: "stacked",
    orientation: "vertical",
    categoryAxis: t("planCharts.statusByYear.categoryAxis"),
    valueAxis: t("planCharts.statusByYear.valueAxis"),
    categories,
    series: STATUSES.map((status) => ({ key: status, label: t(`enums.itemStatus.${status}`), tone: STATUS_TONES[status] })),
    values,
  };
}

/**
 * Milestones of the matching items by the month they fall due, for the twelve months from today's,
 * after a first bar of what is overdue from before this month: met, open, overdue. A month-only
 * milestone is in its month; one without a deadline (undated, or at a meeting whose days are not
 * yet known) has no month and is only counted in the description.
 */
export async function milestonesByMonthChart(filters: ItemFilters, locale: Locale, today: string): Promise<BarChartSpec> {
  const t = catalogueTranslator(locale);
  const [year, month] = today.split("-").map(Number) as [number, number];
  const months = Array.from({ length: MONTHS_AHEAD }, (_, offset) => {
    const index = month - 1 + offset;
    return { year: year + Math.floor(index / 12), month: (index % 12) + 1 };
  });
  const key = (entry: { year: number; month: number }) => `${entry.year}-${String(entry.month).padStart(2, "0")}`;
  const last = months.at(-1)!;
  const { rows, undated } = await readMilestonesByMonth(filters, today, `${key(months[0]!)}-01`, `${key(last)}-${lastDayOfMonth(last.year, last.month)}`);

  const monthLabel = dateFormat(locale === "zh-TW" ? "zh-TW" : "en-GB", { month: "short", timeZone: "UTC" });
  const categories: ChartCategory[] = [
    { key: EARLIER, label: t("planCharts.milestonesByMonth.earlier") },
    ...months.map((entry) => ({ key: key(entry), label: monthLabel.format(new Date(Date.UTC(entry.year, entry.month - 1, 1))), group: String(entry.year) })),
  ];
  const index = new Map(categories.map((category, position) => [category.key, position]));
  const states = MILESTONE_STATES.map((state) => state.key);
  const values = categories.map(() => states.map(() => 0));
  for (const row of rows) {
    const position = index.get(row.month);
    if (position !== undefined) values[position]![states.indexOf(row.state)]! += row.n;
  }

  const description = [
    t("planCharts.milestonesByMonth.description", {
      milestones: sum(values.flat()),
      from: formatMonth(months[0]!.year, months[0]!.month, locale),
      to: formatMonth(last.year, last.month, locale),
    }),
    t("planCharts.milestonesByMonth.overdue", { count: sum(values.map((row) => row[states.indexOf("overdue")]!)) }),
    ...(undated ? [t("planCharts.milestonesByMonth.undated", { count: undated })] : []),
  ].join(" ");
  return {
    type: "bar",
    name: "milestones-by-month",
    title: t("planCharts.milestonesByMonth.title"),
    description,
    layout: "stacked",
    orientation: "vertical",
    categoryAxis: t("planCharts.milestonesByMonth.categoryAxis"),
    valueAxis: t("planCharts.milestonesByMonth.valueAxis"),
    categories,
    series: MILESTONE_STATES.map((state) => ({ key: state.key, label: t(`planCharts.milestonesByMonth.series.${state.key}`), tone: state.tone })),
    values,
  };
}
