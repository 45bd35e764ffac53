import "server-only";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { listEconomies } from "../economies/queries";
import type { Locale } from "../i18n/config";
import { economyName, localTitle, milestoneTitle, otherTitle } from "../i18n/data";
import en from "../i18n/messages/en.json";
import zhTW from "../i18n/messages/zh-TW.json";
import { describeFilters } from "../items/describe-filters";
import { filterNames } from "../items/filter-data";
import { listItems } from "../items/queries";
import type { ItemFilters } from "../items/schema";
import { formatDue } from "../milestones/due";
import { formatInstant } from "../today";

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
export async function coSponsorshipWorkbook(filters: ItemFilters, locale: Locale, generatedBy: string, now = new Date()): Promise<Buffer> {
  const t = createTranslator({ locale, messages: locale === "zh-TW" ? zhTW : en });
  const [rows, economies] = await Promise.all([listItems(filters), listEconomies()]);
  const kind = (value: string | null) => t(`enums.itemKind.${value ?? "none"}` as never);
  const status = (value: string) => t(`enums.itemStatus.${value}` as never);
  // exceljs writes every string as a shared string, never as a formula, so text needs no
  // neutralising here (an apostrophe would show in the cell).
  const text = (value: string | null | undefined) => value ?? null;
  const list = locale === "zh-TW" ? "、" : "; ";
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  workbook.creator = "SCCP Tracker";

  const items = sheet(workbook, t("export.sheetItems"), [
    { header: t("export.year"), width: 8 },
    { header: t("export.kind"), width: 20 },
    { header: t("export.title"), width: 60 },
    { header: t("export.otherTitle"), width: 50 },
    { header: t("export.projectNumber"), width: 16 },
    { header: t("export.proposer"), width: 18 },
    { header: t("export.coSponsors"), width: 40 },
    { header: t("export.coSponsorCount"), width: 12 },
    { header: t("export.status"), width: 16 },
    { header: t("export.nextMilestone"), width: 36 },
    { header: t("export.nextDue"), width: 16 },
    { header: t("export.nextDueBy"), width: 12, date: true },
  ]);
  for (const row of rows) {
    items.addRow([
      row.year,
      kind(row.kind),
      text(localTitle(row, locale).text),
      text(otherTitle(row, locale)?.text),
      text(row.projectNumber),
      economyName(row.proposer, locale),
      row.coSponsors.map((economy) => economyName(economy, locale)).join(list),
      row.coSponsors.length,
      status(row.status),
      text(row.nextMilestone ? milestoneTitle(row.nextMilestone, locale) : null),
      row.nextMilestone ? formatDue(row.nextMilestone, locale) : null,
      day(row.nextMilestone?.dueEnd ?? null),
    ]);
  }
  finish(items);

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
  ]);
  about.getRow(1).font = { bold: true, size: 14 };
  about.getColumn(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
