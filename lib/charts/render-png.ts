// The chart as a PNG (the download, the mission report's image), rasterised by resvg with the
// system's fonts: Noto Sans CJK TC for Chinese (fonts-noto-cjk), so no glyph comes out as a box.
// Kept apart from render-svg.ts so a page that only inlines SVG never loads the native renderer.
import { Resvg } from "@resvg/resvg-js";
import { chartSvg } from "./render-svg";
import type { ChartSpec } from "./spec";

export interface PngOptions {
  /** Pixels per SVG unit: 2 for a sharp picture on a slide or in print. */
  scale?: number;
}

export function chartPng(spec: ChartSpec, { scale = 2 }: PngOptions = {}): Buffer {
  if (!(scale > 0 && scale <= 8)) throw new Error(`A chart's PNG scale must be above 0 and at most 8, not ${scale}.`);
  const resvg = new Resvg(chartSvg(spec), {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "Noto Sans CJK TC", sansSerifFamily: "Noto Sans CJK TC" },
  });
  return resvg.render().asPng();
}
