import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import "../support/fast-check-seed";
import { chartPng, chartSvg, chartSvgMarkup } from "@/lib/charts/render";
import { CHART_TONES, type BarChartSpec, type ChartSpec, type HeatMapSpec } from "@/lib/charts/spec";
import { chartElement, chartIsEmpty } from "@/lib/charts/svg";
import type { SvgElement, SvgNode } from "@/lib/charts/svg/node";
import { fitText, textWidth } from "@/lib/charts/svg/text";

const STATUSES = ["Planned", "In progress", "Completed", "On hold", "Cancelled"];

function bar(overrides: Partial<BarChartSpec> = {}): BarChartSpec {
  return {
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
    series: STATUSES.map((label, i) => ({ key: `s${i}`, label, tone: CHART_TONES[i]! })),
    values: [
      [2, 0, 5, 0, 1],
      [0, 3, 0, 0, 0],
      [4, 1, 0, 2, 0],
    ],
    ...overrides,
  };
}

const ECONOMIES = [
  ["Australia", "澳大利亞"],
  ["Papua New Guinea", "巴布亞紐幾內亞"],
  ["People's Republic of China", "中華人民共和國"],
  ["United States of America", "美利堅合眾國"],
  ["Hong Kong, China", "中國香港"],
];

function heat(zh = false): HeatMapSpec {
  const names = ECONOMIES.map(([en, zhName]) => (zh ? zhName! : en!));
  return {
    name: "backing",
    type: "heat-map",
    title: zh ? "經濟體相互連署" : "Who backs whom",
    description: zh ? "列為連署者，欄為提案者。" : "Rows co-sponsor the columns' items.",
    rowAxis: zh ? "連署經濟體" : "Backer",
    columnAxis: zh ? "提案經濟體" : "Proposer",
    valueLabel: zh ? "連署數" : "Co-sponsorships",
    rows: names.map((label, i) => ({ key: `r${i}`, label })),
    columns: names.map((label, i) => ({ key: `c${i}`, label })),
    values: names.map((_, r) => names.map((_, c) => (r === c ? 0 : (r * 3 + c) % 5))),
  };
}

function elements(node: SvgNode): SvgElement[] {
  return typeof node === "string" ? [] : [node, ...node.children.flatMap(elements)];
}

function part(svg: SvgElement, name: string): SvgElement {
  const found = elements(svg).find((e) => e.attributes["data-part"] === name);
  if (!found) throw new Error(`No ${name} in the drawing.`);
  return found;
}

function text(node: SvgNode): string {
  return typeof node === "string" ? node : node.children.map(text).join("");
}

function viewBox(svg: SvgElement): { width: number; height: number } {
  const [, , width, height] = String(svg.attributes.viewBox).split(" ").map(Number);
  return { width: width!, height: height! };
}

/** Every line of every label stays inside the drawing, by the renderer's own width estimate. */
function labelsInside(svg: SvgElement): void {
  const { width, height } = viewBox(svg);
  for (const name of ["categories", "groups", "rows", "legend"]) {
    const group = elements(svg).find((e) => e.attributes["data-part"] === name);
    if (!group) continue;
    const anchor = group.attributes["text-anchor"] ?? "start";
    for (const tspan of elements(group).filter((e) => e.tag === "tspan")) {
      const x = Number(tspan.attributes.x);
      const y = Number(tspan.attributes.y);
      const w = textWidth(text(tspan), 12);
      const [from, to] = anchor === "end" ? [x - w, x] : anchor === "middle" ? [x - w / 2, x + w / 2] : [x, x + w];
      expect(from, text(tspan)).toBeGreaterThanOrEqual(0);
      expect(to, text(tspan)).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  }
}

describe("a bar chart's SVG", () => {
  it("is well-formed XML, labelled by its title and description", () => {
    const svg = chartSvg(bar());
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/<svg [^>]*width="\d+" height="\d+"/);
    expect(svg).toMatch(/font-family="'Noto Sans CJK TC'[^"]*sans-serif"/);
    expect(svg).toContain('role="img" aria-labelledby="chart-status-by-year-title chart-status-by-year-desc"');
    expect(svg).toContain('<title id="chart-status-by-year-title">Items by kind and status, per year</title>');
    expect(svg).toContain('<desc id="chart-status-by-year-desc">Work-plan items per year and kind, stacked by status.</desc>');
    expect(svg).not.toMatch(/\sstyle=|\sclass=/);
  });

  it("gives two charts on one page their own ids, and the page the same drawing as the download", () => {
    const a = chartSvgMarkup(bar(), "overview-a");
    const b = chartSvgMarkup(bar(), "overview-b");
    expect(a).toContain('id="overview-a-title"');
    expect(b).toContain('id="overview-b-title"');
    expect(chartSvg(bar(), "overview-a")).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${a}\n`);
  });

  it("draws one bar per non-zero value, stacked heights proportional to the values", () => {
    const spec = bar();
    const bars = part(chartElement(spec), "bars").children as SvgElement[];
    expect(bars).toHaveLength(spec.values.flat().filter((v) => v > 0).length);
    const perUnit = bars.map((b, i) => Number(b.attributes.height) / spec.values.flat().filter((v) => v > 0)[i]!);
    for (const ratio of perUnit) expect(ratio).toBeCloseTo(perUnit[0]!, 1);
    // Each bar says what it is when pointed at.
    expect(text(bars[0]!.children[0]!)).toBe("2024 · Initiative · Planned: 2");
  });

  it("draws grouped horizontal bars with widths proportional to the values", () => {
    const spec = bar({ layout: "grouped", orientation: "horizontal" });
    const bars = part(chartElement(spec), "bars").children as SvgElement[];
    const values = spec.values.flat().filter((v) => v > 0);
    expect(bars).toHaveLength(values.length);
    const perUnit = bars.map((b, i) => Number(b.attributes.width) / values[i]!);
    for (const ratio of perUnit) expect(ratio).toBeCloseTo(perUnit[0]!, 1);
  });

  it("writes each stack's total, and values inside segments that have room", () => {
    const values = part(chartElement(bar()), "values");
    expect(values.children.map(text)).toEqual(expect.arrayContaining(["8", "3", "7"]));
  });

  it("keeps long Chinese and English labels inside the drawing, the full text in a <title> when cut", () => {
    const long = "Enhancing Trade Facilitation through Digitalisation of Customs Procedures in the APEC Region";
    const longZh = "透過海關程序數位化以強化亞太經濟合作區域貿易便捷化之倡議";
    for (const orientation of ["vertical", "horizontal"] as const) {
      const spec = bar({
        orientation,
        categories: [
          { key: "a", label: long, group: "一個非常長的年度群組名稱，用來測試換行與截斷" },
          { key: "b", label: longZh, group: "2025" },
          { key: "c", label: "中華台北 Chinese Taipei", group: "2025" },
        ],
      });
      const svg = chartElement(spec);
      labelsInside(svg);
      const categories = part(svg, "categories");
      const titles = elements(categories)
        .filter((e) => e.tag === "title")
        .map(text);
      expect(titles).toEqual(expect.arrayContaining([long]));
    }
  });

  it("draws axes for an all-zero chart, with no bars", () => {
    const spec = bar({
      values: [
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
      ],
    });
    expect(chartIsEmpty(spec)).toBe(true);
    const svg = chartElement(spec);
    expect(part(svg, "bars").children).toHaveLength(0);
    const ticks = elements(part(svg, "grid"))
      .filter((e) => e.tag === "text")
      .map(text);
    expect(ticks).toEqual(["0", "1"]);
    expect(XMLValidator.validate(chartSvg(spec))).toBe(true);
  });

  it("escapes text that looks like markup", () => {
    const svg = chartSvg(bar({ title: `<script>alert("x")</script> & co`, categories: [{ key: "a", label: "A < B & 'C'" }], values: [[1, 0, 0, 0, 0]] }));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
  });
});

describe("a heat map's SVG", () => {
  it("has a cell per row and column, shaded darker for larger counts, with a legend", () => {
    const spec = heat();
    const svg = chartElement(spec);
    const cells = part(svg, "cells").children.filter((c): c is SvgElement => typeof c !== "string" && c.tag === "rect");
    expect(cells).toHaveLength(spec.rows.length * spec.columns.length);
    expect(cells.map((c) => c.attributes["data-value"])).toEqual(spec.values.flat());
    const fillOf = (value: number) => cells.find((c) => c.attributes["data-value"] === value)!.attributes.fill;
    expect(fillOf(0)).not.toBe(fillOf(4));
    expect(elements(part(svg, "legend")).filter((e) => e.tag === "rect").length).toBeGreaterThanOrEqual(2);
    expect(XMLValidator.validate(chartSvg(spec))).toBe(true);
  });

  it("keeps Chinese and English economy names inside the drawing", () => {
    labelsInside(chartElement(heat(false)));
    labelsInside(chartElement(heat(true)));
  });
});

describe("fitting text", () => {
  it("counts a CJK glyph as about 1em and a Latin letter as about 0.6em", () => {
    expect(textWidth("中華台北", 10)).toBe(40);
    expect(textWidth("abcd", 10)).toBeCloseTo(24);
  });

  it("wraps between words and between CJK glyphs, and shortens only what cannot fit", () => {
    expect(fitText("Self-funded project", 80, 12, 3)).toEqual({ lines: ["Self-funded", "project"], shortened: false });
    expect(fitText("APEC-funded project", 56, 12, 3)).toEqual({ lines: ["APEC-", "funded", "project"], shortened: false });
    expect(fitText("巴布亞紐幾內亞", 50, 12, 2)).toEqual({ lines: ["巴布亞紐", "幾內亞"], shortened: false });
    const cut = fitText("People's Republic of China", 60, 12, 1);
    expect(cut.shortened).toBe(true);
    expect(cut.lines).toHaveLength(1);
    expect(cut.lines[0]).toMatch(/…$/);
    expect(textWidth(cut.lines[0]!, 12)).toBeLessThanOrEqual(60);
  });
});

describe("a chart's PNG", () => {
  it("is a PNG of the drawing's size times the scale", () => {
    const spec = bar();
    const png = chartPng(spec, { scale: 2 });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { width, height } = viewBox(chartElement(spec));
    expect(png.readUInt32BE(16)).toBe(width * 2);
    expect(png.readUInt32BE(20)).toBe(height * 2);
  });

  it("refuses a scale it cannot draw", () => {
    expect(() => chartPng(bar(), { scale: 0 })).toThrow(/scale/);
  });
});

const label = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("巴布亞紐幾內亞", "People's Republic of China", "", " ", "<&>\"'", "tab\tand\u0001bell"));
const count = fc.oneof(fc.constant(0), fc.nat({ max: 20 }), fc.nat({ max: 100_000 }));

const barSpec: fc.Arbitrary<ChartSpec> = fc
  .record({
    layout: fc.constantFrom("stacked" as const, "grouped" as const),
    orientation: fc.constantFrom("vertical" as const, "horizontal" as const),
    categories: fc.array(fc.record({ label, group: fc.option(fc.constantFrom("2024", "2025", "二〇二六年"), { nil: undefined }) }), { maxLength: 14 }),
    series: fc.array(fc.record({ label, tone: fc.constantFrom(...CHART_TONES) }), { minLength: 1, maxLength: 5 }),
    seed: fc.array(count, { minLength: 70, maxLength: 70 }),
  })
  .map(({ layout, orientation, categories, series, seed }) =>
    bar({
      layout,
      orientation,
      categories: categories.map((c, i) => ({ key: String(i), ...c })),
      series: series.map((s, i) => ({ key: String(i), ...s })),
      values: categories.map((_, c) => series.map((_, s) => seed[(c * 5 + s) % seed.length]!)),
    }),
  );

const heatSpec: fc.Arbitrary<ChartSpec> = fc
  .record({ rows: fc.array(label, { maxLength: 8 }), columns: fc.array(label, { maxLength: 8 }), seed: fc.array(count, { minLength: 64, maxLength: 64 }) })
  .map(({ rows, columns, seed }) => ({
    ...heat(),
    rows: rows.map((l, i) => ({ key: String(i), label: l })),
    columns: columns.map((l, i) => ({ key: String(i), label: l })),
    values: rows.map((_, r) => columns.map((_, c) => seed[r * 8 + c]!)),
  }));

describe("any chart", () => {
  it("renders to valid XML with no NaN or Infinity in any attribute", () => {
    fc.assert(
      fc.property(fc.oneof(barSpec, heatSpec), (spec) => {
        const svg = chartSvg(spec);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).not.toMatch(/="[^"]*(NaN|Infinity|undefined)[^"]*"/);
      }),
      { numRuns: 150 },
    );
  });
});
