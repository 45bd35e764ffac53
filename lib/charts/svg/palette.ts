// The charts' one palette. Every tone is a fill with at least 4.5:1 contrast against white, so a
// bar reads against the page and a white value label reads on the bar; stacked segments are kept
// apart by a white gap rather than by contrast between neighbours.
import type { ChartTone } from "../spec";

export const TONE_FILL: Record<ChartTone, string> = {
  blue: "#1d4ed8",
  sky: "#0369a1",
  teal: "#0f766e",
  green: "#15803d",
  amber: "#b45309",
  red: "#b91c1c",
  slate: "#475569",
  violet: "#6d28d9",
};

export const INK = "#0f172a";
export const MUTED_INK = "#475569";
export const AXIS_LINE = "#64748b";
export const GRID_LINE = "#e2e8f0";
export const BACKGROUND = "#ffffff";
/** Text set on a bar or a dark heat-map cell. */
export const ON_FILL = "#ffffff";

/**
 * The heat map's steps, lightest to darkest; the first is for zero. The lighter half carries dark
 * text, the darker half white text, each at 4.5:1 or more.
 */
export const HEAT_STEPS = ["#f8fafc", "#dbeafe", "#93c5fd", "#60a5fa", "#1d4ed8", "#1e3a8a"] as const;
export const HEAT_DARK_FROM = 4;

export const FONT_FAMILY = "'Noto Sans CJK TC', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif";
