// The meeting brief's chart: where the items reported at a meeting stand, by status and kind.
import "server-only";
import { db } from "../db";
import { catalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { meetingName } from "../i18n/data";
import { KINDS, STATUSES } from "../items/schema";
import { readMeetingItemCounts } from "./meeting-charts-sql";
import type { BarChartSpec, ChartTone } from "./spec";

const KIND_TONES: Record<(typeof KINDS)[number] | "none", ChartTone> = { INITIATIVE: "blue", APEC_FUNDED: "teal", SELF_FUNDED: "amber", none: "slate" };

/** Null for an unknown meeting. Every status is listed; a kind no item has is left out of the legend. */
export async function meetingStatusChart(meetingId: number, locale: Locale): Promise<BarChartSpec | null> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { name: true, nameZh: true, shortName: true } });
  if (!meeting) return null;
  const t = catalogueTranslator(locale);
  const counts = await readMeetingItemCounts(meetingId);
  const kinds = [...KINDS, "none" as const];
  const present = kinds.filter((kind) => counts.some((row) => (row.kind ?? "none") === kind));
  // A meeting with nothing reported still draws its axis; one kind is enough to carry the zeros.
  const shown = present.length ? present : kinds.slice(0, 1);
  const values = STATUSES.map((status) =>
    shown.map((kind) => counts.filter((row) => row.status === status && (row.kind ?? "none") === kind).reduce((sum, row) => sum + row.n, 0)),
  );
  const totals = values.map((row) => row.reduce((sum, n) => sum + n, 0));
  const count = totals.reduce((sum, n) => sum + n, 0);
  const top = Math.max(...totals);
  const leading = STATUSES.filter((_, index) => totals[index] === top).map((status) => t(`enums.itemStatus.${status}`));
  const description = t("economyCharts.meetingStatus.description", { count });
  const largest =
    leading.length === 1
      ? t("economyCharts.meetingStatus.most", { status: leading[0]!, count: top })
      : t("economyCharts.meetingStatus.mostTied", { statuses: leading.join(t("common.listSeparator")), count: top });
  return {
    name: "meeting-status",
    type: "bar",
    layout: "stacked",
    orientation: "horizontal",
    title: t("economyCharts.meetingStatus.title", { meeting: meetingName(meeting, locale) }),
    description: count > 0 ? `${description} ${largest}` : description,
    categoryAxis: t("economyCharts.meetingStatus.categoryAxis"),
    valueAxis: t("economyCharts.meetingStatus.valueAxis"),
    categories: STATUSES.map((status) => ({ key: status, label: t(`enums.itemStatus.${status}`) })),
    series: shown.map((kind) => ({ key: kind, label: t(`enums.itemKind.${kind}`), tone: KIND_TONES[kind] })),
    values,
  };
}
