import "server-only";
import ExcelJS from "exceljs";
import { listEconomies } from "../economies/queries";
import { catalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { economyName, localTitle } from "../i18n/data";
import { describeFilters } from "../items/describe-filters";
import { filterNames } from "../items/filter-data";
import type { ItemFilters } from "../items/schema";
import { formatInstant } from "../today";
import { ITEM_SHEET_COLUMNS, type ItemColumn, MILESTONE_COLUMNS, type MilestoneColumn } from "./columns";
import { itemCells, listSeparator, loadExport, milestoneCells } from "./rows";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };

/** A calendar day as a spreadsheet date (midnight UTC, shown without a time). */
function day(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

function sheet(workbook: ExcelJS.Workbook, name: string, columns: { header: string; width: number; date?: boolean }[]) {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = columns.map((column) => ({ header: column.header, width: column.width, style: column.date ? { numFmt: "yyyy-mm-dd" } : {} }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: "middle", wrapText: true };
  return worksheet;
}

function finish(worksheet: ExcelJS.Worksheet) {
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, worksheet.rowCount), column: worksheet.columnCount } };
}

/**
 * The co-sponsorship views as one workbook: items with their co-sponsors, one row per item and
 * co-sponsor, the economy × item matrix, and a sheet saying which filters produced it and when.
 * From the same query as the table; text cells neutralised against formula injection.
 */
const ITEM_WIDTHS: Record<ItemColumn, number> = {
  year: 8, kind: 20, title: 60, otherTitle: 50, projectNumber: 16, proposer: 18, coSponsors: 40, coSponsorCount: 12,
  status: 16, nextMilestone: 36, nextDue: 16, nextDueBy: 12, itemId: 9, version: 9,
};
const MILESTONE_WIDTHS: Record<MilestoneColumn, number> = {
  itemId: 9, projectNumber: 16, item: 40, milestoneId: 12, version: 9, milestoneTitleEn: 50, milestoneTitleZh: 40,
  milestoneDue: 12, anchor: 16, milestoneStatus: 12, completedOn: 12, note: 40,
};

/**
 * The co-sponsorship views as one workbook: items with their co-sponsors, their milestones, one
 * row per item and co-sponsor, the economy × item matrix, and a sheet saying which filters
 * produced it and when. From the same query as the table. The Items and Milestones sheets carry
 * IDs and versions, so the edited workbook can be imported back.
 */
export async function coSponsorshipWorkbook(filters: ItemFilters, locale: Locale, generatedBy: string, now = new Date()): Promise<Buffer> {
  const t = catalogueTranslator(locale);
  const [rows, economies] = await Promise.all([loadExport(filters), listEconomies()]);
  const status = (value: string) => t(`enums.itemStatus.${value}` as never);
  // exceljs writes every string as a shared string, never as a formula, so text needs no
  // neutralising here (an apostrophe would show in the cell).
  const text = (value: string | null | undefined) => value ?? null;
  const list = listSeparator(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  workbook.creator = "SCCP Tracker";

  const items = sheet(workbook, t("export.sheetItems"), ITEM_SHEET_COLUMNS.map((column) => ({ header: t(`export.${column}` as never), width: ITEM_WIDTHS[column], date: column === "nextDueBy" })));
  for (const row of rows) {
    const cells = { ...itemCells(row, locale, t), nextDueBy: day(row.nextMilestone?.dueEnd ?? null) };
    items.addRow(ITEM_SHEET_COLUMNS.map((column) => cells[column]));
  }
  finish(items);

  const milestones = sheet(workbook, t("export.sheetMilestones"), MILESTONE_COLUMNS.map((column) => ({ header: t(`export.${column}` as never), width: MILESTONE_WIDTHS[column] })));
  for (const row of rows) {
    for (const milestone of row.milestones) {
      const cells = milestoneCells(row, milestone, locale, t);
      milestones.addRow(MILESTONE_COLUMNS.map((column) => cells[column]));
    }
  }
  finish(milestones);

  const long = sheet(workbook, t("export.sheetLong"), [
    { header: t("export.year"), width: 8 },
    { header: t("export.title"), width: 60 },
    { header: t("export.projectNumber"), width: 16 },
    { header: t("export.proposer"), width: 18 },
    { header: t("export.coSponsor"), width: 20 },
    { header: t("export.coSponsorCode"), width: 10 },
    { header: t("export.joinedOn"), width: 12, date: true },
    { header: t("export.status"), width: 16 },
  ]);
  for (const row of rows) {
    for (const economy of row.coSponsors) {
      long.addRow([row.year, text(localTitle(row, locale).text), text(row.projectNumber), economyName(row.proposer, locale), economyName(economy, locale), economy.code, day(economy.joinedOn), status(row.status)]);
    }
  }
  finish(long);

  const matrix = sheet(workbook, t("export.sheetMatrix"), [
    { header: t("export.matrixCorner"), width: 60 },
    ...economies.map((economy) => ({ header: economy.code, width: 5 })),
    { header: t("export.coSponsorCount"), width: 10 },
  ]);
  for (const row of rows) {
    const backers = new Set(row.coSponsors.map((economy) => economy.code));
    matrix.addRow([
      text(localTitle(row, locale).text),
      ...economies.map((economy) => (economy.code === row.proposer.code ? t("export.proposes") : backers.has(economy.code) ? "×" : null)),
      backers.size,
    ]);
  }
  matrix.getRow(1).alignment = { horizontal: "center" };
  finish(matrix);

  const about = workbook.addWorksheet(t("export.sheetAbout"));
  about.columns = [{ width: 24 }, { width: 70 }];
  const describe = describeFilters(filters, await filterNames(locale), t as never, locale);
  about.addRows([
    [t("export.aboutTitle")],
    [t("export.generatedAt"), formatInstant(now, locale)],
    [t("export.generatedBy"), generatedBy],
    [t("export.filters"), describe.length ? describe.join(list) : t("export.noFilter")],
    [t("export.rows"), rows.length],
    [t("export.sheetMatrix"), t("export.matrixLegend")],
    [t("export.importTitle"), t("export.importHow")],
  ]);
  about.getRow(1).font = { bold: true, size: 14 };
  about.getColumn(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
