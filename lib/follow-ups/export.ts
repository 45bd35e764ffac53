import "server-only";
import ExcelJS from "exceljs";
import { toCsv } from "../exports/csv";
import { catalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { localTitle, meetingName } from "../i18n/data";
import { formatDue } from "../milestones/due";
import { followUpDueState } from "./due";
import type { FollowUpEntry } from "./queries";

// "My actions" as a file: the same rows the page lists, in the reader's language. The CSV goes
// through the work plan's writer (BOM, CRLF, formula-safe); the workbook holds real dates.

const COLUMNS = ["id", "description", "owner", "due", "dueBy", "status", "overdue", "completedOn", "item", "meeting"] as const;
type Column = (typeof COLUMNS)[number];
const WIDTHS: Record<Column, number> = {
  id: 9,
  description: 60,
  owner: 20,
  due: 16,
  dueBy: 12,
  status: 10,
  overdue: 9,
  completedOn: 12,
  item: 50,
  meeting: 36,
};

function cells(action: FollowUpEntry, locale: Locale, today: string): Record<Column, string | number | null> {
  const t = catalogueTranslator(locale);
  return {
    id: action.id,
    description: action.description,
    owner: action.owner?.name ?? null,
    due: action.dueEnd ? formatDue({ ...action, anchor: null }, locale) : null,
    dueBy: action.dueEnd,
    status: t(`followUps.statusName.${action.status}` as never),
    overdue: followUpDueState(action, today) === "overdue" ? t("followUps.columns.yes") : null,
    completedOn: action.completedOn,
    item: action.item ? localTitle(action.item, locale).text : null,
    meeting: action.meeting ? meetingName(action.meeting, locale) : null,
  };
}

function header(locale: Locale) {
  const t = catalogueTranslator(locale);
  return COLUMNS.map((column) => t(`followUps.columns.${column}` as never) as string);
}

export function followUpCsv(actions: FollowUpEntry[], locale: Locale, today: string): string {
  return toCsv([header(locale), ...actions.map((action) => COLUMNS.map((column) => cells(action, locale, today)[column]))]);
}

/** A calendar day as a spreadsheet date (midnight UTC, shown without a time). */
const day = (value: string | number | null) => (typeof value === "string" ? new Date(`${value}T00:00:00Z`) : null);

export async function followUpWorkbook(actions: FollowUpEntry[], locale: Locale, today: string, now: Date): Promise<Uint8Array> {
  const t = catalogueTranslator(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  workbook.creator = "SCCP Tracker";
  const sheet = workbook.addWorksheet(t("followUps.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header(locale).map((title, at) => ({ header: title, width: WIDTHS[COLUMNS[at]!] }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  for (const action of actions) {
    const row = cells(action, locale, today);
    // exceljs writes a string as a string cell, never a formula, so text is written as it is.
    const added = sheet.addRow(COLUMNS.map((column) => (column === "dueBy" || column === "completedOn" ? day(row[column]) : (row[column] ?? undefined))));
    for (const column of ["dueBy", "completedOn"] as const) added.getCell(COLUMNS.indexOf(column) + 1).numFmt = "yyyy-mm-dd";
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: actions.length + 1, column: COLUMNS.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
