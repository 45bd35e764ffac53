// Bar charts: stacked or grouped, vertical or horizontal, with an optional second level of
// category labels (a year over its kinds). Counts are whole numbers; a value of zero draws nothing.
import { scaleBand } from "@visx/scale";
import type { BarChartSpec } from "../spec";
import { el, type SvgNode } from "./node";
import { AXIS_LINE, BACKGROUND, GRID_LINE, INK, MUTED_INK, ON_FILL, TONE_FILL } from "./palette";
import { axisTitle, FONT_SIZE, formatCount, GAP, label, labelText, legend, LINE_HEIGHT, SMALL_FONT_SIZE, valueScale, type Drawing } from "./parts";
import { textWidth } from "./text";

interface Run {
  group: string;
  start: number;
  end: number;
}

/** Consecutive categories sharing a group label. */
function groupRuns(spec: BarChartSpec): Run[] {
  const runs: Run[] = [];
  spec.categories.forEach((category, index) => {
    const last = runs.at(-1);
    if (category.group !== undefined && last && last.group === category.group && last.end === index - 1) last.end = index;
    else if (category.group !== undefined) runs.push({ group: category.group, start: index, end: index });
  });
  return runs;
}

/** Where each category's band starts, in bands, with half a band between groups. */
function slots(spec: BarChartSpec): { offsets: number[]; total: number } {
  const offsets: number[] = [];
  let at = 0;
  spec.categories.forEach((category, index) => {
    if (index > 0 && category.group !== spec.categories[index - 1]!.group) at += 0.5;
    offsets.push(at);
    at += 1;
  });
  return { offsets, total: Math.max(at, 1) };
}

function totals(spec: BarChartSpec): number[] {
  return spec.categories.map((_, c) => spec.series.reduce((sum, _s, s) => sum + (spec.values[c]?.[s] ?? 0), 0));
}

function largest(spec: BarChartSpec): number {
  if (spec.layout === "stacked") return Math.max(0, ...totals(spec));
  return Math.max(0, ...spec.values.flat());
}

interface Bar {
  category: number;
  series: number;
  value: number;
  /** Along the value axis, in value units. */
  from: number;
  to: number;
  /** Across the band, as a share of it. */
  offset: number;
  thickness: number;
}

function bars(spec: BarChartSpec): Bar[] {
  const out: Bar[] = [];
  const inner = scaleBand<number>({ domain: spec.series.map((_, s) => s), range: [0, 1], paddingInner: 0.1 });
  spec.categories.forEach((_, c) => {
    let stacked = 0;
    spec.series.forEach((_, s) => {
      const value = spec.values[c]?.[s] ?? 0;
      if (value <= 0) return;
      if (spec.layout === "stacked") {
        out.push({ category: c, series: s, value, from: stacked, to: stacked + value, offset: 0, thickness: 1 });
        stacked += value;
      } else {
        out.push({ category: c, series: s, value, from: 0, to: value, offset: inner(s) ?? 0, thickness: inner.bandwidth() });
      }
    });
  });
  return out;
}

function barTitle(spec: BarChartSpec, bar: Bar): string {
  const category = spec.categories[bar.category]!;
  const where = category.group ? `${category.group} · ${category.label}` : category.label;
  return `${where} · ${spec.series[bar.series]!.label}: ${formatCount(bar.value)}`;
}

/** One bar, in its series' colour, naming its category, series and count on hover. */
function barRect(spec: BarChartSpec, bar: Bar, box: { x: number; y: number; width: number; height: number }): SvgNode {
  // A white edge keeps a stack's segments apart where their colours are close.
  const edge = { stroke: BACKGROUND, "stroke-width": spec.layout === "stacked" ? 1 : 0 };
  return el("rect", { ...box, fill: TONE_FILL[spec.series[bar.series]!.tone], ...edge }, [el("title", {}, [barTitle(spec, bar)])]);
}

function legendEntries(spec: BarChartSpec) {
  return spec.series.map((series) => ({ label: series.label, fill: TONE_FILL[series.tone] }));
}

export function verticalBars(spec: BarChartSpec): Drawing {
  const band = spec.layout === "stacked" ? 64 : Math.max(64, spec.series.length * 18 + 16);
  const { offsets, total } = slots(spec);
  const runs = groupRuns(spec);
  const { scale: probe } = valueScale(largest(spec), [0, 1]);
  const tickWidth = Math.max(...probe.ticks(5).map((t) => textWidth(formatCount(t), FONT_SIZE)), 8);
  const left = LINE_HEIGHT + GAP + tickWidth + GAP;
  const right = 16;
  const plotWidth = Math.max(total * band, 480 - left - right);
  const width = left + plotWidth + right;
  const step = plotWidth / total;
  const barWidth = step * 0.72;

  const legendPart = legend(legendEntries(spec), left, GAP, plotWidth);
  const top = GAP + legendPart.height + GAP + LINE_HEIGHT / 2;
  const plotHeight = 260;
  const bottom = top + plotHeight;
  const { scale, ticks } = valueScale(largest(spec), [bottom, top]);

  const categoryLabels = spec.categories.map((category) => label(category.label, step - 4, 3));
  const labelLines = Math.max(1, ...categoryLabels.map((l) => l.lines.length));
  const groupLabels = runs.map((run) => label(run.group, (offsets[run.end]! - offsets[run.start]! + 1) * step - 4, 2));
  const groupLines = runs.length ? Math.max(...groupLabels.map((l) => l.lines.length)) : 0;
  const labelsTop = bottom + GAP + FONT_SIZE;
  const groupsTop = labelsTop + labelLines * LINE_HEIGHT + (groupLines ? GAP : 0);
  const axisTitleY = groupsTop + groupLines * LINE_HEIGHT + (groupLines ? GAP : 0) + FONT_SIZE;
  const height = axisTitleY + GAP;

  const x = (c: number) => left + offsets[c]! * step + (step - barWidth) / 2;
  const body: SvgNode[] = [...legendPart.nodes];

  body.push(
    el(
      "g",
      { "data-part": "grid" },
      ticks.map((tick) =>
        el("g", {}, [
          el("line", { x1: left, x2: left + plotWidth, y1: scale(tick), y2: scale(tick), stroke: tick === 0 ? AXIS_LINE : GRID_LINE, "stroke-width": 1 }),
          el("text", { x: left - GAP, y: scale(tick) + 4, "text-anchor": "end", fill: MUTED_INK }, [formatCount(tick)]),
        ]),
      ),
    ),
  );
  body.push(
    axisTitle(spec.valueAxis, 0, 0, plotHeight, { transform: `translate(${LINE_HEIGHT - 3} ${(top + bottom) / 2}) rotate(-90)`, "text-anchor": "middle" }),
  );

  const barNodes: SvgNode[] = [];
  const valueNodes: SvgNode[] = [];
  for (const bar of bars(spec)) {
    const bx = x(bar.category) + bar.offset * barWidth;
    const bw = bar.thickness * barWidth;
    const y1 = scale(bar.to);
    const h = scale(bar.from) - y1;
    barNodes.push(barRect(spec, bar, { x: bx, y: y1, width: bw, height: h }));
    const text = formatCount(bar.value);
    const fits = textWidth(text, SMALL_FONT_SIZE) <= bw - 2;
    if (spec.layout === "stacked" && spec.series.length > 1) {
      if (fits && h >= SMALL_FONT_SIZE + 4) {
        valueNodes.push(el("text", { x: bx + bw / 2, y: y1 + h / 2 + 4, "text-anchor": "middle", fill: ON_FILL, "font-size": SMALL_FONT_SIZE }, [text]));
      }
    } else if (textWidth(text, SMALL_FONT_SIZE) <= bw + 6) {
      valueNodes.push(el("text", { x: bx + bw / 2, y: y1 - 4, "text-anchor": "middle", fill: INK, "font-size": SMALL_FONT_SIZE }, [text]));
    }
  }
  if (spec.layout === "stacked" && spec.series.length > 1) {
    totals(spec).forEach((sum, c) => {
      if (sum > 0) {
        valueNodes.push(
          el("text", { x: x(c) + barWidth / 2, y: scale(sum) - 4, "text-anchor": "middle", fill: INK, "font-size": SMALL_FONT_SIZE, "font-weight": "bold" }, [
            formatCount(sum),
          ]),
        );
      }
    });
  }
  body.push(el("g", { "data-part": "bars" }, barNodes), el("g", { "data-part": "values" }, valueNodes));

  body.push(
    el(
      "g",
      { "data-part": "categories", "text-anchor": "middle" },
      categoryLabels.map((fitted, c) => labelText(fitted, left + offsets[c]! * step + step / 2, labelsTop)),
    ),
  );
  if (runs.length) {
    const groupNodes: SvgNode[] = [];
    runs.forEach((run, index) => {
      const from = left + offsets[run.start]! * step;
      const to = left + (offsets[run.end]! + 1) * step;
      groupNodes.push(
        el("line", { x1: from + 2, x2: to - 2, y1: groupsTop - GAP / 2 - 2, y2: groupsTop - GAP / 2 - 2, stroke: AXIS_LINE, "stroke-width": 1 }),
        labelText(groupLabels[index]!, (from + to) / 2, groupsTop + FONT_SIZE - 2, { "font-weight": "bold" }),
      );
    });
    body.push(el("g", { "data-part": "groups", "text-anchor": "middle" }, groupNodes));
  }
  body.push(axisTitle(spec.categoryAxis, left + plotWidth / 2, axisTitleY, plotWidth, { "text-anchor": "middle" }));
  return { width, height, body };
}

export function horizontalBars(spec: BarChartSpec): Drawing {
  const width = 720;
  const runs = groupRuns(spec);
  const groupWidth = runs.length ? Math.min(120, Math.max(...runs.map((run) => textWidth(run.group, FONT_SIZE)))) + GAP : 0;
  const labelWidth = Math.min(200, Math.max(40, ...spec.categories.map((c) => textWidth(c.label, FONT_SIZE))));
  const left = GAP + groupWidth + labelWidth + GAP;
  const maxText = textWidth(formatCount(largest(spec)), SMALL_FONT_SIZE);
  const right = Math.max(24, maxText + 2 * GAP);
  const plotWidth = width - left - right;

  const legendPart = legend(legendEntries(spec), GAP, GAP, width - 2 * GAP);
  const axisTitleY = GAP + legendPart.height + GAP + FONT_SIZE;
  const top = axisTitleY + GAP;
  const { offsets, total } = slots(spec);
  const step = spec.layout === "stacked" ? 32 : Math.max(32, spec.series.length * 14 + 12);
  const plotHeight = Math.max(total, 1) * step;
  const bottom = top + plotHeight;
  const barHeight = step * 0.72;
  const { scale, ticks } = valueScale(largest(spec), [left, left + plotWidth]);
  const height = bottom + GAP + FONT_SIZE + GAP + LINE_HEIGHT + GAP;

  const y = (c: number) => top + offsets[c]! * step + (step - barHeight) / 2;
  const body: SvgNode[] = [...legendPart.nodes];
  body.push(axisTitle(spec.categoryAxis, left - GAP, axisTitleY, left - 2 * GAP, { "text-anchor": "end" }));
  body.push(
    el(
      "g",
      { "data-part": "grid" },
      ticks.map((tick) =>
        el("g", {}, [
          el("line", { x1: scale(tick), x2: scale(tick), y1: top, y2: bottom, stroke: tick === 0 ? AXIS_LINE : GRID_LINE, "stroke-width": 1 }),
          el("text", { x: scale(tick), y: bottom + GAP + FONT_SIZE - 2, "text-anchor": "middle", fill: MUTED_INK }, [formatCount(tick)]),
        ]),
      ),
    ),
  );
  body.push(axisTitle(spec.valueAxis, left + plotWidth / 2, height - GAP - 2, plotWidth, { "text-anchor": "middle" }));

  const barNodes: SvgNode[] = [];
  const valueNodes: SvgNode[] = [];
  const stackedLabels = spec.layout === "stacked" && spec.series.length > 1;
  for (const bar of bars(spec)) {
    const by = y(bar.category) + bar.offset * barHeight;
    const bh = bar.thickness * barHeight;
    const x1 = scale(bar.from);
    const w = scale(bar.to) - x1;
    barNodes.push(barRect(spec, bar, { x: x1, y: by, width: w, height: bh }));
    const text = formatCount(bar.value);
    if (stackedLabels) {
      if (textWidth(text, SMALL_FONT_SIZE) + 6 <= w && bh >= SMALL_FONT_SIZE) {
        valueNodes.push(el("text", { x: x1 + w / 2, y: by + bh / 2 + 4, "text-anchor": "middle", fill: ON_FILL, "font-size": SMALL_FONT_SIZE }, [text]));
      }
    } else if (bh >= SMALL_FONT_SIZE - 2) {
      valueNodes.push(el("text", { x: x1 + w + 4, y: by + bh / 2 + 4, fill: INK, "font-size": SMALL_FONT_SIZE }, [text]));
    }
  }
  if (stackedLabels) {
    totals(spec).forEach((sum, c) => {
      if (sum > 0) {
        valueNodes.push(
          el("text", { x: scale(sum) + 4, y: y(c) + barHeight / 2 + 4, fill: INK, "font-size": SMALL_FONT_SIZE, "font-weight": "bold" }, [formatCount(sum)]),
        );
      }
    });
  }
  body.push(el("g", { "data-part": "bars" }, barNodes), el("g", { "data-part": "values" }, valueNodes));

  const maxLines = Math.max(1, Math.floor(step / LINE_HEIGHT));
  body.push(
    el(
      "g",
      { "data-part": "categories", "text-anchor": "end" },
      spec.categories.map((category, c) => {
        const fitted = label(category.label, labelWidth, maxLines);
        const first = top + offsets[c]! * step + step / 2 - ((fitted.lines.length - 1) * LINE_HEIGHT) / 2 + 4;
        return labelText(fitted, left - GAP, first);
      }),
    ),
  );
  if (runs.length) {
    body.push(
      el(
        "g",
        { "data-part": "groups", "font-weight": "bold" },
        runs.map((run) => {
          const from = top + offsets[run.start]! * step;
          const to = top + (offsets[run.end]! + 1) * step;
          const lines = Math.max(1, Math.floor((to - from) / LINE_HEIGHT));
          const fitted = label(run.group, groupWidth - GAP, lines);
          const first = (from + to) / 2 - ((fitted.lines.length - 1) * LINE_HEIGHT) / 2 + 4;
          return el("g", {}, [
            el("line", { x1: GAP + groupWidth - 3, x2: GAP + groupWidth - 3, y1: from + 2, y2: to - 2, stroke: AXIS_LINE, "stroke-width": 1 }),
            labelText(fitted, GAP, first),
          ]);
        }),
      ),
    );
  }
  return { width, height, body };
}
