// The work-plan table's SQL (filters, sorting, paging, grouping) checked against answers computed
// another way: every item loaded with its relations and filtered and ordered in plain TypeScript,
// and Prisma's own where-clauses. The seeded 2024 plan is joined by a few dozen items made here
// to reach what it lacks: other fora (CTI itself, its sub-fora, fora outside it), every fund,
// project numbers, withdrawn co-sponsors, archived items, items without a kind, late and
// cancelled milestones, titles with %, _ and \, and titles differing only in case.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { DatePrecision, FundAccount, ItemKind, ItemStatus, MilestoneStatus } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/config";
import { filterOptions } from "@/lib/items/filter-data";
import { itemTablePage, listItems, matchingItemIds } from "@/lib/items/queries";
import { itemFiltersSchema, SORT_COLUMNS, type GroupColumn, type ItemFilters, type SortColumn, type SortKey } from "@/lib/items/schema";
import { refreshAllNextDue } from "@/lib/milestones/next-due-sql";
import { seededRandom as random } from "@/prisma/seed/large";
import { seedDatabase } from "@/prisma/seed/seed";

const TODAY = "2024-05-01";

// ---------------------------------------------------------------------------------------------
// Fixture items
// ---------------------------------------------------------------------------------------------

interface MilestoneFixture {
  precision: DatePrecision;
  dueStart?: string | null;
  dueEnd: string | null;
  status: MilestoneStatus;
  anchor?: string;
}

interface ItemFixture {
  kind: ItemKind | null;
  forum: string;
  year: number;
  projectNumber?: string;
  titleEn: string;
  titleZh?: string | null;
  proposer: string;
  status: ItemStatus;
  fund?: FundAccount | null;
  coSponsors?: string[];
  withdrawn?: string[];
  milestones?: MilestoneFixture[];
  archived?: boolean;
}

const day = (dueEnd: string, status: MilestoneStatus = "PLANNED"): MilestoneFixture => ({ precision: "DAY", dueStart: dueEnd, dueEnd, status });

const EDGE_ITEMS: ItemFixture[] = [
  {
    kind: "APEC_FUNDED",
    forum: "CTI",
    year: 2024,
    projectNumber: "CTI 01 2024",
    titleEn: "100% Paperless Trade: E_Invoice Pilot",
    titleZh: null,
    proposer: "CT",
    status: "APPROVED",
    fund: "GENERAL_PROJECT_ACCOUNT",
    coSponsors: ["US", "SG"],
    withdrawn: ["JP"],
    // Late although its day is still ahead: late is late. Due today: within 30 days, not overdue.
    milestones: [day("2024-06-30", "LATE"), day("2024-05-01")],
  },
  {
    kind: "APEC_FUNDED",
    forum: "MAG",
    year: 2023,
    projectNumber: "MAG 02 2023A",
    titleEn: "tariff classification WORKSHOP",
    titleZh: "關稅分類研討會",
    proposer: "KR",
    status: "IN_IMPLEMENTATION",
    fund: "TILF_SPECIAL_ACCOUNT",
    coSponsors: ["PE", "CL", "JP", "US"],
    // Overdue since yesterday; a cancelled and a met milestone in May.
    milestones: [day("2024-05-10", "CANCELLED"), day("2024-05-20", "DONE"), day("2024-04-30")],
  },
  {
    kind: "APEC_FUNDED",
    forum: "EC",
    year: 2022,
    projectNumber: "EC 03 2022",
    titleEn: "Structural Reform 50_50 Study",
    titleZh: "結構改革研究",
    proposer: "AU",
    status: "COMPLETED",
    fund: "APEC_SUPPORT_FUND",
    coSponsors: ["US", "PE", "CL"],
    // The last day of the 90-day window, the day after it, and an anchor without days.
    milestones: [day("2024-07-30"), day("2024-07-31"), { precision: "ANCHOR", anchor: "SOM3 2024", dueEnd: null, status: "PLANNED" }],
  },
  {
    kind: "INITIATIVE",
    forum: "SCCP",
    year: 2024,
    titleEn: "Archived 100% Customs_Note on Viet Nam",
    titleZh: "已封存海關說明",
    proposer: "PE",
    status: "CANCELLED",
    coSponsors: ["US", "CL", "AU"],
    milestones: [day("2024-01-31", "LATE"), day("2024-05-02")],
    archived: true,
  },
  {
    kind: null,
    forum: "SCCP",
    year: 2024,
    titleEn: "Back\\slash and Quote's Study",
    titleZh: "反斜線研究",
    proposer: "VN",
    status: "PROPOSED",
    fund: null,
    withdrawn: ["CL"],
    milestones: [
      { precision: "QUARTER", dueStart: "2024-04-01", dueEnd: "2024-06-30", status: "PLANNED" },
      { precision: "UNDATED", dueEnd: null, status: "PLANNED" },
    ],
  },
  {
    kind: "SELF_FUNDED",
    forum: "SCCP",
    year: 2025,
    projectNumber: "SCCP 01 2025S",
    titleEn: "apec customs Single Window",
    titleZh: null,
    proposer: "US",
    status: "PROPOSED",
    fund: "SELF_FUNDED",
    coSponsors: ["CT", "PE", "CL", "JP", "AU"],
    milestones: [
      { precision: "MONTH", dueStart: "2024-05-01", dueEnd: "2024-05-31", status: "PLANNED" },
      { precision: "ANCHOR", anchor: "SOM1 2025", dueEnd: null, status: "PLANNED" },
    ],
  },
  {
    kind: "APEC_FUNDED",
    forum: "SCSC",
    year: 2024,
    projectNumber: "SCSC 04 2024",
    titleEn: "APEC CUSTOMS Single Window",
    titleZh: "亞太經合會海關單一窗口",
    proposer: "JP",
    status: "APPROVED",
    fund: "GENERAL_PROJECT_ACCOUNT",
    coSponsors: ["US", "PE"],
    milestones: [{ precision: "MONTH", dueStart: "2024-05-01", dueEnd: "2024-05-31", status: "LATE" }],
  },
  {
    // The only item of its year, and archived: the year filter must not offer 2011.
    kind: "INITIATIVE",
    forum: "SCCP",
    year: 2011,
    titleEn: "Archived Pathfinder of 2011",
    proposer: "NZ",
    status: "COMPLETED",
    coSponsors: [],
    milestones: [],
    archived: true,
  },
];

const CODES = ["AU", "BN", "CA", "CL", "CN", "HK", "ID", "JP", "KR", "MY", "MX", "NZ", "PG", "PE", "PH", "RU", "SG", "CT", "TH", "US", "VN"];

/** Forty items with many ties: shared titles (some differing only in case), years, kinds, counts. */
function generatedItems(): ItemFixture[] {
  const rng = random(7);
  const titles: [string, string | null][] = [
    ["Green Customs Dialogue", "綠色海關對話"],
    ["green customs dialogue", null],
    ["Single Window Study", "單一窗口研究"],
    ["Zebra Crossing of Borders", null],
    ["advance rulings survey", "預先核定調查"],
    ["Authorised Economic Operators", "優質企業"],
    ["Économie Sécurisée Study", null],
  ];
  const items: ItemFixture[] = [];
  for (let n = 0; n < 40; n++) {
    const kind = rng.pick<ItemKind | null>(["INITIATIVE", "APEC_FUNDED", "SELF_FUNDED", null]);
    const forum = rng.pick(["SCCP", "SCCP", "CTI", "MAG", "EC", "DESG"]);
    const year = rng.pick([2021, 2022, 2023, 2024, 2024, 2025]);
    const [titleEn, titleZh] = rng.pick(titles);
    const coSponsors = [...new Set(Array.from({ length: Math.floor(rng.next() * 6) }, () => rng.pick(CODES)))];
    const withdrawn = rng.next() < 0.2 ? [rng.pick(CODES.filter((code) => !coSponsors.includes(code)))] : [];
    const milestones: MilestoneFixture[] = Array.from({ length: Math.floor(rng.next() * 4) }, () => {
      const status = rng.pick<MilestoneStatus>(["PLANNED", "PLANNED", "DONE", "LATE", "CANCELLED"]);
      const roll = rng.next();
      if (roll < 0.1) return { precision: "UNDATED", dueEnd: null, status };
      if (roll < 0.2) return { precision: "ANCHOR", anchor: "SOM2 2024", dueEnd: null, status };
      const month = 1 + Math.floor(rng.next() * 12);
      const date = `${rng.pick([2023, 2024, 2024])}-${String(month).padStart(2, "0")}-${String(1 + Math.floor(rng.next() * 28)).padStart(2, "0")}`;
      return day(date, status);
    });
    items.push({
      kind,
      forum,
      year,
      projectNumber: kind !== "INITIATIVE" && rng.next() < 0.7 ? `${forum} ${String(10 + n).padStart(2, "0")} ${year}` : undefined,
      titleEn: `${titleEn}${rng.next() < 0.5 ? "" : ` ${n % 3}`}`,
      titleZh,
      proposer: rng.pick(CODES),
      status: rng.pick<ItemStatus>(["PROPOSED", "APPROVED", "IN_IMPLEMENTATION", "COMPLETED", "CANCELLED"]),
      fund:
        kind === "SELF_FUNDED"
          ? "SELF_FUNDED"
          : kind === "APEC_FUNDED"
            ? rng.pick<FundAccount | null>(["GENERAL_PROJECT_ACCOUNT", "TILF_SPECIAL_ACCOUNT", "APEC_SUPPORT_FUND", null])
            : null,
      coSponsors,
      withdrawn,
      milestones,
      archived: rng.next() < 0.08,
    });
  }
  return items;
}

async function createFixture(item: ItemFixture) {
  const forum = await db.forum.findUniqueOrThrow({ where: { code: item.forum } });
  await db.item.create({
    data: {
      kind: item.kind,
      forumId: forum.id,
      year: item.year,
      projectNumber: item.projectNumber ?? null,
      titleEn: item.titleEn,
      titleZh: item.titleZh ?? null,
      proposerCode: item.proposer,
      status: item.status,
      fundAccount: item.fund ?? null,
      archivedAt: item.archived ? new Date("2024-04-01T00:00:00Z") : null,
      coSponsorships: {
        create: [
          ...(item.coSponsors ?? []).map((economyCode) => ({ economyCode, joinedOn: "2024-01-15" })),
          ...(item.withdrawn ?? []).map((economyCode) => ({ economyCode, joinedOn: "2024-01-15", withdrawnOn: "2024-03-01" })),
        ],
      },
      milestones: {
        create: (item.milestones ?? []).map((milestone, position) => ({
          title: `Milestone ${position + 1}`,
          precision: milestone.precision,
          dueStart: milestone.dueStart ?? null,
          dueEnd: milestone.dueEnd,
          anchor: milestone.anchor ?? null,
          status: milestone.status,
          position,
        })),
      },
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The independent answers
// ---------------------------------------------------------------------------------------------

async function loadItems() {
  return db.item.findMany({
    include: { forum: { include: { parent: true } }, proposer: true, coSponsorships: true, milestones: true },
  });
}
type Loaded = Awaited<ReturnType<typeof loadItems>>[number];

describe("the filter form's choices", () => {
  it("offer every year a live item has, latest first, and no year only archived items have", async () => {
    const expected = [...new Set(live.map((item) => item.year))].sort((a, b) => b - a);
    expect(items.some((item) => item.year === 2011) && !live.some((item) => item.year === 2011)).toBe(true);
    expect((await filterOptions()).years).toEqual(expected);
  });
});

let items: Loaded[] = [];
let live: Loaded[] = [];

beforeAll(async () => {
  await seedDatabase(db);
  for (const item of [...EDGE_ITEMS, ...generatedItems()]) await createFixture(item);
  // The fixtures' milestones are written directly, past the write layer that keeps each item's key current.
  await refreshAllNextDue(db);
  items = await loadItems();
  live = items.filter((item) => item.archivedAt === null);
});

/** ISO day arithmetic, written again here rather than borrowed from lib/dates. */
function plusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const activeCoSponsors = (item: Loaded) => item.coSponsorships.filter((c) => c.withdrawnOn === null).map((c) => c.economyCode);

function dueMatches(milestone: Loaded["milestones"][number], due: NonNullable<ItemFilters["due"]>, today: string): boolean {
  const { status, dueEnd } = milestone;
  if (due.kind === "overdue") return status === "LATE" || (status === "PLANNED" && dueEnd !== null && dueEnd < today);
  if (due.kind === "next") return status === "PLANNED" && dueEnd !== null && dueEnd >= today && dueEnd <= plusDays(today, due.days);
  if (due.kind === "undated") return status === "PLANNED" && dueEnd === null;
  return status !== "CANCELLED" && dueEnd !== null && dueEnd.slice(0, 7) === due.month;
}

function containsFolded(haystack: string | null, needle: string): boolean {
  return haystack !== null && haystack.toLowerCase().includes(needle.toLowerCase());
}

/** Whether an item is in the view, decided in TypeScript from the loaded rows. */
function matches(item: Loaded, f: ItemFilters, today = TODAY): boolean {
  if (item.archivedAt !== null) return false;
  if (f.proposer && !f.proposer.includes(item.proposerCode)) return false;
  if (f.coSponsor) {
    const backers = activeCoSponsors(item);
    const all = f.coSponsorMatch === "all";
    if (all ? !f.coSponsor.every((code) => backers.includes(code)) : !f.coSponsor.some((code) => backers.includes(code))) return false;
  }
  if (f.kind && (item.kind === null || !f.kind.includes(item.kind))) return false;
  if (f.status && !f.status.includes(item.status)) return false;
  if (f.year && !f.year.includes(item.year)) return false;
  if (f.fund && (item.fundAccount === null || !f.fund.includes(item.fundAccount))) return false;
  if (f.forum && !f.forum.includes(item.forum.code) && !(item.forum.parent && f.forum.includes(item.forum.parent.code))) return false;
  if (f.due && !item.milestones.some((m) => dueMatches(m, f.due!, today))) return false;
  if (f.q && ![item.titleEn, item.titleZh, item.projectNumber].some((text) => containsFolded(text, f.q!))) return false;
  return true;
}

/** The same filters as a Prisma where-clause (text search aside). */
function prismaWhere(f: ItemFilters, today = TODAY): Prisma.ItemWhereInput {
  const and: Prisma.ItemWhereInput[] = [{ archivedAt: null }];
  if (f.proposer) and.push({ proposerCode: { in: f.proposer } });
  if (f.coSponsor) {
    const backs = (codes: string[]) => ({ coSponsorships: { some: { withdrawnOn: null, economyCode: { in: codes } } } });
    if (f.coSponsorMatch === "all") and.push(...f.coSponsor.map((code) => backs([code])));
    else and.push(backs(f.coSponsor));
  }
  if (f.kind) and.push({ kind: { in: f.kind } });
  if (f.status) and.push({ status: { in: f.status } });
  if (f.year) and.push({ year: { in: f.year } });
  if (f.fund) and.push({ fundAccount: { in: f.fund } });
  if (f.forum) and.push({ forum: { OR: [{ code: { in: f.forum } }, { parent: { code: { in: f.forum } } }] } });
  if (f.due) {
    const due = f.due;
    const milestone: Prisma.MilestoneWhereInput =
      due.kind === "overdue"
        ? { OR: [{ status: "LATE" }, { status: "PLANNED", dueEnd: { lt: today } }] }
        : due.kind === "next"
          ? { status: "PLANNED", dueEnd: { gte: today, lte: plusDays(today, due.days) } }
          : due.kind === "undated"
            ? { status: "PLANNED", dueEnd: null }
            : { status: { not: "CANCELLED" }, dueEnd: { startsWith: `${due.month}-` } };
    and.push({ milestones: { some: milestone } });
  }
  return { AND: and };
}

const KIND_ORDER = ["INITIATIVE", "APEC_FUNDED", "SELF_FUNDED"];
const STATUS_ORDER = ["PROPOSED", "APPROVED", "IN_IMPLEMENTATION", "COMPLETED", "CANCELLED"];
const FUND_ORDER = ["GENERAL_PROJECT_ACCOUNT", "TILF_SPECIAL_ACCOUNT", "APEC_SUPPORT_FUND", "SELF_FUNDED"];

/** SQLite compares text byte by byte in UTF-8; NOCASE folds ASCII letters only. */
const bytes = (text: string) => Buffer.from(text, "utf8");
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());

type SortValue = number | Buffer | null;

function sortValue(item: Loaded, column: SortColumn, locale: Locale): SortValue {
  switch (column) {
    case "title":
      return locale === "zh-TW" ? bytes(item.titleZh ?? item.titleEn) : bytes(asciiLower(item.titleEn));
    case "projectNumber":
      return item.projectNumber === null ? null : bytes(item.projectNumber);
    case "year":
      return item.year;
    case "kind":
      return item.kind === null ? null : KIND_ORDER.indexOf(item.kind);
    case "forum":
      return bytes(item.forum.code);
    case "fund":
      return item.fundAccount === null ? null : FUND_ORDER.indexOf(item.fundAccount);
    case "proposer":
      return item.proposer.apecOrder;
    case "coSponsors":
      return activeCoSponsors(item).length;
    case "nextMilestone": {
      // Dated open milestones by their last day, then anchored ones without days, then undated.
      const keys = item.milestones
        .filter((m) => m.status === "PLANNED" || m.status === "LATE")
        .map((m) => (m.dueEnd !== null ? `0${m.dueEnd}` : m.precision === "UNDATED" ? "2" : "1"))
        .sort();
      return keys.length ? bytes(keys[0]!) : null;
    }
    case "status":
      return STATUS_ORDER.indexOf(item.status);
  }
}

function compareValues(a: SortValue, b: SortValue, desc: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1; // empty last, either way
  const order = typeof a === "number" ? a - (b as number) : Buffer.compare(a, b as Buffer);
  return desc ? -order : order;
}

const GROUP_SORT: Record<GroupColumn, SortKey> = {
  proposer: { column: "proposer", desc: false },
  kind: { column: "kind", desc: false },
  status: { column: "status", desc: false },
  year: { column: "year", desc: true },
};

/** The table's order recomputed: the group's column, the officer's keys, year desc, kind, id. */
function expectedOrder(rows: Loaded[], sort: SortKey[] = [], locale: Locale = "en", group?: GroupColumn): number[] {
  const keys: SortKey[] = [];
  const add = (key: SortKey) => {
    if (!keys.some((k) => k.column === key.column)) keys.push(key);
  };
  if (group) add(sort.find((key) => key.column === GROUP_SORT[group].column) ?? GROUP_SORT[group]);
  sort.forEach(add);
  add({ column: "year", desc: true });
  add({ column: "kind", desc: false });
  return [...rows]
    .sort((a, b) => {
      for (const key of keys) {
        const order = compareValues(sortValue(a, key.column, locale), sortValue(b, key.column, locale), key.desc);
        if (order) return order;
      }
      return a.id - b.id;
    })
    .map((item) => item.id);
}

const filtersOf = (query: string) => itemFiltersSchema.parse(Object.fromEntries(new URLSearchParams(query)));
const expectedIds = (f: ItemFilters, today = TODAY) =>
  live
    .filter((item) => matches(item, f, today))
    .map((item) => item.id)
    .sort((a, b) => a - b);
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const titleOf = (id: number) => items.find((item) => item.id === id)!.titleEn;

// ---------------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------------

describe("the fixtures reach what the tests need", () => {
  it("hold the seeded plan, the edge cases and archived items", () => {
    expect(items.length).toBe(17 + EDGE_ITEMS.length + 40);
    expect(items.length - live.length).toBeGreaterThanOrEqual(2);
    expect(new Set(live.map((item) => item.forum.code))).toEqual(new Set(["SCCP", "CTI", "MAG", "EC", "DESG", "SCSC"]));
    expect(live.some((item) => item.kind === null)).toBe(true);
    expect(live.some((item) => item.coSponsorships.some((c) => c.withdrawnOn !== null))).toBe(true);
  });
});

const FILTER_CASES: string[] = [
  "",
  // proposer
  "proposer=PE",
  "proposer=pe,US",
  "proposer=CT",
  "proposer=VN,KR,AU",
  "proposer=BN",
  // co-sponsors, any and all, withdrawn ones not counting
  "coSponsor=US",
  "coSponsor=JP",
  "coSponsor=CL",
  "coSponsor=US,PE",
  "coSponsor=US,PE&coSponsorMatch=any",
  "coSponsor=US,PE&coSponsorMatch=all",
  "coSponsor=CL,JP&coSponsorMatch=all",
  "coSponsor=AU,NZ,US&coSponsorMatch=all",
  "coSponsor=US&coSponsorMatch=all",
  "coSponsor=PG,BN",
  // proposer with co-sponsors
  "proposer=PE&coSponsor=US,AU&coSponsorMatch=all",
  "proposer=PE&coSponsor=US,AU",
  "proposer=PE,US&coSponsor=CL&coSponsorMatch=all",
  // kind, status, year alone and together
  "kind=INITIATIVE",
  "kind=apec-funded",
  "kind=SELF_FUNDED",
  "kind=INITIATIVE,SELF_FUNDED",
  "status=APPROVED",
  "status=IN_IMPLEMENTATION",
  "status=COMPLETED,CANCELLED",
  "status=PROPOSED",
  "year=2024",
  "year=2023",
  "year=2024,2025",
  "year=1999",
  "kind=APEC_FUNDED&status=APPROVED&year=2024",
  "kind=INITIATIVE&status=IN_IMPLEMENTATION,COMPLETED&year=2023,2024",
  // fora: CTI stands for itself and its sub-fora (SCCP, MAG, SCSC); EC and DESG are outside it
  "forum=CTI",
  "forum=SCCP",
  "forum=MAG",
  "forum=EC",
  "forum=cti,ec",
  "forum=DESG",
  "forum=PPWE",
  "forum=SCCP,MAG",
  // funds
  "fund=SELF_FUNDED",
  "fund=GENERAL_PROJECT_ACCOUNT",
  "fund=TILF_SPECIAL_ACCOUNT",
  "fund=APEC_SUPPORT_FUND",
  "fund=general-project-account,apec-support-fund",
  // milestone windows, with today fixed at 2024-05-01
  "due=overdue",
  "due=30d",
  "due=90d",
  "due=2024-05",
  "due=2024-04",
  "due=2024-06",
  "due=2024-07",
  "due=2023-11",
  "due=2024-02",
  "due=2030-01",
  "due=undated",
  "proposer=PE&due=undated",
  // text: wildcards taken literally, any ASCII case, Chinese, project numbers
  "q=%",
  "q=_",
  "q=100%",
  "q=E_Invoice",
  "q=50_50",
  "q=\\",
  "q='",
  "q=customs",
  "q=CUSTOMS",
  "q=cUsToMs sInGlE",
  "q=single window",
  "q=電子提單",
  "q=海關",
  "q=研討會",
  "q=cti 01",
  "q=Cti 01 2024",
  "q=2025S",
  "q=no such words anywhere",
  "q=%' OR 1=1 --",
  // combinations
  "proposer=PE&due=30d",
  "forum=CTI&q=customs&due=90d",
  "coSponsor=US,PE&coSponsorMatch=all&fund=GENERAL_PROJECT_ACCOUNT,APEC_SUPPORT_FUND",
  "kind=APEC_FUNDED&forum=CTI&status=APPROVED,IN_IMPLEMENTATION&due=overdue",
  "year=2024&q=customs&coSponsor=US",
];

describe("itemTablePage and matchingItemIds match the same rows as the independent filters", () => {
  it.each(FILTER_CASES)("%s", async (query) => {
    const filters = filtersOf(query);
    const expected = expectedIds(filters);
    const page = await itemTablePage({ ...filters, page: 1, size: 200 }, "en", TODAY);
    expect(page.total).toBe(expected.length);
    expect(sorted(page.rows.map((row) => row.id))).toEqual(expected);
    expect(sorted(await matchingItemIds(filters, "en", TODAY))).toEqual(expected);
    if (!filters.q) expect(await db.item.count({ where: prismaWhere(filters) })).toBe(expected.length);
  });

  it("narrows for most cases: the comparison is not between empty sets", () => {
    const sizes = FILTER_CASES.map((query) => expectedIds(filtersOf(query)).length);
    const narrowing = sizes.filter((size) => size > 0 && size < live.length);
    expect(narrowing.length).toBeGreaterThan(FILTER_CASES.length * 0.75);
  });

  it("finds exactly what each edge case was made for", async () => {
    const ids = async (query: string) => (await listItems(filtersOf(query), "en", TODAY)).map((row) => row.titleEn).sort();
    expect(await ids("q=%")).toEqual(["100% Paperless Trade: E_Invoice Pilot"]);
    expect(await ids("q=_")).toEqual(["100% Paperless Trade: E_Invoice Pilot", "Structural Reform 50_50 Study"]);
    expect(await ids("q=\\")).toEqual(["Back\\slash and Quote's Study"]);
    expect(await ids("q=%' OR 1=1 --")).toEqual([]);
    expect(await ids("q=Cti 01 2024")).toEqual(["100% Paperless Trade: E_Invoice Pilot"]);
    expect(await ids("q=customs single window&proposer=US,JP")).toEqual(["APEC CUSTOMS Single Window", "apec customs Single Window"]);
    expect(await ids("q=電子提單")).toEqual(["Enhancing Digitalization in International Trade: The Practicality of Adopting Electronic Bills of Lading"]);
    // The archived item matches these words but is never listed.
    expect(await ids("q=Archived")).toEqual([]);
    expect(await ids("proposer=PE&coSponsor=AU&year=2024&kind=INITIATIVE")).toEqual([]);
    // JP withdrew from the CTI pilot: no longer a co-sponsor there.
    expect(await ids("coSponsor=JP&forum=CTI")).not.toContain("100% Paperless Trade: E_Invoice Pilot");
    expect(await ids("coSponsor=US&forum=CTI")).toContain("100% Paperless Trade: E_Invoice Pilot");
    // CTI's own items, its sub-fora's, but not EC's.
    const cti = await ids("forum=CTI");
    expect(cti).toEqual(
      expect.arrayContaining([
        "100% Paperless Trade: E_Invoice Pilot",
        "tariff classification WORKSHOP",
        "APEC CUSTOMS Single Window",
        "Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators",
      ]),
    );
    expect(cti).not.toContain("Structural Reform 50_50 Study");
    expect(await ids("forum=SCCP")).not.toContain("100% Paperless Trade: E_Invoice Pilot");
  });

  it("draws the milestone windows' edges where they belong", async () => {
    const titles = async (query: string, today = TODAY) => (await listItems(filtersOf(query), "en", today)).map((row) => row.titleEn);
    // Overdue: late ones whatever their day; planned ones due before today, not those due today.
    const overdue = await titles("due=overdue");
    expect(overdue).toEqual(expect.arrayContaining(["100% Paperless Trade: E_Invoice Pilot", "tariff classification WORKSHOP", "APEC CUSTOMS Single Window"]));
    expect(overdue).toContain("Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators");
    expect(await titles("due=overdue", "2024-04-30")).not.toContain("Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators");
    // The next 30 days run from today to today + 30 inclusive (2024-05-31).
    const next30 = await titles("due=30d");
    expect(next30).toEqual(expect.arrayContaining(["100% Paperless Trade: E_Invoice Pilot", "apec customs Single Window"]));
    expect(next30).toContain("APEC Capacity Building Workshop on Self-Certification of Origin under FTAs/RTAs");
    expect(next30).not.toContain("APEC CUSTOMS Single Window"); // late, not planned
    expect(await titles("due=30d", "2024-05-02")).not.toContain("100% Paperless Trade: E_Invoice Pilot");
    // The next 90 days end on 2024-07-30: due that day and the next, the EC study is in the window
    // from 2024-05-01 and 2024-05-02, not from 2024-04-30 (which ends on 2024-07-29).
    expect(await titles("due=90d&forum=EC")).toContain("Structural Reform 50_50 Study");
    expect(await titles("due=90d&forum=EC", "2024-05-02")).toContain("Structural Reform 50_50 Study");
    expect(await titles("due=90d&forum=EC", "2024-04-30")).not.toContain("Structural Reform 50_50 Study");
    // A month counts what was met then, not what was cancelled.
    const may = await titles("due=2024-05&forum=MAG");
    expect(may).toEqual(["tariff classification WORKSHOP"]);
    expect(await titles("due=2024-05&forum=MAG&status=IN_IMPLEMENTATION")).toEqual(["tariff classification WORKSHOP"]);
    // Waiting for a date: an anchor whose meeting has no days yet, whatever today is; the seeded
    // plan's "No date yet" milestones too.
    const undated = await titles("due=undated");
    expect(undated).toContain("Structural Reform 50_50 Study");
    expect(await titles("due=undated", "2030-01-01")).toEqual(undated);
    expect(undated.length).toBeGreaterThan(1);
  });

  it.each(["2024-04-30", "2024-05-31", "2024-07-30", "2023-12-31", "2025-01-01"])("agrees on every window with today = %s", async (today) => {
    for (const due of ["overdue", "30d", "90d"]) {
      const filters = filtersOf(`due=${due}`);
      const expected = expectedIds(filters, today);
      const page = await itemTablePage({ ...filters, page: 1, size: 200 }, "en", today);
      expect(page.total, due).toBe(expected.length);
      expect(sorted(page.rows.map((row) => row.id)), due).toEqual(expected);
      expect(await db.item.count({ where: prismaWhere(filters, today) }), due).toBe(expected.length);
    }
  });

  it("finds text whatever its case, in scripts with case beyond ASCII too", async () => {
    // "Économie Sécurisée Study" mixes É and é. SQLite's LIKE folds ASCII only; trying the text as
    // typed, in lower case and in upper case finds it only when the title's accents share one case.
    const filters = filtersOf("q=économie sécurisée");
    const expected = expectedIds(filters);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(await matchingItemIds(filters, "en", TODAY))).toEqual(expected);
  });

  it("hydrates each row with its current co-sponsors in APEC order and its next open milestone", async () => {
    const page = await itemTablePage({ page: 1, size: 200 }, "en", TODAY);
    expect(page.rows).toHaveLength(live.length);
    for (const row of page.rows) {
      const item = items.find((candidate) => candidate.id === row.id)!;
      const expected = item.coSponsorships
        .filter((c) => c.withdrawnOn === null)
        .map((c) => c.economyCode)
        .sort((a, b) => CODES.indexOf(a) - CODES.indexOf(b));
      expect(
        row.coSponsors.map((economy) => economy.code),
        row.titleEn,
      ).toEqual(expected);
      const open = item.milestones.filter((m) => m.status === "PLANNED" || m.status === "LATE");
      if (open.length === 0) expect(row.nextMilestone).toBeNull();
      else expect(open.map((m) => m.id)).toContain(row.nextMilestone!.id);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Sorting, paging, grouping
// ---------------------------------------------------------------------------------------------

describe("sorting", () => {
  const single = SORT_COLUMNS.flatMap((column) => [false, true].map((desc) => ({ column, desc })));

  it.each(single)("orders by $column (desc: $desc), empty last, ties by year desc, kind, id", async (key) => {
    for (const locale of ["en", "zh-TW"] as const) {
      const ids = await matchingItemIds({ sort: [key] }, locale, TODAY);
      expect(ids.map(titleOf), locale).toEqual(expectedOrder(live, [key], locale).map(titleOf));
      expect(ids, locale).toEqual(expectedOrder(live, [key], locale));
    }
  });

  it("keeps the work plan's own order when not sorted: newest year, then kind, then id", async () => {
    expect(await matchingItemIds({}, "en", TODAY)).toEqual(expectedOrder(live));
    const years = (await listItems({}, "en", TODAY)).map((row) => row.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it("sorts case-insensitively by English title and by the Chinese title (English when none) in Chinese", async () => {
    const english = (await listItems({ sort: [{ column: "title", desc: false }], q: "green customs dialogue" }, "en", TODAY)).map((row) => row.titleEn);
    expect(english.length).toBeGreaterThan(1);
    // "Green…" and "green…" tie and are then ordered like everything else, not by case.
    const keys = english.map((title) => title.toLowerCase());
    expect(keys).toEqual([...keys].sort());
    const chinese = await listItems({ sort: [{ column: "title", desc: false }] }, "zh-TW", TODAY);
    const shown = chinese.map((row) => bytes(row.titleZh ?? row.titleEn));
    for (let i = 1; i < shown.length; i++) expect(Buffer.compare(shown[i - 1]!, shown[i]!)).toBeLessThanOrEqual(0);
  });

  it.each<[string, SortKey[]]>([
    [
      "status, then most co-sponsors",
      [
        { column: "status", desc: false },
        { column: "coSponsors", desc: true },
      ],
    ],
    [
      "proposer desc, then title",
      [
        { column: "proposer", desc: true },
        { column: "title", desc: false },
      ],
    ],
    [
      "fund, next milestone desc, project number",
      [
        { column: "fund", desc: false },
        { column: "nextMilestone", desc: true },
        { column: "projectNumber", desc: false },
      ],
    ],
    [
      "kind desc, year, forum desc, title desc",
      [
        { column: "kind", desc: true },
        { column: "year", desc: false },
        { column: "forum", desc: true },
        { column: "title", desc: true },
      ],
    ],
    [
      "next milestone, co-sponsors",
      [
        { column: "nextMilestone", desc: false },
        { column: "coSponsors", desc: false },
      ],
    ],
  ])("orders by several columns: %s", async (_name, sort) => {
    for (const locale of ["en", "zh-TW"] as const) {
      expect(await matchingItemIds({ sort }, locale, TODAY), locale).toEqual(expectedOrder(live, sort, locale));
    }
    const filtered = filtersOf("forum=CTI&status=APPROVED,IN_IMPLEMENTATION,COMPLETED,PROPOSED");
    expect(await matchingItemIds({ ...filtered, sort }, "en", TODAY)).toEqual(
      expectedOrder(
        live.filter((item) => matches(item, filtered)),
        sort,
      ),
    );
  });

  it("gives listItems the same order as matchingItemIds", async () => {
    const filters = filtersOf("sort=-coSponsors,title&year=2024,2023");
    expect((await listItems(filters, "en", TODAY)).map((row) => row.id)).toEqual(await matchingItemIds(filters, "en", TODAY));
  });
});

describe("paging", () => {
  const collect = async (params: ItemFilters & { group?: GroupColumn }, locale: Locale = "en") => {
    const first = await itemTablePage({ ...params, page: 1, size: 25 }, locale, TODAY);
    const ids = first.rows.map((row) => row.id);
    for (let page = 2; page <= first.pageCount; page++) {
      const next = await itemTablePage({ ...params, page, size: 25 }, locale, TODAY);
      expect(next.total).toBe(first.total);
      expect(next.pageCount).toBe(first.pageCount);
      expect(next.rows.length).toBe(page < first.pageCount ? 25 : first.total - 25 * (first.pageCount - 1));
      ids.push(...next.rows.map((row) => row.id));
    }
    return { ids, first };
  };

  it.each<[string, ItemFilters]>([
    ["the work plan's order", {}],
    ["title", { sort: [{ column: "title", desc: false }] }],
    ["most co-sponsors", { sort: [{ column: "coSponsors", desc: true }] }],
    [
      "next milestone, then proposer desc",
      {
        sort: [
          { column: "nextMilestone", desc: false },
          { column: "proposer", desc: true },
        ],
      },
    ],
    ["kind (with empty kinds)", { sort: [{ column: "kind", desc: true }] }],
  ])("concatenates pages of 25 into the unpaged order: %s", async (_name, filters) => {
    const { ids, first } = await collect(filters);
    expect(first.pageCount).toBe(Math.ceil(live.length / 25));
    expect(first.pageCount).toBeGreaterThanOrEqual(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(await matchingItemIds(filters, "en", TODAY));
    expect(ids).toEqual(expectedOrder(live, filters.sort));
  });

  it("pages grouped rows in group order", async () => {
    const { ids } = await collect({ group: "proposer" }, "zh-TW");
    expect(ids).toEqual(expectedOrder(live, [], "zh-TW", "proposer"));
  });

  it("gives no rows but the right total beyond the last page", async () => {
    const filters = filtersOf("coSponsor=US");
    const total = expectedIds(filters).length;
    const pageCount = Math.ceil(total / 25);
    for (const page of [pageCount + 1, 999_999]) {
      const result = await itemTablePage({ ...filters, page, size: 25 }, "en", TODAY);
      expect(result).toMatchObject({ rows: [], total, page, size: 25, pageCount });
    }
    const none = await itemTablePage({ ...filtersOf("q=no such words anywhere"), page: 1, size: 25 }, "en", TODAY);
    expect(none).toMatchObject({ rows: [], total: 0, pageCount: 1 });
  });
});

describe("grouping", () => {
  const groupValue = (item: Loaded, group: GroupColumn) =>
    group === "proposer" ? item.proposerCode : group === "kind" ? (item.kind ?? "") : group === "status" ? item.status : String(item.year);

  /** GROUP BY written by hand, on the whole live plan. */
  async function groupBySql(group: GroupColumn) {
    const column = { proposer: "proposerCode", kind: "kind", status: "status", year: "year" }[group];
    const rows = await db.$queryRawUnsafe<{ value: string | number | null; n: number | bigint }[]>(
      `SELECT "${column}" AS "value", COUNT(*) AS "n" FROM "Item" WHERE "archivedAt" IS NULL GROUP BY "${column}"`,
    );
    return new Map(rows.map((row) => [row.value === null ? "" : String(row.value), Number(row.n)]));
  }

  /** The groups' values in the order their runs appear; each value must form one run. */
  function runs(values: string[]): string[] {
    const order: string[] = [];
    values.forEach((value, index) => {
      if (index === 0 || values[index - 1] !== value) {
        expect(order, `group ${value} appears in two places`).not.toContain(value);
        order.push(value);
      }
    });
    return order;
  }

  it.each<GroupColumn>(["proposer", "kind", "status", "year"])("by %s: counts as GROUP BY counts them, rows group by group", async (group) => {
    const page = await itemTablePage({ page: 1, size: 200, group }, "en", TODAY);
    expect(page.groups).toEqual(await groupBySql(group));
    const byId = new Map(items.map((item) => [item.id, item]));
    const values = page.rows.map((row) => groupValue(byId.get(row.id)!, group));
    const order = runs(values);
    for (const value of order) expect(values.filter((v) => v === value).length).toBe(page.groups.get(value));
    const expectedGroupOrder = {
      proposer: (a: string, b: string) => CODES.indexOf(a) - CODES.indexOf(b),
      kind: (a: string, b: string) => (a === "" ? 1 : b === "" ? -1 : KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b)),
      status: (a: string, b: string) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b),
      year: (a: string, b: string) => Number(b) - Number(a),
    }[group];
    expect(order).toEqual([...order].sort(expectedGroupOrder));
    expect(page.rows.map((row) => row.id)).toEqual(expectedOrder(live, [], "en", group));
  });

  it("keeps the officer's direction for the grouped column and sorts within groups", async () => {
    const sort: SortKey[] = [
      { column: "title", desc: false },
      { column: "year", desc: false },
    ];
    const page = await itemTablePage({ page: 1, size: 200, group: "year", sort }, "en", TODAY);
    const years = page.rows.map((row) => row.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(page.rows.map((row) => row.id)).toEqual(expectedOrder(live, sort, "en", "year"));
  });

  it("counts filtered groups", async () => {
    const filters = filtersOf("coSponsor=US,PE&forum=CTI");
    const page = await itemTablePage({ ...filters, page: 1, size: 200, group: "status" }, "en", TODAY);
    const expected = new Map<string, number>();
    for (const item of live.filter((candidate) => matches(candidate, filters))) expected.set(item.status, (expected.get(item.status) ?? 0) + 1);
    expect(page.groups).toEqual(expected);
    expect([...page.groups.values()].reduce((sum, n) => sum + n, 0)).toBe(page.total);
  });

  it("has no groups when not grouped", async () => {
    expect((await itemTablePage({ page: 1, size: 25 }, "en", TODAY)).groups.size).toBe(0);
  });
});
