import "server-only";
import { db } from "../db";
import type { CatalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { economyName, localTitle, milestoneTitle, otherTitle } from "../i18n/data";
import { listItems } from "../items/queries";
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

/**
 * The work-plan table's rows with what a round trip needs besides: each item's version and all
 * its milestones. Versions are read before the rows, so an item saved in between carries an older
 * version than its data: an import then refuses to change it instead of undoing the other save.
 */
export async function loadExport(filters: ItemFilters) {
  const versions = new Map((await db.item.findMany({ where: { archivedAt: null }, select: { id: true, version: true } })).map((item) => [item.id, item.version]));
  const rows = await listItems(filters);
  const milestones = await db.milestone.findMany({
    where: { itemId: { in: rows.map((row) => row.id) } },
    select: { id: true, itemId: true, title: true, titleZh: true, precision: true, dueStart: true, dueEnd: true, anchor: true, status: true, completedOn: true, note: true, position: true, version: true },
  });
  const byItem = new Map<number, typeof milestones>();
  for (const milestone of milestones) byItem.set(milestone.itemId, [...(byItem.get(milestone.itemId) ?? []), milestone]);
  return rows.map((row) => ({
    ...row,
    version: versions.get(row.id) ?? null,
    milestones: (byItem.get(row.id) ?? []).sort(compareMilestones),
  }));
}

export type ExportRow = Awaited<ReturnType<typeof loadExport>>[number];

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
