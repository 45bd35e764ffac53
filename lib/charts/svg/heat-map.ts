// The heat map: rows against columns, each cell shaded by its count in a few steps, with the count
// written in cells that have one, and a legend of the steps.
import type { HeatMapSpec } from "../spec";
import { el, type SvgNode } from "./node";
import { AXIS_LINE, HEAT_DARK_FROM, HEAT_STEPS, INK, ON_FILL } from "./palette";
import { axisTitle, FONT_SIZE, formatCount, GAP, label, labelText, legend, LINE_HEIGHT, SMALL_FONT_SIZE, type Drawing, type Label } from "./parts";
import { textWidth } from "./text";

const CELL = 30;
const COLUMN_LABEL_LENGTH = 170;
/** Column labels run up at this angle, so 21 economy names fit above 21 narrow columns. */
const ANGLE = 50;

export interface HeatStep {
  from: number;
  to: number;
  fill: string;
}

/** The legend's steps for counts up to `max`: zero, then equal runs of whole numbers. */
export function heatSteps(max: number): HeatStep[] {
  const steps: HeatStep[] = [{ from: 0, to: 0, fill: HEAT_STEPS[0] }];
  const shades = HEAT_STEPS.length - 1;
  const size = Math.max(1, Math.ceil(max / shades));
  for (let from = 1, index = 1; from <= max && index <= shades; from += size, index++) {
    steps.push({ from, to: Math.min(max, from + size - 1), fill: HEAT_STEPS[index]! });
  }
  return steps;
}

export function heatStep(value: number, steps: HeatStep[]): number {
  const index = steps.findIndex((step) => value >= step.from && value <= step.to);
  return index === -1 ? steps.length - 1 : index;
}

function stepLabel(step: HeatStep): string {
  return step.from === step.to ? formatCount(step.from) : `${formatCount(step.from)}–${formatCount(step.to)}`;
}

export function heatMap(spec: HeatMapSpec): Drawing {
  const max = Math.max(0, ...spec.values.flat());
  const steps = heatSteps(max);
  const rowWidth = Math.min(180, Math.max(40, ...spec.rows.map((r) => textWidth(r.label, FONT_SIZE))));
  const left = GAP + rowWidth + GAP;
  const columns = Math.max(spec.columns.length, 1);
  const columnLabels: Label[] = spec.columns.map((c) => label(c.label, COLUMN_LABEL_LENGTH, 1));
  const longest = Math.max(FONT_SIZE, ...columnLabels.map((l) => textWidth(l.lines[0]!, FONT_SIZE)));
  const rise = longest * Math.sin((ANGLE * Math.PI) / 180) + FONT_SIZE;
  const run = longest * Math.cos((ANGLE * Math.PI) / 180);
  const gridWidth = columns * CELL;
  const width = Math.max(left + gridWidth + run + GAP, 480);

  const legendEntries = steps.map((step) => ({ label: stepLabel(step), fill: step.fill }));
  const legendTitleWidth = Math.min(textWidth(spec.valueLabel, FONT_SIZE), 200) + GAP;
  const legendPart = legend(legendEntries, GAP + legendTitleWidth + GAP, GAP, width - legendTitleWidth - 3 * GAP);
  const axisTitleY = GAP + legendPart.height + GAP + FONT_SIZE;
  const top = axisTitleY + GAP + rise;
  const height = top + Math.max(spec.rows.length, 1) * CELL + GAP;

  const body: SvgNode[] = [
    labelText(label(spec.valueLabel, legendTitleWidth - GAP, 1), GAP, GAP + 12, { "font-weight": "bold" }),
    ...legendPart.nodes,
    // Zero is the palest step: its swatch needs an edge to be seen.
    el("rect", { x: GAP + legendTitleWidth + GAP, y: GAP + 1, width: 12, height: 12, fill: "none", stroke: AXIS_LINE, "stroke-width": 0.5, rx: 2 }),
    axisTitle(spec.rowAxis, left - GAP, axisTitleY, rowWidth, { "text-anchor": "end" }),
    axisTitle(spec.columnAxis, left + gridWidth / 2, axisTitleY, gridWidth, { "text-anchor": "middle" }),
  ];

  body.push(
    el(
      "g",
      { "data-part": "columns" },
      columnLabels.map((fitted, c) => {
        const x = left + c * CELL + CELL / 2 + 4;
        const y = top - GAP / 2;
        return labelText(fitted, 0, 0, { transform: `translate(${x.toFixed(2)} ${y.toFixed(2)}) rotate(-${ANGLE})` });
      }),
    ),
  );
  body.push(
    el(
      "g",
      { "data-part": "rows", "text-anchor": "end" },
      spec.rows.map((row, r) => {
        const fitted = label(row.label, rowWidth, Math.floor(CELL / LINE_HEIGHT));
        return labelText(fitted, left - GAP, top + r * CELL + CELL / 2 + 4 - ((fitted.lines.length - 1) * LINE_HEIGHT) / 2);
      }),
    ),
  );

  const cells: SvgNode[] = [];
  spec.rows.forEach((row, r) => {
    spec.columns.forEach((column, c) => {
      const value = spec.values[r]?.[c] ?? 0;
      const step = heatStep(value, steps);
      const x = left + c * CELL;
      const y = top + r * CELL;
      cells.push(
        el("rect", { x: x + 0.5, y: y + 0.5, width: CELL - 1, height: CELL - 1, fill: steps[step]!.fill, "data-value": value }, [
          el("title", {}, [`${row.label} → ${column.label}: ${formatCount(value)}`]),
        ]),
      );
      if (value > 0) {
        cells.push(
          el(
            "text",
            { x: x + CELL / 2, y: y + CELL / 2 + 4, "text-anchor": "middle", "font-size": SMALL_FONT_SIZE, fill: step >= HEAT_DARK_FROM ? ON_FILL : INK },
            [formatCount(value)],
          ),
        );
      }
    });
  });
  body.push(el("g", { "data-part": "cells" }, cells));
  body.push(el("rect", { x: left, y: top, width: gridWidth, height: spec.rows.length * CELL, fill: "none", stroke: AXIS_LINE, "stroke-width": 1 }));
  return { width, height, body };
}
