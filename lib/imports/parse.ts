import "server-only";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import {
  ITEM_IMPORTED,
  ITEM_SHEET_COLUMNS,
  LONG_CSV_COLUMNS,
  MILESTONE_COLUMNS,
  MILESTONE_IMPORTED,
  type ItemColumn,
  type MilestoneColumn,
} from "../exports/columns";
import { restoreNeutralised } from "../exports/csv";
import type { Locale } from "../i18n/config";
import { decodeMessage, msg } from "../i18n/message";
import {
  MAX_FILE_BYTES,
  MAX_QUOTED_CHARS,
  MAX_ROWS,
  MAX_SHOWN_OF_A_KIND,
  MAX_SHOWN_PROBLEM_BYTES,
  MAX_SHOWN_PROBLEMS,
  MAX_UNPACKED_BYTES,
  MAX_ZIP_ENTRIES,
} from "./limits";
import { heading, headingLookup, normalise, unifyLineBreaks } from "./vocabulary";

/** Something wrong with one cell or row: its column as the file heads it, the value, and why. */
export interface Problem {
  column?: string;
  value?: string;
  message: string;
}

export interface Row<C extends string> {
  /** The row number a spreadsheet shows: the headings are row 1. */
  line: number;
  values: Record<C, string>;
  problems: Problem[];
}

export interface Table<C extends string> {
  sheet: string;
  /** The language of the headings, which says how the title columns are to be read. */
  locale: Locale;
  headings: Record<C, string>;
  rows: Row<C>[];
}

export interface ParsedFile {
  format: "csv" | "xlsx";
  sha256: string;
  items: Table<ItemColumn> | null;
  milestones: Table<MilestoneColumn> | null;
  /** Sheets of the workbook that are views only (co-sponsorships, matrix, about). */
  ignoredSheets: string[];
}

export type ParseOutcome = { ok: true; file: ParsedFile } | { ok: false; problems: string[] };

interface Cell {
  text: string;
  problem?: Problem;
}

interface RawSheet {
  name: string;
  heading: string[];
  rows: { line: number; cells: Cell[] }[];
}

/** Refuses with the reasons limitProblems shows, however many there are, and a count of the rest. */
const refuse = (problems: readonly string[]): ParseOutcome => ({ ok: false, problems: shownMessages(problems) });
/** Kilobytes, rounded up: a file one byte over the limit must not read as equal to it. */
export const kilobytes = (bytes: number) => Math.ceil(bytes / 1024);

// ---------------------------------------------------------------------------------------------
// What a refusal shows

/** A file's own text, quoted back: long enough to find it again, never the whole of a huge cell. */
export function quoted(text: string): string {
  if (text.length <= MAX_QUOTED_CHARS) return text;
  const cut = text.slice(0, MAX_QUOTED_CHARS - 1);
  // Not half of a character outside the Basic Multilingual Plane.
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** A message with the file's text in its values quoted short. */
export function quotedMessage(text: string): string {
  const decoded = decodeMessage(text);
  if (!decoded) return quoted(text);
  const values = Object.entries(decoded.values);
  if (values.length === 0) return text;
  return msg(decoded.key, Object.fromEntries(values.map(([name, value]) => [name, typeof value === "string" ? quoted(value) : value])));
}

/** The catalogue key of a message: what makes two problems of the same kind. */
export const messageKey = (text: string) => decodeMessage(text)?.key ?? text;

const answerBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** A line of what a refusal shows: a problem, or how many problems were left out (an encoded message). */
export type ShownLine<P> = { problem: P } | { more: string };

/**
 * The problems a refusal shows, in their order: at most MAX_SHOWN_PROBLEMS, MAX_SHOWN_OF_A_KIND of
 * any one kind, and MAX_SHOWN_PROBLEM_BYTES in all (measured as sent, with `shown` applied). After
 * the last one shown of a kind comes "and N more of the same kind"; problems of kinds not shown at
 * all are counted in one line at the end.
 */
export function limitProblems<P>(problems: readonly P[], kindOf: (problem: P) => string, shown: (problem: P) => P): ShownLine<P>[] {
  const shownOfKind = new Map<string, number>();
  const leftOfKind = new Map<string, number>();
  const kept: { problem: P; kind: string }[] = [];
  let bytes = 0;
  let full = false;
  for (const problem of problems) {
    const kind = kindOf(problem);
    const ofKind = shownOfKind.get(kind) ?? 0;
    if (!full && kept.length < MAX_SHOWN_PROBLEMS && ofKind < MAX_SHOWN_OF_A_KIND) {
      const short = shown(problem);
      bytes += answerBytes(short);
      // Once one does not fit, none after it is shown: what the page lists stays in the file's order.
      full = bytes > MAX_SHOWN_PROBLEM_BYTES;
      if (!full) {
        kept.push({ problem: short, kind });
        shownOfKind.set(kind, ofKind + 1);
        continue;
      }
    }
    leftOfKind.set(kind, (leftOfKind.get(kind) ?? 0) + 1);
  }
  const lastOfKind = new Map(kept.map(({ kind }, at) => [kind, at]));
  const lines: ShownLine<P>[] = [];
  kept.forEach(({ problem, kind }, at) => {
    lines.push({ problem });
    const left = leftOfKind.get(kind);
    if (left && lastOfKind.get(kind) === at) lines.push({ more: msg("import.moreOfKind", { count: left }) });
  });
  let unshown = 0;
  for (const [kind, left] of leftOfKind) if (!shownOfKind.has(kind)) unshown += left;
  if (unshown) lines.push({ more: msg("import.moreProblems", { count: unshown }) });
  return lines;
}

function shownMessages(problems: readonly string[]): string[] {
  return limitProblems(problems, messageKey, quotedMessage).map((line) => ("more" in line ? line.more : line.problem));
}

/**
 * Reads an uploaded file into the export's tables, or says every reason it cannot: nothing here
 * trusts the name, the size or the content, and nothing here writes.
 */
export async function parseImportFile(name: string, bytes: Uint8Array): Promise<ParseOutcome> {
  if (bytes.byteLength === 0) return refuse([msg("import.empty", { file: name })]);
  if (bytes.byteLength > MAX_FILE_BYTES)
    return refuse([msg("import.tooLarge", { file: name, size: kilobytes(bytes.byteLength), max: kilobytes(MAX_FILE_BYTES) })]);
  const extension = /\.(csv|xlsx)$/i.exec(name)?.[1]?.toLowerCase() as "csv" | "xlsx" | undefined;
  if (!extension) return refuse([msg("import.fileType", { file: name })]);
  const read = extension === "xlsx" ? await readWorkbook(name, bytes) : readCsv(name, bytes);
  if ("problems" in read) return refuse(read.problems);

  const problems: string[] = [];
  const items: Table<ItemColumn>[] = [];
  const milestones: Table<MilestoneColumn>[] = [];
  const ignoredSheets: string[] = [];
  for (const sheet of read.sheets) {
    const kind = classify(sheet.heading);
    if (kind === "items") collect(toTable(sheet, ITEM_SHEET_COLUMNS, ITEM_IMPORTED), items, problems);
    else if (kind === "milestones") collect(toTable(sheet, MILESTONE_COLUMNS, MILESTONE_IMPORTED), milestones, problems);
    else if (extension === "xlsx") ignoredSheets.push(sheet.name);
    else if (kind === "long") problems.push(msg("import.longLayout", { file: name }));
    else problems.push(msg("import.notExport", { file: name, found: sheet.heading.filter(Boolean).slice(0, 8).join(", ") }));
  }
  if (items.length > 1) problems.push(msg("import.twoSheets", { sheets: items.map((table) => table.sheet).join(", ") }));
  if (milestones.length > 1) problems.push(msg("import.twoSheets", { sheets: milestones.map((table) => table.sheet).join(", ") }));
  if (extension === "xlsx" && items.length + milestones.length === 0 && problems.length === 0) problems.push(msg("import.noSheet", { file: name }));
  if (problems.length) return refuse(problems);
  return {
    ok: true,
    file: {
      format: extension,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      items: items[0] ?? null,
      milestones: milestones[0] ?? null,
      ignoredSheets,
    },
  };
}

function collect<C extends string>(result: { table: Table<C> } | { problems: string[] }, tables: Table<C>[], problems: string[]) {
  if ("table" in result) tables.push(result.table);
  // One by one: a heading of a hundred thousand columns gives as many problems, too many to spread
  // into arguments.
  else for (const problem of result.problems) problems.push(problem);
}

// Each layout is told by a heading only it has: an item ID alone does not tell items from milestones.
const ITEM_LOOKUP = headingLookup(ITEM_SHEET_COLUMNS);
const MILESTONE_LOOKUP = headingLookup(MILESTONE_COLUMNS);
const LONG_LOOKUP = headingLookup(LONG_CSV_COLUMNS);

function classify(headings: string[]): "items" | "milestones" | "long" | null {
  const columns = (lookup: Map<string, { column: string }>) => new Set(headings.map((text) => lookup.get(normalise(text))?.column).filter(Boolean));
  if (columns(MILESTONE_LOOKUP).has("milestoneId")) return "milestones";
  // Not by "Co-sponsor": in Chinese it is the same word as the items' "Co-sponsors".
  if (columns(LONG_LOOKUP).has("coSponsorCode")) return "long";
  return columns(ITEM_LOOKUP).size >= 3 ? "items" : null;
}

function toTable<C extends string>(sheet: RawSheet, columns: readonly C[], required: readonly C[]): { table: Table<C> } | { problems: string[] } {
  const lookup = headingLookup(columns);
  const where = quoted(sheet.name);
  const problems: string[] = [];
  const found = new Map<C, { at: number; locale: Locale }>();
  // A heading may have hundreds of thousands of columns: past what a refusal can show, one shared
  // message of the kind stands for each, so they are counted without a string apiece.
  const counted = new Map<string, string>();
  const columnProblem = (key: "import.unknownColumn" | "import.repeatedColumn", text: string) =>
    problems.length < MAX_SHOWN_PROBLEMS
      ? msg(key, { where, column: quoted(text) })
      : (counted.get(key) ?? counted.set(key, msg(key, { where, column: "" })).get(key)!);
  sheet.heading.forEach((text, at) => {
    if (!text.trim()) return;
    const match = lookup.get(normalise(text));
    if (!match) problems.push(columnProblem("import.unknownColumn", text));
    else if (found.has(match.column)) problems.push(columnProblem("import.repeatedColumn", text));
    else found.set(match.column, { at, locale: match.locale });
  });
  const locale: Locale = (found.get("title" as C) ?? [...found.values()][0])?.locale ?? "en";
  const missing = required.filter((column) => !found.has(column));
  if (missing.length) problems.push(msg("import.missingColumns", { where, columns: missing.map((column) => heading(column, locale)).join(", ") }));
  const filled = sheet.rows.filter((row) => row.cells.some((cell) => cell.text.trim() || cell.problem));
  if (filled.length > MAX_ROWS) problems.push(msg("import.tooManyRows", { where, count: filled.length, max: MAX_ROWS }));
  if (problems.length) return { problems };

  const headings = Object.fromEntries(
    columns.map((column) => [column, found.has(column) ? sheet.heading[found.get(column)!.at]! : heading(column, locale)]),
  ) as Record<C, string>;
  const columnAt = new Map([...found].map(([column, { at }]) => [at, column]));
  const rows = filled.map((row) => {
    const values = Object.fromEntries(
      columns.map((column) => [column, found.has(column) ? (row.cells[found.get(column)!.at]?.text ?? "").trim() : ""]),
    ) as Record<C, string>;
    const rowProblems: Problem[] = [];
    row.cells.forEach((cell, at) => {
      const column = columnAt.get(at);
      if (column && cell.problem) rowProblems.push({ ...cell.problem, column: headings[column] });
      else if (!column && (cell.text.trim() || cell.problem))
        rowProblems.push({ value: cell.text.trim(), message: msg("import.valueWithoutColumn", { column: at + 1 }) });
    });
    return { line: row.line, values, problems: rowProblems };
  });
  return { table: { sheet: where, locale, headings, rows } };
}

// ---------------------------------------------------------------------------------------------
// CSV

function readCsv(name: string, bytes: Uint8Array): { sheets: RawSheet[] } | { problems: string[] } {
  // Text never holds a NUL byte; UTF-16 (what Excel calls "Unicode text") and binaries do.
  if (bytes.includes(0)) return { problems: [msg("import.notText", { file: name })] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problems: [msg("import.notUtf8", { file: name })] };
  }
  const body = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(body, { delimiter: separatorOf(body), skipEmptyLines: false });
  const quote = parsed.errors.find((error) => error.type === "Quotes");
  if (quote) {
    const row = (quote.row ?? 0) + 1;
    // Under a heading that is not the export's, a stray quote further down is not the news: the
    // columns are what is wrong (and the separator was guessed from that heading).
    const heading = (parsed.data[0] ?? []).map((text) => text.trim());
    if (row > 1 && classify(heading) === null)
      return { problems: [msg("import.notExport", { file: name, found: heading.filter(Boolean).slice(0, 8).join(", ") })] };
    return { problems: [msg("import.badQuotes", { file: name, row })] };
  }
  const [header = [], ...rows] = parsed.data;
  // The export neutralises cells a spreadsheet would run as formulas; reading back undoes it.
  const cells = (row: string[]) => row.map((value) => ({ text: unifyLineBreaks(restoreNeutralised(value)) }));
  return { sheets: [{ name, heading: header.map((text) => text.trim()), rows: rows.map((row, at) => ({ line: at + 2, cells: cells(row) })) }] };
}

/**
 * The separator the headings use: comma, semicolon (Excel in many locales) or tab, whichever splits
 * the heading line most. Papa Parse's own guess weighs the rows too, and lists of co-sponsors
 * ("Peru; Chile") can tip it to ";" in a comma-separated file; no heading of the export holds a
 * comma, a semicolon or a tab.
 */
function separatorOf(text: string): string {
  const heading = text.slice(0, text.search(/\r?\n|$/));
  const count = (separator: string) => heading.split(separator).length;
  return [",", ";", "\t"].reduce((best, separator) => (count(separator) > count(best) ? separator : best));
}

// ---------------------------------------------------------------------------------------------
// XLSX

async function readWorkbook(name: string, bytes: Uint8Array): Promise<{ sheets: RawSheet[] } | { problems: string[] }> {
  const zipStart = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!zipStart) return { problems: [msg("import.notWorkbook", { file: name })] };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { problems: [msg("import.brokenWorkbook", { file: name })] };
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > MAX_ZIP_ENTRIES) return { problems: [msg("import.workbookTooBig", { file: name })] };
  try {
    if (!(await unpacksWithin(entries, MAX_UNPACKED_BYTES))) return { problems: [msg("import.workbookTooBig", { file: name })] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    const sheets: RawSheet[] = [];
    for (const worksheet of workbook.worksheets) {
      if (worksheet.actualRowCount > MAX_ROWS + 1)
        return { problems: [msg("import.tooManyRows", { where: worksheet.name, count: worksheet.actualRowCount - 1, max: MAX_ROWS })] };
      const header = rowCells(worksheet.getRow(1)).map((cell) => cell.text.trim());
      const rows: RawSheet["rows"] = [];
      worksheet.eachRow((row, line) => {
        if (line > 1) rows.push({ line, cells: rowCells(row) });
      });
      sheets.push({ name: worksheet.name, heading: header, rows });
    }
    return { sheets };
  } catch {
    // The zip opened but its parts are not a workbook exceljs can read (damaged, or another format).
    return { problems: [msg("import.brokenWorkbook", { file: name })] };
  }
}

/**
 * The sizes a zip declares can lie, so the parts are inflated here, counting, and given up as soon
 * as they pass the limit: a bomb costs at most that much memory. (JSZip's streams are of an older
 * kind that cannot be iterated with for await, hence the events.)
 */
async function unpacksWithin(entries: JSZip.JSZipObject[], limit: number): Promise<boolean> {
  let total = 0;
  for (const entry of entries) {
    const within = await new Promise<boolean>((resolve, reject) => {
      const stream = entry.nodeStream("nodebuffer");
      stream.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) {
          stream.pause();
          stream.removeAllListeners();
          resolve(false);
        }
      });
      stream.on("end", () => resolve(true));
      stream.on("error", reject);
    });
    if (!within) return false;
  }
  return true;
}

function rowCells(row: ExcelJS.Row): Cell[] {
  const cells: Cell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const read = cellText(cell.value);
    cells[column - 1] = { ...read, text: unifyLineBreaks(read.text) };
  });
  return Array.from(cells, (cell) => cell ?? { text: "" });
}

function cellText(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return { text: "" };
  if (typeof value === "string") return { text: value };
  if (typeof value === "number") return { text: String(value) };
  if (typeof value === "boolean") return { text: String(value) };
  if (value instanceof Date) return { text: Number.isNaN(value.getTime()) ? "" : value.toISOString().replace(/T00:00:00\.000Z$/, "") };
  if ("richText" in value) return { text: value.richText.map((part) => part.text).join("") };
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("formula" in value) return { text: "", problem: { value: `=${value.formula}`, message: msg("import.formula") } };
  if ("sharedFormula" in value) return { text: "", problem: { value: `=${value.sharedFormula}`, message: msg("import.formula") } };
  if ("error" in value) return { text: "", problem: { value: value.error, message: msg("import.errorCell") } };
  return { text: "", problem: { message: msg("import.unreadableCell") } };
}
