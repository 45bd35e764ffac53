// Both renderings of a chart, for the download route and the mission report. A page imports
// render-svg.ts alone, so it never loads the native PNG renderer.
export { chartPng, type PngOptions } from "./render-png";
export { chartSize, chartSvg, chartSvgMarkup, type ChartSize } from "./render-svg";
