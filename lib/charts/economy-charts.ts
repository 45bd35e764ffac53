// The economies' charts: who gives and receives co-sponsorships, who backs whom, and one economy's
// part in the plan year by year. Each counts exactly the items the filtered work plan lists.
import "server-only";
import { findEconomy, listEconomies, type EconomyRef } from "../economies/queries";
import { catalogueTranslator, type CatalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { economyName } from "../i18n/data";
import type { ItemFilters } from "../items/schema";
import { readBackingPairs, readEconomyActivity, readItemCount } from "./economy-charts-sql";
import type { BarChartSpec, ChartCategory, HeatMapSpec } from "./spec";

/** A tie names every economy sharing the top, or at most this many pairs before "and n more". */
const MOST_PAIRS_NAMED = 3;

function economyCategories(economies: EconomyRef[], locale: Locale): ChartCategory[] {
  return economies.map((economy) => ({ key: economy.code, label: economyName(economy, locale) }));
}

/** Every economy's current co-sponsorships of the filtered items, as backer (rows) x proposer (columns), in APEC's order. */
async function backingMatrix(filters: ItemFilters, today: string) {
  const [economies, pairs, items] = await Promise.all([listEconomies(), readBackingPairs(filters, today), readItemCount(filters, today)]);
  const position = new Map(economies.map((economy, index) => [economy.code, index]));
  const values = economies.map(() => economies.map(() => 0));
  for (const pair of pairs) values[position.get(pair.backer)!]![position.get(pair.proposer)!] = pair.n;
  return { economies, values, items };
}

function namesAtMost(t: CatalogueTranslator, categories: ChartCategory[], counts: number[]) {
  const top = Math.max(0, ...counts);
  return {
    count: top,
    names: categories
      .filter((_, index) => counts[index] === top)
      .map((category) => category.label)
      .join(t("common.listSeparator")),
  };
}

export async function coSponsorshipsChart(filters: ItemFilters, locale: Locale, today: string): Promise<BarChartSpec> {
  const t = catalogueTranslator(locale);
  const { economies, values, items } = await backingMatrix(filters, today);
  const categories = economyCategories(economies, locale);
  const given = values.map((row) => row.reduce((sum, n) => sum + n, 0));
  const received = economies.map((_, column) => values.reduce((sum, row) => sum + row[column]!, 0));
  let description: string;
  if (given.every((n) => n === 0)) {
    description = t("economyCharts.coSponsorships.descriptionNone", { items });
  } else {
    const most = { given: namesAtMost(t, categories, given), received: namesAtMost(t, categories, received) };
    description = `${t("economyCharts.coSponsorships.description", { items })} ${t("economyCharts.coSponsorships.most", {
      given: most.given.names,
      givenCount: most.given.count,
      received: most.received.names,
      receivedCount: most.received.count,
    })}`;
  }
  return {
    name: "co-sponsorships",
    type: "bar",
    layout: "grouped",
    orientation: "horizontal",
    title: t("economyCharts.coSponsorships.title"),
    description,
    categoryAxis: t("economyCharts.coSponsorships.categoryAxis"),
    valueAxis: t("economyCharts.coSponsorships.valueAxis"),
    categories,
    series: [
      { key: "given", label: t("economyCharts.coSponsorships.given"), tone: "blue" },
      { key: "received", label: t("economyCharts.coSponsorships.received"), tone: "amber" },
    ],
    values: categories.map((_, index) => [given[index]!, received[index]!]),
  };
}

export async function backingChart(filters: ItemFilters, locale: Locale, today: string): Promise<HeatMapSpec> {
  const t = catalogueTranslator(locale);
  const { economies, values, items } = await backingMatrix(filters, today);
  const categories = economyCategories(economies, locale);
  const top = Math.max(0, ...values.flat());
  let description: string;
  if (top === 0) {
    description = t("economyCharts.backing.descriptionNone", { items });
  } else {
    const pairs = values.flatMap((row, r) =>
      row.flatMap((n, c) => (n === top ? [t("economyCharts.backing.pair", { backer: categories[r]!.label, proposer: categories[c]!.label })] : [])),
    );
    const named = pairs.slice(0, MOST_PAIRS_NAMED).join(t("common.listSeparator"));
    const listed = pairs.length > MOST_PAIRS_NAMED ? t("economyCharts.backing.moreTied", { pairs: named, count: pairs.length - MOST_PAIRS_NAMED }) : named;
    description = `${t("economyCharts.backing.description", { items })} ${t("economyCharts.backing.most", { pairs: listed, count: top })}`;
  }
  return {
    name: "backing",
    type: "heat-map",
    title: t("economyCharts.backing.title"),
    description,
    rowAxis: t("economyCharts.backing.rowAxis"),
    columnAxis: t("economyCharts.backing.columnAxis"),
    valueLabel: t("economyCharts.backing.valueLabel"),
    rows: categories,
    columns: categories,
    values,
  };
}

/** Null for an economy that is not one of APEC's. */
export async function economyActivityChart(code: string, filters: ItemFilters, locale: Locale, today: string): Promise<BarChartSpec | null> {
  const economy = await findEconomy(code);
  if (!economy) return null;
  const t = catalogueTranslator(locale);
  const years = await readEconomyActivity(economy.code, filters, today);
  const name = economyName(economy, locale);
  const sum = (pick: (year: (typeof years)[number]) => number) => years.reduce((total, year) => total + pick(year), 0);
  return {
    name: "economy-activity",
    type: "bar",
    layout: "grouped",
    orientation: "vertical",
    title: t("economyCharts.activity.title", { economy: name }),
    description: t("economyCharts.activity.description", {
      economy: name,
      items: await readItemCount(filters, today),
      proposed: sum((year) => year.proposed),
      backed: sum((year) => year.backed),
    }),
    categoryAxis: t("economyCharts.activity.categoryAxis"),
    valueAxis: t("economyCharts.activity.valueAxis"),
    categories: years.map((year) => ({ key: String(year.year), label: String(year.year) })),
    series: [
      { key: "proposed", label: t("economyCharts.activity.proposed"), tone: "blue" },
      { key: "backed", label: t("economyCharts.activity.backed"), tone: "teal" },
    ],
    values: years.map((year) => [year.proposed, year.backed]),
  };
}
