// A chart spec as one SVG drawing, whatever it is drawn for: the page inlines it, the download
// route and the mission report serialise it (lib/charts/render-svg.ts, render-png.ts).
import type { ChartSpec } from "../spec";
import { horizontalBars, verticalBars } from "./bar";
import { heatMap } from "./heat-map";
import type { SvgElement } from "./node";
import { frame, safeId } from "./parts";

/** True when every count is zero (or there is nothing to count): the figure says so instead of drawing. */
export function chartIsEmpty(spec: ChartSpec): boolean {
  return !spec.values.some((row) => row.some((value) => value > 0));
}

/** The chart's <svg> element; `id` prefixes its title's and description's ids, unique on a page. */
export function chartElement(spec: ChartSpec, id: string = `chart-${spec.name}`): SvgElement {
  const drawing = spec.type === "heat-map" ? heatMap(spec) : spec.orientation === "horizontal" ? horizontalBars(spec) : verticalBars(spec);
  return frame(spec, drawing, safeId(id));
}
