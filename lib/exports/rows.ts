import "server-only";
import { db } from "../db";
import type { CatalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { economyName, localTitle, milestoneTitle, otherTitle } from "../i18n/data";
import { CHUNK, matchingItemIds, rowsFor } from "../items/queries";
import type { ItemFilters } from "../items/schema";
import { formatDue } from "../milestones/due";
import { milestoneToFormValues } from "../milestones/form-values";
import { compareMilestones } from "../milestones/order";
import type { ItemColumn, MilestoneColumn } from "./columns";

export type ExportCell = string | number | null;

/** How a list of economies is written in one cell, and read back (lib/imports reads both). */
export function listSeparator(locale: Locale): string {
  return locale === "zh-TW" ? "、" : "; ";
}

const milestoneExportSelect = {
  id: true, itemId: true, title: true, titleZh: true, precision: true, dueStart: true, dueEnd: true, anchor: true, status: true, completedOn: true, note: true, position: true, version: true,
} as const;

/**
 * The work-plan table's rows, in its order, with what a round trip needs besides: each item's
 * version and all its milestones; a chunk of items at a time, so a workbook of the whole plan
 * streams. Each chunk's versions are read before its rows, so an item saved in between carries an
 * older version than its data: an import then refuses to change it instead of undoing the save.
 */
export async function* streamExport(filters: ItemFilters, { milestones: withMilestones = true } = {}) {
  const ids = await matchingItemIds(filters);
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const versions = new Map((await db.item.findMany({ where: { id: { in: chunk } }, select: { id: true, version: true } })).map((item) => [item.id, item.version]));
    const rows = await rowsFor(chunk);
    const milestones = withMilestones ? await db.milestone.findMany({ where: { itemId: { in: chunk } }, select: milestoneExportSelect }) : [];
    const byItem = new Map<number, typeof milestones>();
    for (const milestone of milestones) {
      const list = byItem.get(milestone.itemId);
      if (list) list.push(milestone);
      else byItem.set(milestone.itemId, [milestone]);
    }
    for (const row of rows) {
      yield { ...row, version: versions.get(row.id) ?? null, milestones: (byItem.get(row.id) ?? []).sort(compareMilestones) };
    }
  }
}

/** Every export row at once, for the CSV files (one economy's list, not the whole record). */
export async function loadExport(filters: ItemFilters, options: { milestones?: boolean } = {}) {
  const rows: ExportRow[] = [];
  for await (const row of streamExport(filters, options)) rows.push(row);
  return rows;
}

type ExportRowOf<T> = T extends AsyncGenerator<infer R> ? R : never;
export type ExportRow = ExportRowOf<ReturnType<typeof streamExport>>;

export function itemCells(row: ExportRow, locale: Locale, t: CatalogueTranslator): Record<Exclude<ItemColumn, "nextDueBy">, ExportCell> {
  return {
    year: row.year,
    kind: t(`enums.itemKind.${row.kind ?? "none"}` as never),
    title: localTitle(row, locale).text,
    otherTitle: otherTitle(row, locale)?.text ?? null,
    projectNumber: row.projectNumber,
    proposer: economyName(row.proposer, locale),
    coSponsors: row.coSponsors.map((economy) => economyName(economy, locale)).join(listSeparator(locale)),
    coSponsorCount: row.coSponsors.length,
    status: t(`enums.itemStatus.${row.status}` as never),
    nextMilestone: row.nextMilestone ? milestoneTitle(row.nextMilestone, locale) : null,
    nextDue: row.nextMilestone ? formatDue(row.nextMilestone, locale) : null,
    itemId: row.id,
    version: row.version,
  };
}

/** A milestone as an officer edits it: both titles, and the due date or anchor as the form takes them. */
export function milestoneCells(row: ExportRow, milestone: ExportRow["milestones"][number], locale: Locale, t: CatalogueTranslator): Record<MilestoneColumn, ExportCell> {
  const form = milestoneToFormValues(milestone);
  return {
    itemId: row.id,
    projectNumber: row.projectNumber,
    item: localTitle(row, locale).text,
    milestoneId: milestone.id,
    version: milestone.version,
    milestoneTitleEn: milestone.title,
    milestoneTitleZh: milestone.titleZh,
    milestoneDue: form.due || null,
    anchor: form.anchor || null,
    milestoneStatus: t(`enums.milestoneStatus.${milestone.status}` as never),
    completedOn: milestone.completedOn,
    note: milestone.note,
  };
}
