// The work plan filtered by our economy's position, checked against an answer computed another
// way: every item loaded with its position through Prisma and filtered in plain TypeScript. The
// filter lives in the table's one query, so the matrix's totals and the export must agree too.
import { createTranslator } from "next-intl";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportGet } from "@/app/(app)/items/export/route";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import type { PositionStance } from "@/lib/db/generated/enums";
import en from "@/lib/i18n/messages/en.json";
import { describeFilters } from "@/lib/items/describe-filters";
import { filterNames } from "@/lib/items/filter-data";
import { parseListRequest } from "@/lib/items/list-request";
import { economyTotals, matchingItemIds } from "@/lib/items/queries";
import { itemFiltersSchema, matrixSchema, type ItemFilters, type PositionFilterValue } from "@/lib/items/schema";
import { STANCES } from "@/lib/positions/schema";
import { seedDatabase } from "@/prisma/seed/seed";
import { rendered } from "../support/messages";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));

const TODAY = "2024-05-01";
const VALUES: PositionFilterValue[] = [...STANCES, "none"];

beforeAll(async () => {
  await seedDatabase(db);
  const viewer = await db.user.create({
    data: { email: "viewer@positions-filter.test", name: "Viewer", role: "VIEWER", passwordHash: await hashPassword("x-long-password") },
  });
  vi.mocked(readSessionClaims).mockResolvedValue({ userId: viewer.id, sessionVersion: viewer.sessionVersion, sessionId: "test-session", method: "password" });
  // Every stance on a few items, many items with none, and an archived item with a position
  // (archived items never match, whatever their position).
  const items = await db.item.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const stances: (PositionStance | null)[] = ["CONSIDERING", "WILL_COSPONSOR", null, "DECLINED", "NOT_RELEVANT", "CONSIDERING", null, null];
  for (const [index, item] of items.entries()) {
    const stance = stances[index % stances.length];
    if (stance) await db.itemPosition.create({ data: { itemId: item.id, stance, deadline: index % 3 ? "2024-06-30" : null } });
  }
  await db.item.update({ where: { id: items[0]!.id }, data: { archivedAt: new Date("2024-04-01T00:00:00Z") } });
});

/** The answer computed without the table's SQL. */
async function expected(values: PositionFilterValue[], extra: { proposer?: string[]; coSponsor?: string[] } = {}) {
  const items = await db.item.findMany({
    where: { archivedAt: null },
    select: {
      id: true,
      proposerCode: true,
      position: { select: { stance: true } },
      coSponsorships: { where: { withdrawnOn: null }, select: { economyCode: true } },
    },
  });
  return items
    .filter((item) => (item.position ? values.includes(item.position.stance) : values.includes("none")))
    .filter((item) => !extra.proposer || extra.proposer.includes(item.proposerCode))
    .filter((item) => !extra.coSponsor || item.coSponsorships.some((c) => extra.coSponsor!.includes(c.economyCode)))
    .map((item) => item.id)
    .sort((a, b) => a - b);
}

const parse = (query: string) => itemFiltersSchema.parse(Object.fromEntries(new URLSearchParams(query)));
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

/** Every non-empty combination of the five values. */
const SUBSETS = Array.from({ length: 2 ** VALUES.length - 1 }, (_, mask) => VALUES.filter((_, bit) => (mask + 1) & (1 << bit)));

describe("the position filter", () => {
  it("matches exactly the items with one of the chosen stances (or none), for every combination", async () => {
    expect(await db.itemPosition.count()).toBeGreaterThan(5);
    for (const values of SUBSETS) {
      const filters = parse(`position=${values.join(",")}`);
      const want = await expected(values);
      expect(sorted(await matchingItemIds(filters, "en", TODAY)), values.join(",")).toEqual(want);
    }
    // The five together are every live item.
    expect((await expected(VALUES)).length).toBe(await db.item.count({ where: { archivedAt: null } }));
  });

  it("combines with the other filters", async () => {
    const cases: [string, PositionFilterValue[], { proposer?: string[]; coSponsor?: string[] }][] = [
      ["position=considering,none&proposer=PE,US", ["CONSIDERING", "none"], { proposer: ["PE", "US"] }],
      ["position=WILL_COSPONSOR,declined&coSponsor=US", ["WILL_COSPONSOR", "DECLINED"], { coSponsor: ["US"] }],
    ];
    for (const [query, values, extra] of cases) {
      const want = await expected(values, extra);
      expect(sorted(await matchingItemIds(parse(query), "en", TODAY)), query).toEqual(want);
    }
  });

  it("leaves the matrix's totals counting real co-sponsorships of the matching items only", async () => {
    const filters = parse("position=WILL_COSPONSOR,CONSIDERING");
    const ids = await expected(["WILL_COSPONSOR", "CONSIDERING"]);
    const rows = await db.coSponsorship.groupBy({ by: ["economyCode"], where: { itemId: { in: ids }, withdrawnOn: null }, _count: true });
    const want = new Map(rows.map((row) => [row.economyCode, row._count]));
    for (const total of await economyTotals(filters, TODAY)) expect(total.backs, total.code).toBe(want.get(total.code) ?? 0);
  });

  it("is honoured by the export", async () => {
    const response = await exportGet(new Request("http://localhost/items/export?position=none&proposer=PE"));
    expect(response.status).toBe(200);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    const rows = Papa.parse<string[]>(text.slice(1), { newline: "\r\n", skipEmptyLines: true }).data;
    expect(rows.length - 1).toBe((await expected(["none"], { proposer: ["PE"] })).length);
  });

  it("refuses an unknown value by name, in both languages, before any query", async () => {
    const result = await parseListRequest({ position: "maybe" }, itemFiltersSchema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(rendered(result.problems[0]!)).toBe('"maybe" is not a position. Use considering, will-cosponsor, declined, not-relevant or none.');
    expect(rendered(result.problems[0]!, "zh-TW")).toMatch(/「maybe」不是有效的立場/);
    const repeated = await parseListRequest({ position: ["none", "declined"] }, itemFiltersSchema);
    expect(repeated.ok).toBe(false);
  });

  it("says what it shows in words", async () => {
    const t = createTranslator({ locale: "en", messages: en });
    const filters: ItemFilters = parse("position=considering,none");
    expect(describeFilters(filters, await filterNames("en"), t as never, "en")).toEqual(["Our position: considering, none recorded"]);
  });

  it("lets the matrix show positions with positions=1 and nothing else", async () => {
    expect((await parseListRequest({ positions: "1", position: "declined" }, matrixSchema)).ok).toBe(true);
    const wrong = await parseListRequest({ positions: "yes" }, matrixSchema);
    expect(wrong.ok ? null : rendered(wrong.problems[0]!)).toBe('The "positions" parameter takes only 1 (show our economy\'s positions).');
    // The table has no such toggle: the key is unknown there.
    expect((await parseListRequest({ positions: "1" }, itemFiltersSchema)).ok).toBe(false);
  });
});
