// The work-plan table's SQL on the large synthetic plan (about 10,000 items): totals and ids of a
// dozen filters against SQL written by hand and run through better-sqlite3 directly, orders
// recomputed in TypeScript, paging, grouping, and the shape of the synthetic data itself.
// The SQLite file is built once per run, here, in a directory of its own (test runs may overlap).
// On SQLite the app's shared Prisma client is pointed at that file before lib/db is first imported
// (the setup file's own empty database is left unused). On PostgreSQL the file is copied by
// db:copy into the test file's own database, which the app keeps reading, while the hand-written
// SQL still runs on the SQLite file: every assertion then compares the two engines.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDatabase, formatCopyReport, type CopyReport } from "@/lib/db/copy";
import { engineOf } from "@/lib/db/url";
import { itemFiltersSchema, type ItemFilters, type SortKey } from "@/lib/items/schema";
import { buildLargeDatabase } from "@/prisma/seed/large-database";

const TODAY = "2024-05-01";
const ROOT = path.resolve(import.meta.dirname, "../.tmp");
let FILE = "";

let queries: typeof import("@/lib/items/queries");
let sqlite: Database.Database;
let built: Awaited<ReturnType<typeof buildLargeDatabase>>;
const onPostgres = engineOf(process.env.DATABASE_URL!) === "postgresql";
let copied: CopyReport | null = null;

beforeAll(async () => {
  mkdirSync(ROOT, { recursive: true });
  FILE = path.join(mkdtempSync(path.join(ROOT, "table-filters-large-")), "large.db");
  const url = `file:${FILE}`;
  built = await buildLargeDatabase(url, TODAY);
  if (onPostgres) {
    copied = await copyDatabase({ from: url, to: process.env.DATABASE_URL! });
    const rows = copied.tables.reduce((sum, table) => sum + table.targetRows, 0);
    console.log(`db:copy of the 10,000-item plan to PostgreSQL: ${rows} rows in ${(copied.ms / 1000).toFixed(1)} s\n${formatCopyReport(copied)}`);
  } else process.env.DATABASE_URL = url;
  queries = await import("@/lib/items/queries");
  sqlite = new Database(FILE, { fileMustExist: true });
}, 300_000);

afterAll(async () => {
  sqlite?.close();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  if (FILE) rmSync(path.dirname(FILE), { recursive: true, force: true });
});

const one = (sql: string, ...params: unknown[]) => Number((sqlite.prepare(sql).get(...params) as { n: number | bigint }).n);
const column = (sql: string, ...params: unknown[]) => (sqlite.prepare(sql).all(...params) as { id: number }[]).map((row) => Number(row.id));
const filtersOf = (query: string) => itemFiltersSchema.parse(Object.fromEntries(new URLSearchParams(query)));
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe("the large synthetic plan", () => {
  it("is about 10,000 items, 50,000 milestones and 40,000 co-sponsorships", () => {
    expect(built.items).toBe(10_000);
    const items = one("SELECT COUNT(*) AS n FROM Item");
    const milestones = one("SELECT COUNT(*) AS n FROM Milestone");
    const coSponsorships = one("SELECT COUNT(*) AS n FROM CoSponsorship");
    expect(items).toBe(10_000 + 17); // plus the seeded 2024 plan
    expect(milestones).toBeGreaterThan(45_000);
    expect(milestones).toBeLessThan(55_000);
    expect(coSponsorships).toBeGreaterThan(35_000);
    expect(coSponsorships).toBeLessThan(45_000);
    expect({ milestones: built.milestones, coSponsorships: built.coSponsorships }).toEqual({
      milestones: milestones - one("SELECT COUNT(*) AS n FROM Milestone WHERE itemId <= 17"),
      coSponsorships: coSponsorships - one("SELECT COUNT(*) AS n FROM CoSponsorship WHERE itemId <= 17"),
    });
    expect(one("SELECT COUNT(DISTINCT year) AS n FROM Item")).toBeGreaterThanOrEqual(30);
  });

  it("has all 21 economies proposing and co-sponsoring, the busiest several times the quietest", () => {
    const proposing = sqlite.prepare("SELECT proposerCode AS code, COUNT(*) AS n FROM Item WHERE archivedAt IS NULL GROUP BY proposerCode").all() as {
      code: string;
      n: number;
    }[];
    const backing = sqlite.prepare("SELECT economyCode AS code, COUNT(*) AS n FROM CoSponsorship WHERE withdrawnOn IS NULL GROUP BY economyCode").all() as {
      code: string;
      n: number;
    }[];
    expect(proposing).toHaveLength(21);
    expect(backing).toHaveLength(21);
    const counts = backing.map((row) => Number(row.n));
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(3 * Math.min(...counts));
    const proposals = proposing.map((row) => Number(row.n));
    expect(Math.max(...proposals)).toBeGreaterThanOrEqual(3 * Math.min(...proposals));
  });

  it.runIf(onPostgres)("is copied to PostgreSQL whole: every table's count and checksum equal", () => {
    expect(copied?.ok).toBe(true);
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'")
      .all() as {
      name: string;
    }[];
    expect(copied!.tables.map((table) => table.table).sort()).toEqual(tables.map((table) => table.name).sort());
    for (const table of copied!.tables) {
      expect(table.targetRows, table.table).toBe(one(`SELECT COUNT(*) AS n FROM "${table.table}"`));
      expect(table.targetChecksum, table.table).toBe(table.sourceChecksum);
    }
  });

  it("is what the app's shared client reads", async () => {
    const page = await queries.itemTablePage({ page: 1, size: 25 }, "en", TODAY);
    expect(page.total).toBe(one("SELECT COUNT(*) AS n FROM Item WHERE archivedAt IS NULL"));
    expect(page.pageCount).toBe(Math.ceil(page.total / 25));
  });
});

const LIVE = "i.archivedAt IS NULL";
const backedBy = (codes: string[]) => `SELECT itemId FROM CoSponsorship WHERE withdrawnOn IS NULL AND economyCode IN (${codes.map((c) => `'${c}'`).join(",")})`;
const textIn = (needle: string) =>
  ["i.titleEn", "i.titleZh", "i.projectNumber"].map((col) => `instr(lower(COALESCE(${col}, '')), lower('${needle.replace(/'/g, "''")}')) > 0`).join(" OR ");

/** Each filter with the same question asked in hand-written SQL. */
const CASES: [string, string][] = [
  ["", LIVE],
  ["proposer=US", `${LIVE} AND i.proposerCode = 'US'`],
  ["proposer=BN,PG", `${LIVE} AND i.proposerCode IN ('BN', 'PG')`],
  ["coSponsor=US", `${LIVE} AND i.id IN (${backedBy(["US"])})`],
  ["coSponsor=PG,BN", `${LIVE} AND i.id IN (${backedBy(["PG", "BN"])})`],
  ["coSponsor=US,JP&coSponsorMatch=all", `${LIVE} AND i.id IN (${backedBy(["US", "JP"])} GROUP BY itemId HAVING COUNT(DISTINCT economyCode) = 2)`],
  ["coSponsor=US,AU,CT&coSponsorMatch=all", `${LIVE} AND i.id IN (${backedBy(["US"])}) AND i.id IN (${backedBy(["AU"])}) AND i.id IN (${backedBy(["CT"])})`],
  ["kind=INITIATIVE&status=COMPLETED&year=2010", `${LIVE} AND i.kind = 'INITIATIVE' AND i.status = 'COMPLETED' AND i.year = 2010`],
  ["forum=CTI", `${LIVE} AND i.forumId IN (SELECT f.id FROM Forum f LEFT JOIN Forum p ON p.id = f.parentId WHERE f.code = 'CTI' OR p.code = 'CTI')`],
  ["forum=SCCP,EC", `${LIVE} AND i.forumId IN (SELECT id FROM Forum WHERE code IN ('SCCP', 'EC'))`],
  ["fund=TILF_SPECIAL_ACCOUNT,APEC_SUPPORT_FUND", `${LIVE} AND i.fundAccount IN ('TILF_SPECIAL_ACCOUNT', 'APEC_SUPPORT_FUND')`],
  [
    "due=overdue",
    `${LIVE} AND EXISTS (SELECT 1 FROM Milestone m WHERE m.itemId = i.id AND (m.status = 'LATE' OR (m.status = 'PLANNED' AND m.dueEnd < '2024-05-01')))`,
  ],
  [
    "due=30d",
    `${LIVE} AND EXISTS (SELECT 1 FROM Milestone m WHERE m.itemId = i.id AND m.status = 'PLANNED' AND m.dueEnd BETWEEN '2024-05-01' AND '2024-05-31')`,
  ],
  [
    "due=90d",
    `${LIVE} AND EXISTS (SELECT 1 FROM Milestone m WHERE m.itemId = i.id AND m.status = 'PLANNED' AND m.dueEnd BETWEEN '2024-05-01' AND '2024-07-30')`,
  ],
  ["due=2023-06", `${LIVE} AND EXISTS (SELECT 1 FROM Milestone m WHERE m.itemId = i.id AND m.status <> 'CANCELLED' AND substr(m.dueEnd, 1, 7) = '2023-06')`],
  ["q=single WINDOW", `${LIVE} AND (${textIn("single window")})`],
  ["q=單一窗口", `${LIVE} AND (${textIn("單一窗口")})`],
  ["q=sccp 05 20", `${LIVE} AND (${textIn("sccp 05 20")})`],
  ["q=No. 77)", `${LIVE} AND (${textIn("No. 77)")})`],
  [
    "proposer=US&coSponsor=JP,AU&coSponsorMatch=all&year=2018,2019,2020,2021&status=COMPLETED,IN_IMPLEMENTATION",
    `${LIVE} AND i.proposerCode = 'US' AND i.id IN (${backedBy(["JP"])}) AND i.id IN (${backedBy(["AU"])}) AND i.year IN (2018, 2019, 2020, 2021) AND i.status IN ('COMPLETED', 'IN_IMPLEMENTATION')`,
  ],
  [
    "forum=CTI&fund=APEC_SUPPORT_FUND&kind=APEC_FUNDED&due=overdue",
    `${LIVE} AND i.kind = 'APEC_FUNDED' AND i.fundAccount = 'APEC_SUPPORT_FUND' AND i.forumId IN (SELECT f.id FROM Forum f JOIN Forum p ON p.id = f.parentId WHERE p.code = 'CTI' UNION SELECT id FROM Forum WHERE code = 'CTI') AND i.id IN (SELECT itemId FROM Milestone WHERE status = 'LATE' OR (status = 'PLANNED' AND dueEnd < '2024-05-01'))`,
  ],
];

describe("filters on the large plan agree with hand-written SQL", () => {
  it.each(CASES)("%s", async (query, where) => {
    const filters = filtersOf(query);
    const expected = column(`SELECT i.id AS id FROM Item i WHERE ${where}`);
    const page = await queries.itemTablePage({ ...filters, page: 1, size: 50 }, "en", TODAY);
    expect(page.total).toBe(one(`SELECT COUNT(*) AS n FROM Item i WHERE ${where}`));
    expect(page.total).toBe(expected.length);
    expect(page.rows.length).toBe(Math.min(50, expected.length));
    expect(sorted(await queries.matchingItemIds(filters, "en", TODAY))).toEqual(sorted(expected));
  });

  it("narrows: most cases match some items but not all", () => {
    const all = one(`SELECT COUNT(*) AS n FROM Item i WHERE ${LIVE}`);
    const narrowing = CASES.map(([, where]) => one(`SELECT COUNT(*) AS n FROM Item i WHERE ${where}`)).filter((n) => n > 0 && n < all);
    expect(narrowing.length).toBeGreaterThanOrEqual(CASES.length - 2);
  });
});

describe("order, paging and grouping on the large plan", () => {
  interface Row {
    id: number;
    year: number;
    kind: string | null;
    backers: number;
    nextKey: string | null;
  }
  const KIND_ORDER = ["INITIATIVE", "APEC_FUNDED", "SELF_FUNDED"];
  let rows: Row[] = [];

  beforeAll(() => {
    rows = sqlite
      .prepare(
        `SELECT i.id, i.year, i.kind,
           (SELECT COUNT(*) FROM CoSponsorship c WHERE c.itemId = i.id AND c.withdrawnOn IS NULL) AS backers
         FROM Item i WHERE i.archivedAt IS NULL`,
      )
      .all() as Row[];
    const open = sqlite.prepare("SELECT itemId, precision, dueEnd FROM Milestone WHERE status IN ('PLANNED', 'LATE')").all() as {
      itemId: number;
      precision: string;
      dueEnd: string | null;
    }[];
    const next = new Map<number, string>();
    for (const m of open) {
      const key = m.dueEnd !== null ? `0${m.dueEnd}` : m.precision === "UNDATED" ? "2" : "1";
      const current = next.get(m.itemId);
      if (current === undefined || key < current) next.set(m.itemId, key);
    }
    for (const row of rows) row.nextKey = next.get(row.id) ?? null;
  });

  /** The order recomputed in TypeScript: the key, then year desc, kind (empty last), id. */
  function order(key: (row: Row) => number | string | null, desc: boolean): number[] {
    const cmp = (a: number | string | null, b: number | string | null, down: boolean) => {
      if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
      const result = a < b ? -1 : a > b ? 1 : 0;
      return down ? -result : result;
    };
    const kind = (row: Row) => (row.kind === null ? null : KIND_ORDER.indexOf(row.kind));
    return [...rows].sort((a, b) => cmp(key(a), key(b), desc) || b.year - a.year || cmp(kind(a), kind(b), false) || a.id - b.id).map((row) => row.id);
  }

  it.each<[SortKey, (row: Row) => number | string | null]>([
    [{ column: "coSponsors", desc: true }, (row) => row.backers],
    [{ column: "coSponsors", desc: false }, (row) => row.backers],
    [{ column: "nextMilestone", desc: false }, (row) => row.nextKey],
    [{ column: "nextMilestone", desc: true }, (row) => row.nextKey],
  ])("orders every row by %o, as recomputed from the data", async (key, value) => {
    const expected = order(value, key.desc);
    expect(await queries.matchingItemIds({ sort: [key] }, "en", TODAY)).toEqual(expected);
    const pageCount = Math.ceil(expected.length / 25);
    for (const page of [1, 137, pageCount]) {
      const result = await queries.itemTablePage({ sort: [key], page, size: 25 }, "en", TODAY);
      expect(result.rows.map((row) => row.id)).toEqual(expected.slice((page - 1) * 25, page * 25));
    }
  });

  it("concatenates all pages of 25 of a filtered view into its unpaged order", async () => {
    const filters: ItemFilters = { ...filtersOf("coSponsor=PG&sort=title,-nextMilestone") };
    const unpaged = await queries.matchingItemIds(filters, "en", TODAY);
    expect(unpaged.length).toBeGreaterThan(50);
    const first = await queries.itemTablePage({ ...filters, page: 1, size: 25 }, "en", TODAY);
    const ids = first.rows.map((row) => row.id);
    for (let page = 2; page <= first.pageCount; page++)
      ids.push(...(await queries.itemTablePage({ ...filters, page, size: 25 }, "en", TODAY)).rows.map((row) => row.id));
    expect(first.total).toBe(unpaged.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(unpaged);
    const beyond = await queries.itemTablePage({ ...filters, page: first.pageCount + 1, size: 25 }, "en", TODAY);
    expect(beyond).toMatchObject({ rows: [], total: unpaged.length, pageCount: first.pageCount });
  });

  it.each([
    ["proposer", "proposerCode"],
    ["kind", "kind"],
    ["status", "status"],
    ["year", "year"],
  ] as const)("groups by %s with the counts GROUP BY gives", async (group, sqlColumn) => {
    const filters = filtersOf("coSponsor=US,JP&due=overdue");
    const result = await queries.itemTablePage({ ...filters, page: 1, size: 200, group }, "en", TODAY);
    const expected = sqlite
      .prepare(
        `SELECT ${sqlColumn} AS value, COUNT(*) AS n FROM Item i WHERE ${LIVE} AND i.id IN (${backedBy(["US", "JP"])})
           AND EXISTS (SELECT 1 FROM Milestone m WHERE m.itemId = i.id AND (m.status = 'LATE' OR (m.status = 'PLANNED' AND m.dueEnd < '2024-05-01')))
         GROUP BY ${sqlColumn}`,
      )
      .all() as { value: string | number | null; n: number }[];
    expect(result.groups).toEqual(new Map(expected.map((row) => [row.value === null ? "" : String(row.value), Number(row.n)])));
    expect([...result.groups.values()].reduce((sum, n) => sum + n, 0)).toBe(result.total);
  });
});

describe("reads keyed by thousands of items", () => {
  // SQLite takes 999 parameters at most; these failed with "query parameter limit exceeded"
  // before the ids went in chunks.
  it("the calendar feed of everything one economy proposes", async () => {
    const { calendarFeed } = await import("@/lib/calendar/feed");
    const proposed = one(`SELECT COUNT(*) AS n FROM Item i WHERE ${LIVE} AND i.proposerCode = 'US'`);
    expect(proposed).toBeGreaterThan(999);
    const ics = await calendarFeed(filtersOf("proposer=US"), "en", "http://localhost");
    const expected = one(
      `SELECT COUNT(*) AS n FROM Milestone m JOIN Item i ON i.id = m.itemId WHERE ${LIVE} AND i.proposerCode = 'US' AND m.status <> 'CANCELLED' AND m.dueEnd IS NOT NULL`,
    );
    // One event per dated milestone, and the meetings that report these items.
    expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThanOrEqual(expected);
    expect(expected).toBeGreaterThan(999);
  }, 60_000);

  it("the whole-plan workbook", async () => {
    const { coSponsorshipWorkbook } = await import("@/lib/exports/xlsx");
    const parts: Buffer[] = [];
    for await (const part of await coSponsorshipWorkbook(filtersOf(""), "en", "test")) parts.push(part as Buffer);
    const XLSX = await import("xlsx");
    const book = XLSX.read(Buffer.concat(parts), { type: "buffer", sheetRows: 0 });
    expect(XLSX.utils.sheet_to_json(book.Sheets.Items!)).toHaveLength(one(`SELECT COUNT(*) AS n FROM Item i WHERE ${LIVE}`));
    expect(XLSX.utils.sheet_to_json(book.Sheets.Milestones!)).toHaveLength(
      one(`SELECT COUNT(*) AS n FROM Milestone m JOIN Item i ON i.id = m.itemId WHERE ${LIVE}`),
    );
  }, 120_000);
});

describe("the overview on the large plan", () => {
  it("counts hundreds of late and undated milestones and lists the first 20 of each in order", async () => {
    const { milestoneAgenda } = await import("@/lib/milestones/queries");
    const { compareDeadlines, compareMilestones } = await import("@/lib/milestones/order");
    const rows = (where: string, ...params: unknown[]) =>
      sqlite
        .prepare(
          `SELECT m.id, m.precision, m.dueStart, m.dueEnd, m.position, m.status, i.year FROM Milestone m JOIN Item i ON i.id = m.itemId WHERE i.archivedAt IS NULL AND ${where}`,
        )
        .all(...params) as { id: number; precision: never; dueStart: string | null; dueEnd: string | null; position: number; status: never; year: number }[];
    const overdue = rows("(m.status = 'LATE' OR (m.status = 'PLANNED' AND m.dueEnd < ?))", TODAY).sort(compareDeadlines);
    const undated = rows("m.status = 'PLANNED' AND m.dueEnd IS NULL").sort((a, b) => b.year - a.year || compareMilestones(a, b));
    expect(overdue.length).toBeGreaterThan(500);
    expect(undated.length).toBeGreaterThan(100);
    const agenda = await milestoneAgenda(TODAY, 90, 20);
    expect(agenda.overdue.total).toBe(overdue.length);
    expect(agenda.undated.total).toBe(undated.length);
    expect(agenda.overdue.milestones.map((m) => m.id)).toEqual(overdue.slice(0, 20).map((m) => m.id));
    expect(agenda.undated.milestones.map((m) => m.id)).toEqual(undated.slice(0, 20).map((m) => m.id));
  });
});

describe("an economy's page on the large plan", () => {
  it("counts everything the busiest economy proposes and backs, and lists the newest 25 of each", async () => {
    const { getEconomyProfile } = await import("@/lib/economies/queries");
    const { compareItems } = await import("@/lib/items/order");
    const items = (from: string) =>
      (sqlite.prepare(`SELECT i.id, i.year, i.kind ${from}`).all("US") as { id: number; year: number; kind: never }[])
        .sort(compareItems)
        .map((item) => item.id);
    const proposed = items("FROM Item i WHERE i.proposerCode = ? AND i.archivedAt IS NULL");
    const backed = items("FROM CoSponsorship c JOIN Item i ON i.id = c.itemId WHERE c.economyCode = ? AND c.withdrawnOn IS NULL AND i.archivedAt IS NULL");
    const withdrawn = items(
      "FROM CoSponsorship c JOIN Item i ON i.id = c.itemId WHERE c.economyCode = ? AND c.withdrawnOn IS NOT NULL AND i.archivedAt IS NULL",
    );
    expect(backed.length).toBeGreaterThan(2000);
    const profile = (await getEconomyProfile("US", 25))!;
    expect(profile.proposed.total).toBe(proposed.length);
    expect(profile.proposed.items.map((item) => item.id)).toEqual(proposed.slice(0, 25));
    expect(profile.coSponsored.total).toBe(backed.length);
    expect(profile.coSponsored.entries.map((entry) => entry.item.id)).toEqual(backed.slice(0, 25));
    expect(profile.coSponsored.entries.every((entry) => entry.withdrawnOn === null)).toBe(true);
    expect(profile.withdrawn.total).toBe(withdrawn.length);
    expect(profile.withdrawn.entries.map((entry) => entry.item.id)).toEqual(withdrawn.slice(0, 25));
    expect(profile.withdrawn.entries.every((entry) => entry.withdrawnOn !== null)).toBe(true);
  });
});

describe("the timeline on the large plan", () => {
  it("counts a whole year's items and milestones and shows the first 100 items with theirs", async () => {
    const { timelineOfPeriod } = await import("@/lib/milestones/views");
    for (const year of [2024, 2019]) {
      const [start, end] = [`${year}-01-01`, `${year}-12-31`];
      const all = sqlite
        .prepare(
          `SELECT m.id, m.itemId FROM Milestone m JOIN Item i ON i.id = m.itemId WHERE i.archivedAt IS NULL AND m.status <> 'CANCELLED'
           AND ((m.precision IN ('DAY', 'ANCHOR') AND m.dueStart <= ? AND m.dueEnd >= ?) OR (m.precision IN ('MONTH', 'QUARTER', 'YEAR') AND m.dueEnd >= ? AND m.dueEnd <= ?))
           ORDER BY m.dueEnd, m.dueStart, m.id`,
        )
        .all(end, start, start, end) as { id: number; itemId: number }[];
      const firstItems = [...new Set(all.map((row) => row.itemId))];
      const timeline = await timelineOfPeriod({}, start, end, 100, TODAY);
      expect(timeline.milestones).toBe(all.length);
      expect(timeline.items).toBe(firstItems.length);
      expect(firstItems.length).toBeGreaterThan(100);
      expect(timeline.rows.map((row) => row.item.id)).toEqual(firstItems.slice(0, 100));
      const shown = new Set(firstItems.slice(0, 100));
      expect(timeline.rows.flatMap((row) => row.milestones.map((m) => m.id))).toEqual(
        all
          .filter((row) => shown.has(row.itemId))
          .sort((a, b) => firstItems.indexOf(a.itemId) - firstItems.indexOf(b.itemId) || all.indexOf(a) - all.indexOf(b))
          .map((row) => row.id),
      );
    }
  });

  it("agrees with the work-plan table on which items a filtered year holds", async () => {
    const { timelineOfPeriod } = await import("@/lib/milestones/views");
    const filters = filtersOf("coSponsor=US&kind=APEC_FUNDED");
    const matching = new Set(await queries.matchingItemIds(filters, "en", TODAY));
    const timeline = await timelineOfPeriod(filters, "2019-01-01", "2019-12-31", 10_000, TODAY);
    expect(timeline.rows.length).toBe(timeline.items);
    expect(timeline.rows.length).toBeGreaterThan(0);
    for (const row of timeline.rows) expect(matching.has(row.item.id)).toBe(true);
    expect(timeline.rows.reduce((sum, row) => sum + row.milestones.length, 0)).toBe(timeline.milestones);
  });
});
