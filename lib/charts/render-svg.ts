// The chart as SVG text: inline in a page or as a file of its own, the same drawing at its natural
// size in pixels. On a page, CSS (max-width: 100%, height: auto) shrinks it to a narrow column or a
// printed page through its viewBox, but never blows its text up beyond the size it was laid out for.
import type { ChartSpec } from "./spec";
import { chartElement } from "./svg";
import { serialize } from "./svg/node";

export interface ChartSize {
  width: number;
  height: number;
}

function viewBoxSize(viewBox: string | number | undefined): ChartSize {
  const [, , width, height] = String(viewBox).split(" ").map(Number);
  return { width: width!, height: height! };
}

/** The <svg> element, for a page; `id` makes its title's and description's ids unique there. */
export function chartSvgMarkup(spec: ChartSpec, id?: string): string {
  const svg = chartElement(spec, id);
  const { width, height } = viewBoxSize(svg.attributes.viewBox);
  return serialize({ ...svg, attributes: { ...svg.attributes, width, height } });
}

/** A standalone SVG document: the download. */
export function chartSvg(spec: ChartSpec, id?: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${chartSvgMarkup(spec, id)}\n`;
}

/** The drawing's natural size in pixels (a PNG at scale 1 has this size). */
export function chartSize(spec: ChartSpec): ChartSize {
  return viewBoxSize(chartElement(spec).attributes.viewBox);
}
