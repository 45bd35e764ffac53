// What a chart shows, apart from how it is drawn: the data builders (lib/charts/*-charts.ts) make a
// spec in the reader's language, and one renderer turns it into the page's SVG, the downloaded SVG
// and PNG, and the mission report's image, so the four can never disagree.

/** The charts the app draws; each name is also the downloaded file's name. */
export const CHART_NAMES = ["status-by-year", "milestones-by-month", "co-sponsorships", "backing", "economy-activity", "meeting-status"] as const;
export type ChartName = (typeof CHART_NAMES)[number];

export const CHART_FORMATS = ["svg", "png"] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

/**
 * Colours by name; the renderer maps each to a fill that keeps 3:1 contrast against white and
 * against its neighbours in a stack. "red" is kept for what is late.
 */
export const CHART_TONES = ["blue", "sky", "teal", "green", "amber", "red", "slate", "violet"] as const;
export type ChartTone = (typeof CHART_TONES)[number];

export interface ChartCategory {
  key: string;
  label: string;
  /** A second-level label above a run of categories (a year over its kinds); consecutive equal groups share it. */
  group?: string;
}

export interface ChartSeries {
  key: string;
  label: string;
  tone: ChartTone;
}

interface ChartText {
  name: ChartName;
  /** Short: the figure's heading and the SVG's <title>. */
  title: string;
  /** A sentence or two saying what is counted and what stands out: the SVG's <desc> and the caption. */
  description: string;
}

export interface BarChartSpec extends ChartText {
  type: "bar";
  layout: "stacked" | "grouped";
  orientation: "vertical" | "horizontal";
  categoryAxis: string;
  valueAxis: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  /** values[category][series], whole numbers, never negative. */
  values: number[][];
}

export interface HeatMapSpec extends ChartText {
  type: "heat-map";
  rowAxis: string;
  columnAxis: string;
  /** What a cell counts, for the legend and the table ("co-sponsorships"). */
  valueLabel: string;
  rows: ChartCategory[];
  columns: ChartCategory[];
  /** values[row][column], whole numbers, never negative. */
  values: number[][];
}

export type ChartSpec = BarChartSpec | HeatMapSpec;

/** Where the same chart can be downloaded: the chart route with the page's own query. */
export function chartFileHref(name: ChartName, format: ChartFormat, query: URLSearchParams | string = ""): string {
  const search = query.toString();
  return `/charts/${name}.${format}${search ? `?${search}` : ""}`;
}
