// Which chart each downloadable name is, and how its address's query is read: the work plan's
// filters exactly as the table reads them (unknown or repeated parameters refused by name, codes
// checked against the database), plus the economy or meeting the chart is about.
import "server-only";
import { z } from "zod";
import { economyCodeSchema } from "../economies/schema";
import type { Locale } from "../i18n/config";
import { msg } from "../i18n/message";
import { parseListRequest, rawQuery, type ListRequest } from "../items/list-request";
import { itemFiltersSchema, listQuerySchema, queryRecord, type ItemFilters } from "../items/schema";
import { meetingIdSchema } from "../meetings/schema";
import { backingChart, coSponsorshipsChart, economyActivityChart } from "./economy-charts";
import { meetingStatusChart } from "./meeting-charts";
import { milestonesByMonthChart, statusByYearChart } from "./plan-charts";
import { CHART_FORMATS, CHART_NAMES, type ChartFormat, type ChartName, type ChartSpec } from "./spec";

/** A chart read from its address, ready to draw; null when what it is about does not exist. */
export interface ChartRequest {
  draw(locale: Locale, today: string): Promise<ChartSpec | null>;
  /** What distinguishes this chart from others of its name in a file name ("PE", "meeting-3"). */
  subject?: string;
}

const economyActivitySchema = listQuerySchema({ economy: economyCodeSchema });
const meetingStatusSchema = queryRecord(["meeting"]).pipe(z.object({ meeting: z.string({ message: msg("v.meetingNumber") }).pipe(meetingIdSchema) }));

/** A chart of the filtered work plan: its query is the table's own. */
function filtered(build: (filters: ItemFilters, locale: Locale, today: string) => Promise<ChartSpec>) {
  return async (query: URLSearchParams): Promise<ListRequest<ChartRequest>> => {
    const parsed = await parseListRequest(query, itemFiltersSchema);
    return parsed.ok ? { ok: true, data: { draw: (locale, today) => build(parsed.data, locale, today) } } : parsed;
  };
}

const READERS: Record<ChartName, (query: URLSearchParams) => Promise<ListRequest<ChartRequest>>> = {
  "status-by-year": filtered(statusByYearChart),
  "milestones-by-month": filtered(milestonesByMonthChart),
  "co-sponsorships": filtered(coSponsorshipsChart),
  backing: filtered(backingChart),
  "economy-activity": async (query) => {
    const parsed = await parseListRequest(query, economyActivitySchema);
    if (!parsed.ok) return parsed;
    const { economy, ...filters } = parsed.data;
    return { ok: true, data: { draw: (locale, today) => economyActivityChart(economy, filters, locale, today), subject: economy } };
  },
  "meeting-status": async (query) => {
    const parsed = meetingStatusSchema.safeParse(rawQuery(query));
    if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => issue.message) };
    const { meeting } = parsed.data;
    return { ok: true, data: { draw: (locale) => meetingStatusChart(meeting, locale), subject: `meeting-${meeting}` } };
  },
};

/** "status-by-year.svg" as its chart and format; null for any other name. */
export function chartFile(file: string): { name: ChartName; format: ChartFormat } | null {
  const dot = file.lastIndexOf(".");
  const name = file.slice(0, dot);
  const format = file.slice(dot + 1);
  if (dot < 0 || !(CHART_NAMES as readonly string[]).includes(name) || !(CHART_FORMATS as readonly string[]).includes(format)) return null;
  return { name: name as ChartName, format: format as ChartFormat };
}

/** A chart's address query read as its page reads it, or every problem with it as message keys. */
export function readChartRequest(name: ChartName, query: URLSearchParams): Promise<ListRequest<ChartRequest>> {
  return READERS[name](query);
}
