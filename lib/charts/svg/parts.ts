// Pieces every chart draws the same way: the frame with its <title> and <desc>, the legend, wrapped
// labels and the value axis's whole-number ticks.
import { scaleLinear } from "@visx/scale";
import type { ChartSpec } from "../spec";
import { el, type SvgAttributes, type SvgElement, type SvgNode } from "./node";
import { BACKGROUND, FONT_FAMILY, INK, MUTED_INK } from "./palette";
import { fitText, textWidth } from "./text";

export const FONT_SIZE = 12;
export const SMALL_FONT_SIZE = 11;
export const LINE_HEIGHT = 15;
export const GAP = 8;

export interface Drawing {
  width: number;
  height: number;
  /** The chart's parts inside the frame. */
  body: SvgNode[];
}

/** An id usable in XML and HTML, from what the caller passed (unique per page). */
export function safeId(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9_-]/g, "-");
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `chart-${cleaned}`;
}

/** The whole drawing: size, title and description for assistive technology, a white ground. */
export function frame(spec: ChartSpec, drawing: Drawing, id: string): SvgElement {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${Math.ceil(drawing.width)} ${Math.ceil(drawing.height)}`,
      role: "img",
      "aria-labelledby": `${titleId} ${descId}`,
      "font-family": FONT_FAMILY,
      "font-size": FONT_SIZE,
      fill: INK,
    },
    [
      el("title", { id: titleId }, [spec.title]),
      el("desc", { id: descId }, [spec.description]),
      el("rect", { x: 0, y: 0, width: Math.ceil(drawing.width), height: Math.ceil(drawing.height), fill: BACKGROUND }),
      ...drawing.body,
    ],
  );
}

export interface Label {
  lines: string[];
  full: string;
  shortened: boolean;
}

export function label(text: string, width: number, maxLines: number, fontSize = FONT_SIZE): Label {
  const fitted = fitText(text, Math.max(width, fontSize), fontSize, maxLines);
  return { lines: fitted.lines, full: text, shortened: fitted.shortened };
}

/**
 * A label's lines as one <text>; (x, y) is where the first line's baseline sits. A shortened label
 * keeps its full text in a <title> child, so nothing is cut without a way to read it.
 */
export function labelText(fitted: Label, x: number, y: number, attributes: SvgAttributes = {}): SvgElement {
  const children: SvgNode[] = fitted.shortened ? [el("title", {}, [fitted.full])] : [];
  fitted.lines.forEach((line, index) => children.push(el("tspan", { x, y: y + index * LINE_HEIGHT }, [line])));
  return el("text", { ...attributes }, children);
}

/** An axis's title on one line, shortened (full text kept) if it is longer than its axis. */
export function axisTitle(text: string, x: number, y: number, width: number, attributes: SvgAttributes = {}): SvgElement {
  return labelText(label(text, width, 1), x, y, { fill: MUTED_INK, ...attributes });
}

export interface LegendEntry {
  label: string;
  fill: string;
}

/** Swatches and labels left to right, wrapping at `width`; returns the parts and the height used. */
export function legend(entries: LegendEntry[], x: number, y: number, width: number): { nodes: SvgNode[]; height: number } {
  const swatch = 12;
  const nodes: SvgNode[] = [];
  let cx = x;
  let row = 0;
  for (const entry of entries) {
    const fitted = label(entry.label, width - swatch - GAP, 1);
    const itemWidth = swatch + 6 + textWidth(fitted.lines[0]!, FONT_SIZE) + 18;
    if (cx > x && cx + itemWidth > x + width) {
      cx = x;
      row += 1;
    }
    const top = y + row * (LINE_HEIGHT + 6);
    nodes.push(
      el("g", {}, [el("rect", { x: cx, y: top + 1, width: swatch, height: swatch, fill: entry.fill, rx: 2 }), labelText(fitted, cx + swatch + 6, top + 11)]),
    );
    cx += itemWidth;
  }
  return { nodes: entries.length ? [el("g", { "data-part": "legend" }, nodes)] : [], height: entries.length ? (row + 1) * (LINE_HEIGHT + 6) : 0 };
}

/** A linear value scale from 0 with room above the largest value and whole-number ticks. */
export function valueScale(max: number, range: [number, number]) {
  const scale = scaleLinear<number>({ domain: [0, Math.max(1, max * 1.08)], range, nice: true });
  const ticks = scale.ticks(5).filter((tick) => Number.isInteger(tick));
  return { scale, ticks };
}

export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}
