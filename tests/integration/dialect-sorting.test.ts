// Text sorts and searches the same on both engines: the work-plan table, on whichever engine the
// suite runs on, against SQLite's rules written in plain TypeScript. English titles sort as
// NOCASE does (A–Z folded, then code points), Chinese titles (and project numbers) by code
// points; search folds A–Z where that is enough and every cased letter otherwise, and never reads
// %, _ or \ as a wildcard. The titles differ in case, accents, scripts and ASCII punctuation,
// exactly where a language-aware collation (en_US, ICU, JavaScript's localeCompare) would order
// them otherwise, and include characters above U+FFFF, where UTF-16 order is not code-point order.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseLocale, localeProblem } from "@/lib/db/postgresql";
import { engineOf } from "@/lib/db/url";
import type { Locale } from "@/lib/i18n/config";
import { itemTablePage } from "@/lib/items/queries";
import type { ItemFilters, SortColumn } from "@/lib/items/schema";

const TODAY = "2024-05-01";

/** [English title, Chinese title, project number] */
const TITLES: [string, string | null, string | null][] = [
  ["apple", "蘋果", "SCCP 01 2024A"],
  ["Apple", null, "sccp 02 2024a"],
  ["APPLE", "蘋果派", null],
  ["apricot", "Apricot 杏", "Sccp_03"],
  ["Banana", "香蕉", "CTI 01 2024"],
  ["banana split", null, null],
  ["Zebra", "斑馬", "cti 02 2024"],
  ["zebra", null, "ZZ-9"],
  ["_under", "_底線", "zz-10"],
  ["[bracket", null, null],
  ["`tick", "`反引號", null],
  ["^caret", null, null],
  ["~tilde", "~波浪", null],
  ["Économie numérique", "數位經濟", null],
  ["économie circulaire", null, null],
  ["École", "學校", null],
  ["école", null, null],
  ["Ecole", null, null],
  ["ecole", null, null],
  ["Zürich", "蘇黎世", null],
  ["zulu", null, null],
  ["海關單一窗口", "海關單一窗口", null],
  ["亞太經合會", "亞太經合會", null],
  ["𠀀 Extension B", "𠀀 擴充B", null],
  ["！Fullwidth", "！全形", null],
  ["豈 compatibility", "豈 相容", null],
  ["100% Paperless", "100% 無紙化", null],
  ["100_Paperless", "100_無紙化", null],
  ["1000 Paperless", null, null],
  ["Back\\slash study", "反\\斜線", null],
  ["(parens) study", null, null],
  ["-dash study", null, null],
  ["'quote study", null, null],
  ["a-b", null, null],
  ["ab", null, null],
  ["a b", null, null],
  ["10 items", null, null],
  ["9 items", null, null],
  ["2 items", null, null],
  ["ΟΔΟΣ χάρτης", null, null],
  ["\u212A only", null, null],
];

const SEARCHES = [
  "apple",
  "APP",
  "ecole",
  "école",
  "ÉCOLE",
  "Économie",
  "ZÜRICH",
  "zürich",
  "%",
  "_",
  "\\",
  "100%",
  "0_P",
  "a_b",
  "a%b",
  "窗口",
  "𠀀",
  "！",
  "sccp",
  "SCCP_",
  "'",
  "[",
  // Greek capital sigma lower-cases to final sigma at a word's end in JavaScript, not in PostgreSQL.
  "ΟΔΟΣ",
  "οδος",
  // The Kelvin sign is a capital K to Unicode, not to SQLite's LIKE: "k" must not find it.
  "k",
  // A decomposed É (E and a combining acute) finds the composed one.
  "E\u0301cole",
];

interface Row {
  id: number;
  titleEn: string;
  titleZh: string | null;
  projectNumber: string | null;
}
let rows: Row[] = [];

beforeAll(async () => {
  await db.economy.create({ data: { code: "XX", name: "Testland", nameZh: "測試國", apecOrder: 1 } });
  const forum = await db.forum.create({ data: { code: "SCCP", name: "Sub-Committee on Customs Procedures" } });
  // One year and kind, so the table's own order (year, kind, then id) leaves ties in insertion order.
  for (const [titleEn, titleZh, projectNumber] of TITLES) {
    await db.item.create({
      data: { kind: "INITIATIVE", forumId: forum.id, year: 2024, titleEn, titleZh, projectNumber, proposerCode: "XX", status: "PROPOSED" },
    });
  }
  rows = await db.item.findMany({ select: { id: true, titleEn: true, titleZh: true, projectNumber: true }, orderBy: { id: "asc" } });
});

// --- SQLite's rules in TypeScript -------------------------------------------------------------

/** SQLite compares text as UTF-8 bytes, which is code-point order (JavaScript's < is UTF-16 order). */
const byCodePoints = (a: string, b: string) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
/** NOCASE folds A–Z and nothing else. */
const foldAZ = (text: string) => text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());

function sortKey(row: Row, column: SortColumn, locale: Locale): string | null {
  if (column === "projectNumber") return row.projectNumber;
  return locale === "zh-TW" ? (row.titleZh ?? row.titleEn) : foldAZ(row.titleEn);
}

/** The table's order: the key (empty ones last), then the plan's own order, here the id. */
function referenceOrder(column: SortColumn, locale: Locale, desc: boolean): number[] {
  return [...rows]
    .sort((a, b) => {
      const [x, y] = [sortKey(a, column, locale), sortKey(b, column, locale)];
      if (x === null || y === null) return x === y ? a.id - b.id : x === null ? 1 : -1;
      return (desc ? -1 : 1) * byCodePoints(x, y) || a.id - b.id;
    })
    .map((row) => row.id);
}

/** The search: LIKE (A–Z folded) when the text's cased letters are all A–Z, else both sides lower-cased. */
function referenceMatches(typed: string): number[] {
  const text = typed.normalize("NFC");
  const asciiFoldEnough = [...text].every((ch) => ch.charCodeAt(0) < 128 || ch.toLowerCase() === ch.toUpperCase());
  const fold = asciiFoldEnough ? foldAZ : (s: string) => s.normalize("NFC").toLowerCase();
  return rows
    .filter((row) => [row.titleEn, row.titleZh, row.projectNumber].some((value) => value !== null && fold(value).includes(fold(text))))
    .map((row) => row.id);
}

async function tableIds(filters: ItemFilters, locale: Locale): Promise<number[]> {
  const page = await itemTablePage({ ...filters, page: 1, size: 200 }, locale, TODAY);
  expect(page.total).toBe(page.rows.length);
  return page.rows.map((row) => row.id);
}

const titleOf = (id: number) => rows.find((row) => row.id === id)!.titleEn;

// ---------------------------------------------------------------------------------------------

describe(`text on ${engineOf(process.env.DATABASE_URL!)}`, () => {
  it("runs on a database that orders by code points (PostgreSQL: UTF8, C.UTF-8)", async () => {
    if (engineOf(process.env.DATABASE_URL!) === "postgresql") expect(localeProblem(await databaseLocale(db))).toBeNull();
    // Prisma's own ordering follows the database's collation: code points on both engines.
    const ordered = await db.item.findMany({ select: { id: true }, orderBy: [{ titleEn: "asc" }, { id: "asc" }] });
    expect(ordered.map((row) => row.id)).toEqual([...rows].sort((a, b) => byCodePoints(a.titleEn, b.titleEn) || a.id - b.id).map((row) => row.id));
  });

  it("the fixture's titles are ones a language-aware or UTF-16 order would put elsewhere", () => {
    const reference = referenceOrder("title", "en", false).map(titleOf);
    expect([...reference].sort((a, b) => a.localeCompare(b, "en"))).not.toEqual(reference);
    const zh = referenceOrder("title", "zh-TW", false);
    const utf16 = [...rows].sort((a, b) => ((a.titleZh ?? a.titleEn) < (b.titleZh ?? b.titleEn) ? -1 : 1)).map((row) => row.id);
    expect(utf16).not.toEqual(zh);
    // A few of the rules, spelled out: letters fold to a–z (0x61 on), so "_" (0x5F) comes before
    // them; titles equal but for case keep the plan's order; accented letters come after all of ASCII.
    expect(reference.indexOf("_under")).toBeLessThan(reference.indexOf("apple"));
    expect(reference.slice(reference.indexOf("apple"), reference.indexOf("apple") + 3)).toEqual(["apple", "Apple", "APPLE"]);
    expect(reference.indexOf("~tilde")).toBeLessThan(reference.indexOf("École"));
    expect(reference.indexOf("！Fullwidth")).toBeLessThan(reference.indexOf("𠀀 Extension B"));
  });

  it.each<[Locale, boolean]>([
    ["en", false],
    ["en", true],
    ["zh-TW", false],
    ["zh-TW", true],
  ])("sorts titles in %s (descending: %s) as SQLite's rules do", async (locale, desc) => {
    expect((await tableIds({ sort: [{ column: "title", desc }] }, locale)).map(titleOf)).toEqual(referenceOrder("title", locale, desc).map(titleOf));
  });

  it.each([false, true])("sorts project numbers by code points (descending: %s), empty ones last", async (desc) => {
    expect((await tableIds({ sort: [{ column: "projectNumber", desc }] }, "en")).map(titleOf)).toEqual(
      referenceOrder("projectNumber", "en", desc).map(titleOf),
    );
  });

  it.each(SEARCHES)("search %j finds what SQLite's rules find, and nothing else", async (q) => {
    const expected = referenceMatches(q);
    const found = await tableIds({ q, sort: [{ column: "title", desc: false }] }, "en");
    expect(found.map(titleOf).sort()).toEqual(expected.map(titleOf).sort());
  });

  it("the searches have teeth: wildcards and case are where they would change the answer", () => {
    const count = (q: string) => referenceMatches(q).length;
    // "%" and "_" as wildcards would find every title; as text, only those that hold them.
    expect(count("%")).toBe(1);
    expect(count("a_b")).toBe(0);
    expect(count("0_P")).toBe(1);
    // A–Z folds both ways; É and é fold only when the text has a letter beyond A–Z.
    expect(referenceMatches("ecole").map(titleOf).sort()).toEqual(["Ecole", "ecole"]);
    expect(referenceMatches("ÉCOLE").map(titleOf).sort()).toEqual(["École", "école"]);
  });
});
