import "server-only";
import { PassThrough, type Readable } from "node:stream";
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
import { itemCells, listSeparator, milestoneCells, streamExport } from "./rows";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };

/** A calendar day as a spreadsheet date (midnight UTC, shown without a time). */
function day(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

type SheetWriter = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter["addWorksheet"]>;

function sheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: { header: string; width: number }[]) {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: "middle", wrapText: true };
  header.commit();
  return { worksheet, rows: 1, width: columns.length };
}

// One style object per kind of cell: exceljs caches a style by the object's identity, and working
// one out afresh for each of a hundred thousand cells was most of the export's time.
const PLAIN: Partial<ExcelJS.Style> = {};
const DATE: Partial<ExcelJS.Style> = { numFmt: "yyyy-mm-dd" };

function addRow(target: { worksheet: SheetWriter; rows: number }, values: unknown[]) {
  const row = target.worksheet.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.style = cell.value instanceof Date ? DATE : PLAIN;
  });
  row.commit();
  target.rows++;
}

function finish(target: { worksheet: SheetWriter; rows: number; width: number }) {
  target.worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: target.rows, column: target.width } };
  target.worksheet.commit();
}

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
export function coSponsorshipWorkbook(filters: ItemFilters, locale: Locale, generatedBy: string, now = new Date()): Readable {
  const output = new PassThrough();
  writeWorkbook(output, filters, locale, generatedBy, now).catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

/**
 * Streams as it reads: a chunk of items at a time goes out to every sheet, with no workbook model
 * in memory. Inline strings, not a shared-string table, so nothing grows with the rows but the
 * later sheets' compressed-on-the-way XML, which the zip writer takes in order.
 */
async function writeWorkbook(output: PassThrough, filters: ItemFilters, locale: Locale, generatedBy: string, now: Date) {
  const t = catalogueTranslator(locale);
  const economies = await listEconomies();
  const status = (value: string) => t(`enums.itemStatus.${value}` as never);
  // Cells are written as inline strings, never as formulas, so text needs no neutralising here
  // (an apostrophe would show in the cell).
  const text = (value: string | null | undefined) => value ?? null;
  const list = listSeparator(locale);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.created = now;
  workbook.creator = "SCCP Tracker";

  const items = sheet(workbook, t("export.sheetItems"), ITEM_SHEET_COLUMNS.map((column) => ({ header: t(`export.${column}` as never), width: ITEM_WIDTHS[column] })));
  const milestones = sheet(workbook, t("export.sheetMilestones"), MILESTONE_COLUMNS.map((column) => ({ header: t(`export.${column}` as never), width: MILESTONE_WIDTHS[column] })));
  const long = sheet(workbook, t("export.sheetLong"), [
    { header: t("export.year"), width: 8 },
    { header: t("export.title"), width: 60 },
    { header: t("export.projectNumber"), width: 16 },
    { header: t("export.proposer"), width: 18 },
    { header: t("export.coSponsor"), width: 20 },
    { header: t("export.coSponsorCode"), width: 10 },
    { header: t("export.joinedOn"), width: 12 },
    { header: t("export.status"), width: 16 },
  ]);
  const matrix = sheet(workbook, t("export.sheetMatrix"), [
    { header: t("export.matrixCorner"), width: 60 },
    ...economies.map((economy) => ({ header: economy.code, width: 5 })),
    { header: t("export.coSponsorCount"), width: 10 },
  ]);

  const proposes = t("export.proposes");
  let count = 0;
  for await (const row of streamExport(filters)) {
    count++;
    const cells = { ...itemCells(row, locale, t), nextDueBy: day(row.nextMilestone?.dueEnd ?? null) };
    addRow(items, ITEM_SHEET_COLUMNS.map((column) => cells[column]));
    for (const milestone of row.milestones) {
      const milestoneRow = milestoneCells(row, milestone, locale, t);
      addRow(milestones, MILESTONE_COLUMNS.map((column) => milestoneRow[column]));
    }
    for (const economy of row.coSponsors) {
      addRow(long, [row.year, text(localTitle(row, locale).text), text(row.projectNumber), economyName(row.proposer, locale), economyName(economy, locale), economy.code, day(economy.joinedOn), status(row.status)]);
    }
    const backers = new Set(row.coSponsors.map((economy) => economy.code));
    // Mostly empty: only the marked cells are set, so the writer skips the rest.
    const marks: unknown[] = [text(localTitle(row, locale).text)];
    economies.forEach((economy, index) => {
      if (economy.code === row.proposer.code) marks[index + 1] = proposes;
      else if (backers.has(economy.code)) marks[index + 1] = "×";
    });
    marks[economies.length + 1] = backers.size;
    addRow(matrix, marks);
  }
  for (const target of [items, milestones, long, matrix]) finish(target);

  const about = workbook.addWorksheet(t("export.sheetAbout"));
  about.columns = [{ width: 24 }, { width: 70 }];
  const describe = describeFilters(filters, await filterNames(locale), t as never, locale);
  const lines: [string, string | number][] = [
    [t("export.generatedAt"), formatInstant(now, locale)],
    [t("export.generatedBy"), generatedBy],
    [t("export.filters"), describe.length ? describe.join(list) : t("export.noFilter")],
    [t("export.rows"), count],
    [t("export.sheetMatrix"), t("export.matrixLegend")],
    [t("export.importTitle"), t("export.importHow")],
  ];
  const title = about.addRow([t("export.aboutTitle")]);
  title.font = { bold: true, size: 14 };
  title.commit();
  for (const line of lines) {
    const row = about.addRow(line);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  about.commit();
  await workbook.commit();
}
