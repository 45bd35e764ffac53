import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ChartFigure } from "@/components/charts/chart-figure";
import type { BarChartSpec, HeatMapSpec } from "@/lib/charts/spec";
import { catalogueTranslator } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/config";

// The figure's words come from the catalogue in the language asked for (English unless told).
vi.mock("next-intl/server", () => ({
  getTranslations: vi.fn(async (options: string | { locale: Locale; namespace: string }) => {
    const { locale, namespace } = typeof options === "string" ? { locale: "en" as Locale, namespace: options } : options;
    const t = catalogueTranslator(locale) as unknown as (key: string, values?: Record<string, unknown>) => string;
    return (key: string, values?: Record<string, unknown>) => t(`${namespace}.${key}`, values);
  }),
}));

const spec: BarChartSpec = {
  name: "status-by-year",
  type: "bar",
  layout: "stacked",
  orientation: "vertical",
  title: "Items by kind and status, per year",
  description: "Work-plan items per year and kind, stacked by status.",
  categoryAxis: "Year and kind",
  valueAxis: "Items",
  categories: [
    { key: "2024-i", label: "Initiative", group: "2024" },
    { key: "2024-a", label: "APEC-funded project", group: "2024" },
    { key: "2025-i", label: "Initiative", group: "2025" },
  ],
  series: [
    { key: "PLANNED", label: "Planned", tone: "slate" },
    { key: "COMPLETED", label: "Completed", tone: "green" },
  ],
  values: [
    [2, 5],
    [0, 3],
    [4, 0],
  ],
};

async function render(props: Parameters<typeof ChartFigure>[0]): Promise<string> {
  return renderToStaticMarkup(await ChartFigure(props));
}

describe("<ChartFigure>", () => {
  it("is a figure with its heading, the drawing inline, its caption, its numbers as a table and its downloads", async () => {
    const html = await render({
      spec,
      downloads: { svg: "/charts/status-by-year.svg?year=2024", png: "/charts/status-by-year.png?year=2024" },
      headingLevel: 3,
    });
    expect(html).toMatch(/^<figure aria-labelledby="chart-status-by-year-heading"/);
    expect(html).toContain('<h3 id="chart-status-by-year-heading"');
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="chart-status-by-year-title chart-status-by-year-desc"/);
    expect(html).toContain(">Work-plan items per year and kind, stacked by status.</figcaption>");
    expect(html).toContain("<caption");
    expect(html).toContain("Items by kind and status, per year: the numbers</caption>");
    // The year heads its run of kinds; each row and the totals are headed.
    expect(html).toMatch(/<th scope="rowgroup" rowSpan="2"[^>]*>2024<\/th>/);
    expect(html).toMatch(/<th scope="row"[^>]*>APEC-funded project<\/th>/);
    expect(html).toMatch(/<tfoot><tr><th scope="row" colSpan="2"[^>]*>Total<\/th><td[^>]*>6<\/td><td[^>]*>8<\/td><td[^>]*>14<\/td>/);
    expect(html).toContain('href="/charts/status-by-year.svg?year=2024" download=""');
    expect(html).toContain(">Download PNG</a>");
    expect(html).not.toMatch(/\sstyle=/);
  });

  it("says there is nothing to show instead of drawing empty axes, with no table and no downloads", async () => {
    const html = await render({ spec: { ...spec, values: spec.values.map((row) => row.map(() => 0)) }, downloads: { svg: "/a.svg", png: "/a.png" } });
    expect(html).toContain("Nothing to show: every count is zero.");
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("<table");
    expect(html).not.toContain("download");
  });

  it("uses the language it is given, and the heading-less form the mission report uses", async () => {
    const html = await render({ spec, locale: "zh-TW", withHeading: false });
    expect(html).toMatch(/^<figure aria-label="Items by kind and status, per year"/);
    expect(html).not.toContain("<h2");
    expect(html).toContain(">合計</th>");
  });

  it("shows a heat map's numbers as its matrix, with row and column totals", async () => {
    const heat: HeatMapSpec = {
      name: "backing",
      type: "heat-map",
      title: "Who backs whom",
      description: "Rows co-sponsor the columns' items.",
      rowAxis: "Backer",
      columnAxis: "Proposer",
      valueLabel: "Co-sponsorships",
      rows: [
        { key: "PE", label: "Peru" },
        { key: "CL", label: "Chile" },
      ],
      columns: [
        { key: "PE", label: "Peru" },
        { key: "CL", label: "Chile" },
      ],
      values: [
        [0, 2],
        [3, 0],
      ],
    };
    const html = await render({ spec: heat });
    expect(html).toContain("Backer (rows) by Proposer (columns)");
    expect(html).toMatch(/<th scope="col"[^>]*>Chile<\/th>/);
    expect(html).toMatch(/<th scope="row"[^>]*>Chile<\/th><td[^>]*>3<\/td><td[^>]*>0<\/td><td[^>]*>3<\/td>/);
    expect(html).toMatch(/<tfoot>.*>5<\/td><\/tr><\/tfoot>/);
  });
});
