import "server-only";
import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { listEconomies } from "../economies/queries";
import { catalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { economyName, localTitle } from "../i18n/data";
import { describeFilters } from "../items/describe-filters";
import { filterNames } from "../items/filter-data";
import { CHUNK, matchingItemIds } from "../items/queries";
import type { ItemFilters } from "../items/schema";
import { formatInstant } from "../today";
import { ITEM_SHEET_COLUMNS, MILESTONE_COLUMNS, type ItemColumn, type MilestoneColumn } from "./columns";
import { keepPace } from "./pace";
import { itemCells, listSeparator, milestoneCells, streamExport, streamItemBasics } from "./rows";

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
// The same goes for rows, each of which otherwise comes with a style object of its own.
const PLAIN: Partial<ExcelJS.Style> = {};
const DATE: Partial<ExcelJS.Style> = { numFmt: "yyyy-mm-dd" };
const PLAIN_ROW: Partial<ExcelJS.Style> = {};

function addRow(target: { worksheet: SheetWriter; rows: number }, values: unknown[]) {
  // An empty cell is left out rather than written blank: the matrix is mostly empty.
  const row = target.worksheet.addRow(values.map((value) => (value === null ? undefined : value)));
  (row as unknown as { style: Partial<ExcelJS.Style> }).style = PLAIN_ROW;
  row.eachCell((cell) => {
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
  year: 8,
  kind: 20,
  title: 60,
  otherTitle: 50,
  projectNumber: 16,
  proposer: 18,
  coSponsors: 40,
  coSponsorCount: 12,
  status: 16,
  nextMilestone: 36,
  nextDue: 16,
  nextDueBy: 12,
  itemId: 9,
  version: 9,
};
const MILESTONE_WIDTHS: Record<MilestoneColumn, number> = {
  itemId: 9,
  projectNumber: 16,
  item: 40,
  milestoneId: 12,
  version: 9,
  milestoneTitleEn: 50,
  milestoneTitleZh: 40,
  milestoneDue: 12,
  anchor: 16,
  milestoneStatus: 12,
  completedOn: 12,
  note: 40,
};

/**
 * The co-sponsorship views as one workbook: items with their co-sponsors, their milestones, one
 * row per item and co-sponsor, the economy × item matrix, and a sheet saying which filters
 * produced it and when. From the same query as the table. The Items and Milestones sheets carry
 * IDs and versions, so the edited workbook can be imported back.
 *
 * The rows to write are chosen before anything is sent, so a failing query is an error response,
 * not a cut-off file; what fails later ends the download and is logged.
 */
export async function coSponsorshipWorkbook(filters: ItemFilters, locale: Locale, generatedBy: string, now = new Date()): Promise<Readable> {
  const [ids, economies, names] = await Promise.all([matchingItemIds(filters, locale), listEconomies(), filterNames(locale)]);
  const output = new PassThrough();
  writeWorkbook(
    output,
    { ids, economies, described: describeFilters(filters, names, catalogueTranslator(locale) as never, locale) },
    locale,
    generatedBy,
    now,
  ).catch((error: unknown) => {
    if (!output.destroyed) console.error("The workbook stopped part-way:", error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return output;
}

/**
 * Streams as it reads. The zip takes one sheet at a time, so the sheets are written one after
 * another, each reading the items again a chunk at a time: nothing grows with the number of rows.
 */
async function writeWorkbook(
  output: PassThrough,
  { ids, economies, described }: { ids: number[]; economies: Awaited<ReturnType<typeof listEconomies>>; described: string[] },
  locale: Locale,
  generatedBy: string,
  now: Date,
) {
  const t = catalogueTranslator(locale);
  const status = (value: string) => t(`enums.itemStatus.${value}` as never);
  const economyByCode = new Map(economies.map((economy) => [economy.code, economy]));
  const name = (code: string) => economyName(economyByCode.get(code) ?? { name: code, shortName: null }, locale);
  // exceljs writes a string value as a string cell, never as a formula, so text needs no
  // neutralising here (an apostrophe would show in the cell).
  const text = (value: string | null | undefined) => value ?? null;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.created = now;
  workbook.creator = "SCCP Tracker";

  const items = sheet(
    workbook,
    t("export.sheetItems"),
    ITEM_SHEET_COLUMNS.map((column) => ({ header: t(`export.${column}` as never), width: ITEM_WIDTHS[column] })),
  );
  let position = 0;
  for await (const row of streamExport(ids)) {
    const cells = { ...itemCells(row, locale, t), nextDueBy: day(row.nextMilestone?.dueEnd ?? null) };
    addRow(
      items,
      ITEM_SHEET_COLUMNS.map((column) => cells[column]),
    );
    if (++position % CHUNK === 0) await keepPace(output, items.worksheet);
  }
  finish(items);

  const milestones = sheet(
    workbook,
    t("export.sheetMilestones"),
    MILESTONE_COLUMNS.map((column) => ({ header: t(`export.${column}` as never), width: MILESTONE_WIDTHS[column] })),
  );
  position = 0;
  for await (const item of streamItemBasics(ids, { milestones: true, coSponsors: false })) {
    for (const milestone of item.milestones) {
      const cells = milestoneCells(item, milestone, locale, t);
      addRow(
        milestones,
        MILESTONE_COLUMNS.map((column) => cells[column]),
      );
    }
    if (++position % CHUNK === 0) await keepPace(output, milestones.worksheet);
  }
  finish(milestones);

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
  position = 0;
  for await (const item of streamItemBasics(ids)) {
    for (const backer of item.coSponsorships) {
      addRow(long, [
        item.year,
        text(localTitle(item, locale).text),
        text(item.projectNumber),
        name(item.proposerCode),
        name(backer.economyCode),
        backer.economyCode,
        day(backer.joinedOn),
        status(item.status),
      ]);
    }
    if (++position % CHUNK === 0) await keepPace(output, long.worksheet);
  }
  finish(long);

  const matrix = sheet(workbook, t("export.sheetMatrix"), [
    { header: t("export.matrixCorner"), width: 60 },
    ...economies.map((economy) => ({ header: economy.code, width: 5 })),
    { header: t("export.coSponsorCount"), width: 10 },
  ]);
  const proposes = t("export.proposes");
  position = 0;
  for await (const item of streamItemBasics(ids)) {
    const backers = new Set(item.coSponsorships.map((backer) => backer.economyCode));
    addRow(matrix, [
      text(localTitle(item, locale).text),
      ...economies.map((economy) => (economy.code === item.proposerCode ? proposes : backers.has(economy.code) ? "×" : null)),
      backers.size,
    ]);
    if (++position % CHUNK === 0) await keepPace(output, matrix.worksheet);
  }
  finish(matrix);

  const about = workbook.addWorksheet(t("export.sheetAbout"));
  about.columns = [{ width: 24 }, { width: 70 }];
  const lines: [string, string | number][] = [
    [t("export.generatedAt"), formatInstant(now, locale)],
    [t("export.generatedBy"), generatedBy],
    [t("export.filters"), described.length ? described.join(listSeparator(locale)) : t("export.noFilter")],
    [t("export.rows"), ids.length],
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
