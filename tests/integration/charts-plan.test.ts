// The work plan's two charts (status by year, milestones by month) against counts asked of the
// database by hand (charts-plan-sql.ts), on the seeded 2024 plan and a few items added here for
// what it lacks: an item without a kind, a gap year, late, cancelled, undated and far-off
// milestones, an archived item. Then the chart files' route: who may download, what comes back.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/(app)/charts/[file]/route";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { milestonesByMonthChart, statusByYearChart } from "@/lib/charts/plan-charts";
import type { BarChartSpec } from "@/lib/charts/spec";
import { db } from "@/lib/db";
import type { MilestoneStatus } from "@/lib/db/generated/enums";
import { itemFiltersSchema } from "@/lib/items/schema";
import { seedDatabase } from "@/prisma/seed/seed";
import { handMilestonesByMonth, handStatusByYear, handUndated, type Cells } from "./charts-plan-sql";

vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));

const TODAY = "2024-05-01";
const FIRST = "2024-05-01";
const LAST = "2025-04-30";

let viewer: { id: number; sessionVersion: number };

beforeAll(async () => {
  await seedDatabase(db);
  const forum = await db.forum.findFirstOrThrow({ where: { code: "SCCP" } });
  const milestone = (dueEnd: string | null, status: MilestoneStatus, position: number) => ({
    title: `Step ${position}`,
    precision: dueEnd ? ("DAY" as const) : ("UNDATED" as const),
    dueStart: dueEnd,
    dueEnd,
    status,
    position,
  });
  await db.item.create({
    data: {
      kind: null,
      forumId: forum.id,
      year: 2020,
      titleEn: "Charts fixture without a kind",
      proposerCode: "JP",
      status: "APPROVED",
      milestones: {
        create: [
          milestone("2024-03-15", "LATE", 1),
          milestone("2024-04-30", "PLANNED", 2),
          milestone(null, "PLANNED", 3),
          milestone("2024-05-10", "DONE", 4),
          milestone("2024-05-20", "PLANNED", 5),
          milestone("2024-06-01", "CANCELLED", 6),
          milestone("2024-08-31", "LATE", 7),
          milestone("2025-06-30", "PLANNED", 8),
          milestone("2023-12-01", "DONE", 9),
        ],
      },
    },
  });
  await db.item.create({
    data: {
      kind: "INITIATIVE",
      forumId: forum.id,
      year: 2022,
      titleEn: "Charts fixture, archived",
      proposerCode: "PE",
      status: "PROPOSED",
      archivedAt: new Date("2024-01-01T00:00:00Z"),
      milestones: { create: [milestone("2024-03-01", "PLANNED", 1), milestone("2024-07-01", "PLANNED", 2)] },
    },
  });
  const user = await db.user.create({
    data: { email: "viewer@charts.test", name: "Viewer", role: "VIEWER", passwordHash: await hashPassword("x-long-password") },
  });
  viewer = { id: user.id, sessionVersion: user.sessionVersion };
});

function cells(spec: BarChartSpec): Cells {
  const found: Cells = {};
  spec.categories.forEach((category, row) =>
    spec.series.forEach((series, column) => {
      const value = spec.values[row]![column]!;
      expect(Number.isInteger(value) && value >= 0).toBe(true);
      if (value) found[`${category.key}|${series.key}`] = value;
    }),
  );
  return found;
}

const filtersOf = (query: string) => itemFiltersSchema.parse(Object.fromEntries(new URLSearchParams(query)));

const CASES: { query: string; condition: string }[] = [
  { query: "", condition: "1 = 1" },
  { query: "proposer=PE", condition: `i."proposerCode" = 'PE'` },
  { query: "proposer=JP,US", condition: `i."proposerCode" IN ('JP', 'US')` },
  { query: "year=2024", condition: `i."year" = 2024` },
  { query: "kind=initiative,self-funded", condition: `i."kind" IN ('INITIATIVE', 'SELF_FUNDED')` },
  { query: "status=approved", condition: `i."status" = 'APPROVED'` },
  {
    query: "due=overdue",
    condition: `EXISTS (SELECT 1 FROM "Milestone" x WHERE x."itemId" = i."id" AND (x."status" = 'LATE' OR (x."status" = 'PLANNED' AND x."dueEnd" < '${TODAY}')))`,
  },
  { query: "proposer=PE&kind=apec-funded&year=2024", condition: `i."proposerCode" = 'PE' AND i."kind" = 'APEC_FUNDED' AND i."year" = 2024` },
];

describe("items by year, kind and status", () => {
  it.each(CASES)("counts what the table lists for ?$query", async ({ query, condition }) => {
    const spec = await statusByYearChart(filtersOf(query), "en", TODAY);
    const expected = await handStatusByYear(condition);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(cells(spec)).toEqual(expected);
    expect(spec).toMatchObject({ name: "status-by-year", type: "bar", layout: "stacked", orientation: "vertical" });
    expect(spec.series.map((series) => series.key)).toEqual(["PROPOSED", "APPROVED", "IN_IMPLEMENTATION", "COMPLETED", "CANCELLED"]);
  });

  it("lists every year from the first to the last, each with every kind, and the items without one", async () => {
    const spec = await statusByYearChart({}, "en", TODAY);
    const years = [...new Set(spec.categories.map((category) => Number(category.group)))];
    expect(years).toEqual(Array.from({ length: years.at(-1)! - years[0]! + 1 }, (_, index) => years[0]! + index));
    expect(years[0]).toBe(2020);
    // 2021 holds nothing, and is still there: a gap in the plan shows as one.
    expect(spec.categories.filter((category) => category.group === "2021").map((category) => category.label)).toEqual([
      "Initiative",
      "APEC-funded",
      "Self-funded",
      "Kind not stated",
    ]);
    expect(spec.description).toContain(`${spec.values.flat().reduce((a, b) => a + b, 0)} items`);
  });

  it("keeps to the years and kinds a filter names, in the reader's language", async () => {
    const spec = await statusByYearChart(filtersOf("year=2024,2020&kind=initiative"), "zh-TW", TODAY);
    expect(spec.categories.map((category) => [category.group, category.label])).toEqual([
      ["2020", "倡議"],
      ["2024", "倡議"],
    ]);
    expect(spec.series.map((series) => series.label)).toEqual(["提案中", "已通過", "執行中", "已完成", "已取消"]);
    expect(spec.title).toBe("工作計畫：依年度、類型及狀態");
  });

  it("says so when nothing matches", async () => {
    const spec = await statusByYearChart(filtersOf("q=no-such-title-anywhere"), "en", TODAY);
    expect(spec.categories).toEqual([]);
    expect(spec.description).toBe("No item of the work plan matches.");
  });
});

describe("milestones due by month", () => {
  it.each(CASES)("counts met, open and overdue milestones for ?$query", async ({ query, condition }) => {
    const spec = await milestonesByMonthChart(filtersOf(query), "en", TODAY);
    expect(cells(spec)).toEqual(await handMilestonesByMonth(condition, TODAY, FIRST, LAST));
    const undated = await handUndated(condition);
    if (undated) expect(spec.description).toContain(`${undated} milestone${undated === 1 ? "" : "s"} without a date`);
    else expect(spec.description).not.toContain("without a date");
  });

  it("has 'Earlier' and then the twelve months from this one, the late in red", async () => {
    const spec = await milestonesByMonthChart({}, "en", TODAY);
    expect(spec.categories.map((category) => category.key)).toEqual([
      "earlier",
      ...["05", "06", "07", "08", "09", "10", "11", "12"].map((month) => `2024-${month}`),
      ...["01", "02", "03", "04"].map((month) => `2025-${month}`),
    ]);
    expect(spec.categories[0]!.label).toBe("Earlier");
    expect(spec.categories.slice(1, 3).map((category) => [category.group, category.label])).toEqual([
      ["2024", "May"],
      ["2024", "Jun"],
    ]);
    expect(spec.series).toEqual([
      { key: "met", label: "Met", tone: "green" },
      { key: "open", label: "Open", tone: "blue" },
      { key: "overdue", label: "Overdue", tone: "red" },
    ]);
    // The fixture's: two overdue from before May, one met and one open in May, one late in August.
    const found = cells(await milestonesByMonthChart(filtersOf("proposer=JP&year=2020"), "en", TODAY));
    expect(found).toEqual({ "earlier|overdue": 2, "2024-05|met": 1, "2024-05|open": 1, "2024-08|overdue": 1 });
    expect((await milestonesByMonthChart(filtersOf("proposer=JP&year=2020"), "en", TODAY)).description).toBe(
      "5 milestones fall due from May 2024 to April 2025 or are still overdue from before, by month and state. 3 are overdue. 1 milestone without a date (undated, or at a meeting whose days are not yet known) is not shown.",
    );
  });

  it("is written in Traditional Chinese for a zh-TW reader", async () => {
    const spec = await milestonesByMonthChart(filtersOf("proposer=JP&year=2020"), "zh-TW", TODAY);
    expect(spec.categories.slice(0, 2).map((category) => category.label)).toEqual(["更早", "5月"]);
    expect(spec.description).toContain("2024年5月至2025年4月");
  });
});

describe("GET /charts/<name>.<format>", () => {
  const signIn = (user: { id: number; sessionVersion: number } | null) =>
    vi
      .mocked(readSessionClaims)
      .mockResolvedValue(user ? { userId: user.id, sessionVersion: user.sessionVersion, sessionId: "test-session", method: "password" } : null);
  const get = (file: string, query = "") =>
    GET(new Request(`http://localhost/charts/${file}${query ? `?${query}` : ""}`), { params: Promise.resolve({ file }) });

  it("gives a viewer the SVG as an attachment that cannot run", async () => {
    signIn(viewer);
    const response = await get("status-by-year.svg", "proposer=PE");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="sccp-status-by-year-\d{4}-\d{2}-\d{2}\.svg"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    const svg = await response.text();
    expect(svg).toMatch(/^(<\?xml [^>]*>\s*)?<svg[\s>]/);
    expect(svg).toContain("Work plan by year, kind and status");
  });

  it("gives the PNG", async () => {
    signIn(viewer);
    const response = await get("milestones-by-month.png", "year=2024");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="sccp-milestones-by-month-\d{4}-\d{2}-\d{2}\.png"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it("answers 404 for a chart or format it does not have", async () => {
    signIn(viewer);
    for (const file of ["no-such-chart.svg", "status-by-year.gif", "status-by-year", ".svg"]) {
      const response = await get(file);
      expect(response.status, file).toBe(404);
      expect(await response.text()).toBe("There is no such chart: its name, economy or meeting is not known.\n");
    }
  });

  it("answers 400 with the table's own words for a query it cannot read", async () => {
    signIn(viewer);
    const response = await get("status-by-year.svg", "proposer=ZZ&colour=red");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const body = await response.text();
    expect(body).toContain("colour");
    const unknown = await get("milestones-by-month.png", "proposer=ZZ");
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("ZZ");
  });

  it("reads the economy and the meeting a chart is about, and names its file after them", async () => {
    signIn(viewer);
    const activity = await get("economy-activity.svg", "economy=us&year=2024");
    expect(activity.status).toBe(200);
    expect(activity.headers.get("content-disposition")).toMatch(/^attachment; filename="sccp-economy-activity-US-\d{4}-\d{2}-\d{2}\.svg"$/);
    expect((await get("economy-activity.svg", "economy=ZZ")).status).toBe(404);
    const missing = await get("economy-activity.png");
    expect(missing.status).toBe(400);
    expect(await missing.text()).toBe("An economy code is two letters, such as PE for Peru.\n");

    const meeting = await db.meeting.findFirstOrThrow({ where: { items: { some: {} } }, select: { id: true } });
    const status = await get("meeting-status.png", `meeting=${meeting.id}`);
    expect(status.status).toBe(200);
    expect(status.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="sccp-meeting-status-meeting-${meeting.id}-\\d{4}-\\d{2}-\\d{2}\\.png"$`),
    );
    expect((await get("meeting-status.svg", "meeting=2000000000")).status).toBe(404);
    for (const query of ["", "meeting=first", `meeting=${meeting.id}&proposer=PE`]) expect((await get("meeting-status.svg", query)).status, query).toBe(400);
  });

  it("refuses someone signed out", async () => {
    signIn(null);
    const response = await get("status-by-year.svg");
    expect(response.status).toBe(401);
  });
});
