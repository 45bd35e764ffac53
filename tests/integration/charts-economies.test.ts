// The economies' and the meeting's charts counted against SQL written here by hand, on the seeded
// 2024 work plan (its facts by eye from the source report) joined by a withdrawn co-sponsorship, an
// archived item and an item of another year, with and without the work plan's filters.
import { beforeAll, describe, expect, it } from "vitest";
import { backingChart, coSponsorshipsChart, economyActivityChart } from "@/lib/charts/economy-charts";
import { meetingStatusChart } from "@/lib/charts/meeting-charts";
import type { BarChartSpec } from "@/lib/charts/spec";
import { db } from "@/lib/db";
import { itemFiltersSchema, type ItemFilters } from "@/lib/items/schema";
import { getMeetingBrief } from "@/lib/meetings/brief";
import { seedDatabase } from "@/prisma/seed/seed";

const TODAY = "2024-06-01";

let apecOrder: string[];
let sccp1Id: number;

beforeAll(async () => {
  await seedDatabase(db);
  const sccp = await db.forum.findUniqueOrThrow({ where: { code: "SCCP" } });
  const a2 = await db.item.findUniqueOrThrow({ where: { seedKey: "sccp-2024-A2" } });
  // Japan backed Peru's green-customs workshop once and withdrew: no longer counted anywhere.
  await db.coSponsorship.create({ data: { itemId: a2.id, economyCode: "JP", joinedOn: "2024-03-01", withdrawnOn: "2024-04-01" } });
  // An archived item is out of the work plan, its co-sponsorships and its meeting report with it.
  const archived = await db.item.create({
    data: {
      kind: "SELF_FUNDED",
      forumId: sccp.id,
      year: 2024,
      titleEn: "Archived Korean project",
      proposerCode: "KR",
      status: "APPROVED",
      archivedAt: new Date("2024-05-01T00:00:00Z"),
      coSponsorships: { create: [{ economyCode: "US" }, { economyCode: "PE" }] },
    },
  });
  const sccp1 = await db.meeting.findUniqueOrThrow({ where: { seedKey: "sccp-2024-sccp1" } });
  sccp1Id = sccp1.id;
  await db.meetingItem.create({ data: { meetingId: sccp1Id, itemId: archived.id } });
  // A year the source does not cover, where Mexico backs a Japanese item.
  await db.item.create({
    data: {
      kind: "APEC_FUNDED",
      forumId: sccp.id,
      year: 2022,
      titleEn: "Earlier Japanese project",
      proposerCode: "JP",
      status: "COMPLETED",
      coSponsorships: { create: [{ economyCode: "MX" }, { economyCode: "TH", withdrawnOn: "2022-09-01" }] },
    },
  });
  apecOrder = (await db.economy.findMany({ orderBy: { apecOrder: "asc" }, select: { code: true } })).map((economy) => economy.code);
});

const filters = (query: Record<string, string>): ItemFilters => itemFiltersSchema.parse(query);

/** The filters the hand-written SQL below understands, with their SQL. */
const CASES: { query: Record<string, string>; where: string }[] = [
  { query: {}, where: "" },
  { query: { year: "2024" }, where: `AND i."year" = 2024` },
  { query: { kind: "APEC_FUNDED" }, where: `AND i."kind" = 'APEC_FUNDED'` },
  { query: { proposer: "PE" }, where: `AND i."proposerCode" = 'PE'` },
  {
    query: { coSponsor: "US" },
    where: `AND EXISTS (SELECT 1 FROM "CoSponsorship" x WHERE x."itemId" = i."id" AND x."economyCode" = 'US' AND x."withdrawnOn" IS NULL)`,
  },
];

async function handPairs(where: string) {
  const rows = await db.$queryRawUnsafe<{ backer: string; proposer: string; n: number | bigint }[]>(
    `SELECT c."economyCode" AS "backer", i."proposerCode" AS "proposer", COUNT(*) AS "n"
     FROM "CoSponsorship" c JOIN "Item" i ON i."id" = c."itemId"
     WHERE c."withdrawnOn" IS NULL AND i."archivedAt" IS NULL ${where}
     GROUP BY c."economyCode", i."proposerCode"`,
  );
  return new Map(rows.map((row) => [`${row.backer}>${row.proposer}`, Number(row.n)]));
}

function byCategory(spec: BarChartSpec) {
  return new Map(spec.categories.map((category, index) => [category.key, spec.values[index]!]));
}

describe("co-sponsorships given and received", () => {
  it("counts each economy's current co-sponsorships as the hand-written SQL does, under each filter", async () => {
    for (const { query, where } of CASES) {
      const spec = await coSponsorshipsChart(filters(query), "en", TODAY);
      const pairs = await handPairs(where);
      const given = (code: string) => [...pairs].filter(([key]) => key.startsWith(`${code}>`)).reduce((sum, [, n]) => sum + n, 0);
      const received = (code: string) => [...pairs].filter(([key]) => key.endsWith(`>${code}`)).reduce((sum, [, n]) => sum + n, 0);
      expect(
        spec.categories.map((category) => category.key),
        JSON.stringify(query),
      ).toEqual(apecOrder);
      expect(spec.values, JSON.stringify(query)).toEqual(apecOrder.map((code) => [given(code), received(code)]));
    }
  });

  it("reads as the source report says for 2024", async () => {
    const spec = await coSponsorshipsChart(filters({ year: "2024" }), "en", TODAY);
    const values = byCategory(spec);
    expect(spec).toMatchObject({ name: "co-sponsorships", type: "bar", layout: "grouped", orientation: "horizontal" });
    expect(spec.series.map((series) => series.key)).toEqual(["given", "received"]);
    expect(apecOrder).toHaveLength(21);
    // The United States backs A1, A2, A3, A4 and S3, and Japan, Viet Nam and the Philippines back
    // its S1; Peru's five projects draw 5 + 4 + 5 + 1 + 4.
    expect(values.get("US")).toEqual([5, 3]);
    expect(values.get("PE")).toEqual([0, 19]);
    // Japan backs S1 only (its A2 backing was withdrawn); Korea's archived project draws nothing.
    expect(values.get("JP")).toEqual([1, 5]);
    expect(values.get("KR")).toEqual([1, 0]);
    expect(values.get("RU")).toEqual([0, 0]);
    expect(spec.description).toContain("10 items");
    expect(spec.description).toContain("Most given: United States (5); most received: Peru (19).");
  });

  it("speaks Traditional Chinese and says when nothing is co-sponsored", async () => {
    const zh = await coSponsorshipsChart(filters({ year: "2024" }), "zh-TW", TODAY);
    expect(zh.title).toBe("各經濟體給予及獲得的連署");
    expect(zh.categories.find((category) => category.key === "PE")?.label).toBe("秘魯");
    const none = await coSponsorshipsChart(filters({ kind: "INITIATIVE" }), "en", TODAY);
    expect(none.values.flat().every((n) => n === 0)).toBe(true);
    expect(none.description).toBe("No current co-sponsorships among the 3 items listed.");
  });
});

describe("who backs whose items", () => {
  it("fills every cell as the hand-written SQL does, both axes in APEC's order", async () => {
    for (const { query, where } of CASES) {
      const spec = await backingChart(filters(query), "en", TODAY);
      const pairs = await handPairs(where);
      expect(spec.rows.map((row) => row.key)).toEqual(apecOrder);
      expect(spec.columns.map((column) => column.key)).toEqual(apecOrder);
      expect(spec.values, JSON.stringify(query)).toEqual(apecOrder.map((backer) => apecOrder.map((proposer) => pairs.get(`${backer}>${proposer}`) ?? 0)));
    }
  });

  it("shows who backs whom in 2024 as the source report does", async () => {
    const spec = await backingChart(filters({ year: "2024" }), "en", TODAY);
    const cell = (backer: string, proposer: string) => spec.values[apecOrder.indexOf(backer)]![apecOrder.indexOf(proposer)];
    expect(spec).toMatchObject({ name: "backing", type: "heat-map" });
    // Peru's projects: A2, A4, S2 and S3 have Chile; A2, A3, A4 and S3 the United States.
    expect(cell("CL", "PE")).toBe(4);
    expect(cell("US", "PE")).toBe(4);
    expect(cell("AU", "PE")).toBe(3);
    expect(cell("AU", "JP")).toBe(1);
    expect(cell("VN", "US")).toBe(1);
    expect(cell("PH", "US")).toBe(1);
    expect(cell("JP", "PE")).toBe(0);
    expect(cell("US", "KR")).toBe(0);
    expect(cell("PE", "PE")).toBe(0);
    expect(spec.description).toContain("Most often: Chile backing Peru, United States backing Peru (4 items).");
  });

  it("counts the other year's item only when the filters let it in", async () => {
    const mexico = (spec: { values: number[][] }) => spec.values[apecOrder.indexOf("MX")]![apecOrder.indexOf("JP")];
    expect(mexico(await backingChart(filters({}), "en", TODAY))).toBe(1);
    expect(mexico(await backingChart(filters({ year: "2024" }), "en", TODAY))).toBe(0);
    // Thailand's backing was withdrawn.
    expect((await backingChart(filters({}), "en", TODAY)).values[apecOrder.indexOf("TH")]!.every((n) => n === 0)).toBe(true);
  });
});

describe("an economy's activity by year", () => {
  async function handActivity(code: string, where: string) {
    const rows = await db.$queryRawUnsafe<{ year: number | bigint; proposed: number | bigint; backed: number | bigint }[]>(
      `SELECT y."year" AS "year",
         (SELECT COUNT(*) FROM "Item" i WHERE i."year" = y."year" AND i."proposerCode" = '${code}' AND i."archivedAt" IS NULL ${where}) AS "proposed",
         (SELECT COUNT(*) FROM "CoSponsorship" c JOIN "Item" i ON i."id" = c."itemId"
          WHERE i."year" = y."year" AND c."economyCode" = '${code}' AND c."withdrawnOn" IS NULL AND i."archivedAt" IS NULL ${where}) AS "backed"
       FROM (SELECT DISTINCT i."year" AS "year" FROM "Item" i WHERE i."archivedAt" IS NULL ${where}) y ORDER BY y."year"`,
    );
    return rows.map((row) => [String(row.year), Number(row.proposed), Number(row.backed)]);
  }

  it("counts what it proposed and backs per year of the filtered plan, as the hand-written SQL does", async () => {
    for (const code of ["PE", "US", "JP", "MX", "KR", "RU"]) {
      for (const { query, where } of CASES) {
        const spec = (await economyActivityChart(code, filters(query), "en", TODAY))!;
        const expected = await handActivity(code, where);
        expect(
          spec.categories.map((category, index) => [category.key, ...spec.values[index]!]),
          `${code} ${JSON.stringify(query)}`,
        ).toEqual(expected);
      }
    }
  });

  it("lists every year of the filtered plan, reads as the source says, and knows no made-up economy", async () => {
    const us = (await economyActivityChart("US", filters({}), "en", TODAY))!;
    expect(us).toMatchObject({ name: "economy-activity", type: "bar", layout: "grouped", orientation: "vertical", title: "United States: activity by year" });
    const years = us.categories.map((category) => category.key);
    expect(years).toContain("2022");
    expect(us.values[years.indexOf("2022")]).toEqual([0, 0]);
    // 2024: S1 proposed; A1, A2, A3, A4, S3 backed (the archived Korean project is not).
    expect(us.values[years.indexOf("2024")]).toEqual([1, 5]);
    expect((await economyActivityChart("JP", filters({ year: "2024" }), "zh-TW", TODAY))?.title).toBe("日本：各年度參與情形");
    expect(await economyActivityChart("XX", filters({}), "en", TODAY)).toBeNull();
  });
});

describe("the meeting's items by status", () => {
  it("counts the items reported at the meeting by status and kind, as the hand-written SQL and the brief do", async () => {
    const spec = (await meetingStatusChart(sccp1Id, "en"))!;
    const rows = await db.$queryRawUnsafe<{ status: string; kind: string | null; n: number | bigint }[]>(
      `SELECT i."status" AS "status", i."kind" AS "kind", COUNT(*) AS "n" FROM "MeetingItem" mi JOIN "Item" i ON i."id" = mi."itemId"
       WHERE mi."meetingId" = ${sccp1Id} AND i."archivedAt" IS NULL GROUP BY i."status", i."kind"`,
    );
    expect(spec).toMatchObject({ name: "meeting-status", type: "bar", layout: "stacked", orientation: "horizontal" });
    expect(spec.categories.map((category) => category.key)).toEqual(["PROPOSED", "APPROVED", "IN_IMPLEMENTATION", "COMPLETED", "CANCELLED"]);
    const cell = (status: string, kind: string) =>
      spec.values[spec.categories.findIndex((c) => c.key === status)]![spec.series.findIndex((s) => s.key === kind)];
    for (const row of rows) expect(cell(row.status, row.kind ?? "none"), `${row.status} ${row.kind}`).toBe(Number(row.n));
    const total = spec.values.flat().reduce((sum, n) => sum + n, 0);
    expect(total).toBe(rows.reduce((sum, row) => sum + Number(row.n), 0));
    expect(total).toBe((await getMeetingBrief(sccp1Id))!.items.length);
    expect(spec.series.every((series) => spec.values.some((row) => row[spec.series.indexOf(series)]! > 0))).toBe(true);
    // SCCP1 heard the 2024 plan and the earlier work: six approved, six under way, five done.
    expect(spec.description).toBe("17 items reported at the meeting, by status and kind. The largest groups are Approved, In implementation, with 6 each.");
  });

  it("draws an empty meeting's axis, speaks Chinese and knows no made-up meeting", async () => {
    const empty = await db.meeting.create({ data: { name: "Nothing to report", shortName: "EMPTY 2024" } });
    const spec = (await meetingStatusChart(empty.id, "zh-TW"))!;
    expect(spec.values.flat()).toEqual([0, 0, 0, 0, 0]);
    expect(spec.categories.map((category) => category.label)).toEqual(["提案中", "已通過", "執行中", "已完成", "已取消"]);
    expect(spec.description).toBe("本會議沒有記錄報告的項目。");
    expect(await meetingStatusChart(999_999, "en")).toBeNull();
  });
});
