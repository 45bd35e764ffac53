import "server-only";
import { db } from "../db";
import type { CatalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { economyName, localTitle, milestoneTitle, otherTitle } from "../i18n/data";
import { CHUNK, matchingItemIds, rowsFor, type NextMilestone } from "../items/queries";
import type { ItemFilters } from "../items/schema";
import { formatDue } from "../milestones/due";
import { milestoneToFormValues } from "../milestones/form-values";
import { compareMilestones } from "../milestones/order";
import { readCurrentCoSponsors, readItemBasics, readMilestonesOf } from "./basics-sql";
import type { ItemColumn, MilestoneColumn } from "./columns";

export type ExportCell = string | number | null;

/** How a list of economies is written in one cell, and read back (lib/imports reads both). */
export function listSeparator(locale: Locale): string {
  return locale === "zh-TW" ? "、" : "; ";
}

/**
 * The work-plan table's rows for these ids (in the table's order), with their versions and, when
 * asked, all their milestones; a chunk of items at a time, so a file of the whole plan never holds
 * more than one chunk. The version comes in the same statement as the data it versions, so an
 * import can trust it.
 */
export async function* streamExport(ids: number[], { milestones: withMilestones = false } = {}) {
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const [rows, milestones] = await Promise.all([rowsFor(chunk), withMilestones ? milestonesOf(chunk) : new Map<number, ExportMilestone[]>()]);
    for (const row of rows) yield { ...row, milestones: milestones.get(row.id) ?? [] };
  }
}

/** A milestone as files carry it: all of it, to be edited and imported back. */
export interface ExportMilestone extends NextMilestone {
  itemId: number;
  completedOn: string | null;
  note: string | null;
  version: number;
}

// The whole-plan workbook's reads are plain SQL (basics-sql.ts).

/** Every milestone of these items, each item's in time order. */
async function milestonesOf(itemIds: number[]) {
  const rows = await readMilestonesOf(itemIds);
  const byItem = new Map<number, ExportMilestone[]>();
  for (const row of rows) {
    const milestone = { ...row, id: Number(row.id), itemId: Number(row.itemId), position: Number(row.position), version: Number(row.version) };
    const list = byItem.get(milestone.itemId);
    if (list) list.push(milestone);
    else byItem.set(milestone.itemId, [milestone]);
  }
  for (const list of byItem.values()) list.sort(compareMilestones);
  return byItem;
}

/**
 * What the workbook's milestone, long-form and matrix sheets need of each item, and no more, in
 * the order of `ids`; co-sponsors in APEC's order, as everywhere else.
 */
export async function* streamItemBasics(ids: number[], { milestones: withMilestones = false, coSponsors: withCoSponsors = true } = {}) {
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    // One read transaction: each item's co-sponsors are read at the same moment as the item.
    const [items, backers] = withCoSponsors ? await db.$transaction([readItemBasics(chunk), readCurrentCoSponsors(chunk)]) : [await readItemBasics(chunk), []];
    const coSponsorships = new Map<number, { economyCode: string; joinedOn: string | null }[]>();
    for (const backer of backers) {
      const list = coSponsorships.get(Number(backer.itemId));
      const entry = { economyCode: backer.economyCode, joinedOn: backer.joinedOn };
      if (list) list.push(entry);
      else coSponsorships.set(Number(backer.itemId), [entry]);
    }
    const byId = new Map(items.map((item) => [Number(item.id), item]));
    const milestones = withMilestones ? await milestonesOf(chunk) : new Map<number, ExportMilestone[]>();
    for (const id of chunk) {
      const item = byId.get(id);
      if (!item) continue;
      yield { ...item, id, year: Number(item.year), coSponsorships: coSponsorships.get(id) ?? [], milestones: milestones.get(id) ?? [] };
    }
  }
}

/** Every export row at once, for the CSV files (one economy's list, not the whole record). */
export async function loadExport(filters: ItemFilters, locale: Locale, options: { milestones?: boolean } = {}) {
  const rows: ExportRow[] = [];
  for await (const row of streamExport(await matchingItemIds(filters, locale), options)) rows.push(row);
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
export function milestoneCells(
  row: Pick<ExportRow, "id" | "projectNumber" | "titleEn" | "titleZh">,
  milestone: ExportMilestone,
  locale: Locale,
  t: CatalogueTranslator,
): Record<MilestoneColumn, ExportCell> {
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
