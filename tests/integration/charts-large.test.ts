// All six charts on the large synthetic plan (about 10,000 items), each cell against SQL written by
// hand and run through better-sqlite3 directly. The set-up is table-filters-large.test.ts's: the
// SQLite file is built once, here; on SQLite the app reads it, on PostgreSQL db:copy puts it in the
// test file's own database, so there every assertion also compares the two engines.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChartSpec } from "@/lib/charts/spec";
import { copyDatabase } from "@/lib/db/copy";
import { engineOf } from "@/lib/db/url";
import { itemFiltersSchema } from "@/lib/items/schema";
import { buildLargeDatabase } from "@/prisma/seed/large-database";

const TODAY = "2024-05-01";
const FIRST = "2024-05-01";
const LAST = "2025-04-30";
const ROOT = path.resolve(import.meta.dirname, "../.tmp");
let FILE = "";

let plan: typeof import("@/lib/charts/plan-charts");
let economies: typeof import("@/lib/charts/economy-charts");
let meetings: typeof import("@/lib/charts/meeting-charts");
let sqlite: Database.Database;
const onPostgres = engineOf(process.env.DATABASE_URL!) === "postgresql";

beforeAll(async () => {
  mkdirSync(ROOT, { recursive: true });
  FILE = path.join(mkdtempSync(path.join(ROOT, "charts-large-")), "large.db");
  const url = `file:${FILE}`;
  await buildLargeDatabase(url, TODAY);
  if (onPostgres) {
    const copied = await copyDatabase({ from: url, to: process.env.DATABASE_URL! });
    expect(copied.ok).toBe(true);
  } else process.env.DATABASE_URL = url;
  [plan, economies, meetings] = await Promise.all([
    import("@/lib/charts/plan-charts"),
    import("@/lib/charts/economy-charts"),
    import("@/lib/charts/meeting-charts"),
  ]);
  sqlite = new Database(FILE, { fileMustExist: true });
}, 300_000);

afterAll(async () => {
  sqlite?.close();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  if (FILE) rmSync(path.dirname(FILE), { recursive: true, force: true });
});

type Cells = Record<string, number>;
const filtersOf = (query: string) => itemFiltersSchema.parse(Object.fromEntries(new URLSearchParams(query)));

/** "key|key" -> n from rows of { a, b, n }, the zero ones left out. */
function hand(sql: string, ...params: unknown[]): Cells {
  const cells: Cells = {};
  for (const row of sqlite.prepare(sql).all(...params) as { a: string | number | null; b: string | number | null; n: number }[]) {
    if (row.n) cells[`${row.a}|${row.b}`] = (cells[`${row.a}|${row.b}`] ?? 0) + Number(row.n);
  }
  return cells;
}

/** A chart's cells by its own keys, checking on the way that each is a whole count. */
function cells(spec: ChartSpec): Cells {
  const [rows, columns] = spec.type === "bar" ? [spec.categories, spec.series] : [spec.rows, spec.columns];
  const found: Cells = {};
  rows.forEach((row, r) =>
    columns.forEach((column, c) => {
      const value = spec.values[r]![c]!;
      expect(Number.isInteger(value) && value >= 0).toBe(true);
      if (value) found[`${row.key}|${column.key}`] = value;
    }),
  );
  return found;
}

const LIVE = "i.archivedAt IS NULL";
const backedBy = (code: string) => `SELECT itemId FROM CoSponsorship WHERE withdrawnOn IS NULL AND economyCode = '${code}'`;
const OVERDUE = `(m.status = 'LATE' OR (m.status = 'PLANNED' AND m.dueEnd < '${TODAY}'))`;

/** Each filter with the same question asked in hand-written SQL over items `i`. */
const CASES: [string, string][] = [
  ["", LIVE],
  ["proposer=US", `${LIVE} AND i.proposerCode = 'US'`],
  ["coSponsor=PG,BN", `${LIVE} AND (i.id IN (${backedBy("PG")}) OR i.id IN (${backedBy("BN")}))`],
  ["year=2022,2023,2024&kind=APEC_FUNDED", `${LIVE} AND i.year IN (2022, 2023, 2024) AND i.kind = 'APEC_FUNDED'`],
  ["status=COMPLETED,CANCELLED", `${LIVE} AND i.status IN ('COMPLETED', 'CANCELLED')`],
  ["due=overdue", `${LIVE} AND EXISTS (SELECT 1 FROM Milestone m WHERE m.itemId = i.id AND ${OVERDUE})`],
  [
    "forum=CTI&fund=APEC_SUPPORT_FUND",
    `${LIVE} AND i.fundAccount = 'APEC_SUPPORT_FUND' AND i.forumId IN (SELECT f.id FROM Forum f LEFT JOIN Forum p ON p.id = f.parentId WHERE f.code = 'CTI' OR p.code = 'CTI')`,
  ],
];

describe("the plan's charts on the large plan agree with hand-written SQL", () => {
  it.each(CASES)("status by year: %s", async (query, where) => {
    const spec = await plan.statusByYearChart(filtersOf(query), "en", TODAY);
    const expected = hand(`SELECT i.year || '-' || COALESCE(i.kind, 'none') AS a, i.status AS b, COUNT(*) AS n FROM Item i WHERE ${where} GROUP BY 1, 2`);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(cells(spec)).toEqual(expected);
    const years = sqlite.prepare(`SELECT MIN(i.year) AS first, MAX(i.year) AS last FROM Item i WHERE ${where}`).get() as { first: number; last: number };
    const groups = [...new Set(spec.categories.map((category) => Number(category.group)))];
    expect(groups).toEqual(Array.from({ length: years.last - years.first + 1 }, (_, index) => years.first + index));
  });

  it.each(CASES)("milestones by month: %s", async (query, where) => {
    const spec = await plan.milestonesByMonthChart(filtersOf(query), "en", TODAY);
    const month = `CASE WHEN m.dueEnd < '${FIRST}' THEN 'earlier' ELSE substr(m.dueEnd, 1, 7) END`;
    const from = `FROM Milestone m JOIN Item i ON i.id = m.itemId WHERE ${where}`;
    const expected: Cells = {
      ...hand(`SELECT ${month} AS a, 'met' AS b, COUNT(*) AS n ${from} AND m.status = 'DONE' AND m.dueEnd BETWEEN '${FIRST}' AND '${LAST}' GROUP BY 1`),
      ...hand(`SELECT ${month} AS a, 'open' AS b, COUNT(*) AS n ${from} AND m.status = 'PLANNED' AND m.dueEnd BETWEEN '${TODAY}' AND '${LAST}' GROUP BY 1`),
      ...hand(`SELECT ${month} AS a, 'overdue' AS b, COUNT(*) AS n ${from} AND ${OVERDUE} AND m.dueEnd <= '${LAST}' GROUP BY 1`),
    };
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(cells(spec)).toEqual(expected);
    const undated = (sqlite.prepare(`SELECT COUNT(*) AS n ${from} AND m.status <> 'CANCELLED' AND m.dueEnd IS NULL`).get() as { n: number }).n;
    if (undated) expect(spec.description).toContain(`${undated.toLocaleString("en")} milestone`);
  });
});

describe("the economies' charts on the large plan agree with hand-written SQL", () => {
  const order = () => (sqlite.prepare("SELECT code FROM Economy ORDER BY apecOrder").all() as { code: string }[]).map((row) => row.code);
  const current = (where: string) => `FROM CoSponsorship c JOIN Item i ON i.id = c.itemId WHERE c.withdrawnOn IS NULL AND ${where}`;

  it.each(CASES)("co-sponsorships: %s", async (query, where) => {
    const spec = await economies.coSponsorshipsChart(filtersOf(query), "en", TODAY);
    expect(spec.categories.map((category) => category.key)).toEqual(order());
    expect(cells(spec)).toEqual({
      ...hand(`SELECT c.economyCode AS a, 'given' AS b, COUNT(*) AS n ${current(where)} GROUP BY 1`),
      ...hand(`SELECT i.proposerCode AS a, 'received' AS b, COUNT(*) AS n ${current(where)} GROUP BY 1`),
    });
  });

  it.each(CASES)("backing: %s", async (query, where) => {
    const spec = await economies.backingChart(filtersOf(query), "en", TODAY);
    expect(spec.rows.map((row) => row.key)).toEqual(order());
    expect(spec.columns.map((column) => column.key)).toEqual(order());
    expect(cells(spec)).toEqual(hand(`SELECT c.economyCode AS a, i.proposerCode AS b, COUNT(*) AS n ${current(where)} GROUP BY 1, 2`));
  });

  it.each(CASES)("economy activity of the United States and of Brunei: %s", async (query, where) => {
    for (const code of ["US", "BN"]) {
      const spec = await economies.economyActivityChart(code, filtersOf(query), "en", TODAY);
      expect(spec?.name).toBe("economy-activity");
      expect(cells(spec!)).toEqual({
        ...hand(`SELECT i.year AS a, 'proposed' AS b, COUNT(*) AS n FROM Item i WHERE ${where} AND i.proposerCode = ? GROUP BY 1`, code),
        ...hand(`SELECT i.year AS a, 'backed' AS b, COUNT(*) AS n ${current(where)} AND c.economyCode = ? GROUP BY 1`, code),
      });
    }
    expect(await economies.economyActivityChart("ZZ", filtersOf(query), "en", TODAY)).toBeNull();
  });
});

describe("the meeting chart on the large plan agrees with hand-written SQL", () => {
  it("counts every meeting's reported live items by status and kind", async () => {
    const ids = (sqlite.prepare("SELECT id FROM Meeting ORDER BY id").all() as { id: number }[]).map((row) => row.id);
    expect(ids.length).toBeGreaterThan(0);
    let reported = 0;
    for (const id of ids) {
      const spec = await meetings.meetingStatusChart(id, "en");
      const expected = hand(
        `SELECT i.status AS a, COALESCE(i.kind, 'none') AS b, COUNT(*) AS n FROM MeetingItem mi JOIN Item i ON i.id = mi.itemId WHERE mi.meetingId = ? AND ${LIVE} GROUP BY 1, 2`,
        id,
      );
      expect(cells(spec!), `meeting ${id}`).toEqual(expected);
      reported += Object.values(expected).reduce((sum, n) => sum + n, 0);
    }
    expect(reported).toBeGreaterThan(0);
    expect(await meetings.meetingStatusChart(Math.max(...ids) + 1, "en")).toBeNull();
  });
});
