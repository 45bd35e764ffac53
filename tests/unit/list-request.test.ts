// The opening every list of the work plan shares (lib/items/list-request.ts): the query read by the
// view's schema, then codes checked against the database (stubbed here: unit tests have none).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { unknownCodeIn } from "@/lib/items/filter-data";
import { parseListRequest, rawQuery } from "@/lib/items/list-request";
import { calendarSchema, itemFiltersSchema, itemTableSchema, listQuerySchema, matrixSchema, timelineSchema } from "@/lib/items/schema";
import { DEFAULT_PAGE_SIZE } from "@/lib/items/table-options";
import { rendered } from "../support/messages";

vi.mock("@/lib/items/filter-data", () => ({ unknownCodeIn: vi.fn() }));

beforeEach(() => {
  vi.mocked(unknownCodeIn).mockReset();
  vi.mocked(unknownCodeIn).mockImplementation(async (filters) => (filters.proposer?.includes("ZZ") ? msg("a.unknownEconomy", { code: "ZZ" }) : null));
});

const problemsOf = async (result: Awaited<ReturnType<typeof parseListRequest>>) => {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((problem) => rendered(problem));
};

describe("rawQuery: a URL's parameters as a page receives them", () => {
  it("keeps one value as a string and every value of a repeated key, and leaves out the keys read elsewhere", () => {
    const params = new URLSearchParams("proposer=PE&status=approved&status=completed&lang=zh-TW&q=");
    expect(rawQuery(params)).toEqual({ proposer: "PE", status: ["approved", "completed"], lang: "zh-TW", q: "" });
    expect(rawQuery(params, ["lang"])).toEqual({ proposer: "PE", status: ["approved", "completed"], q: "" });
  });
});

describe("parseListRequest", () => {
  it("reads the same request alike from a page's record and from a route's URLSearchParams", async () => {
    const fromPage = await parseListRequest({ proposer: "pe,cl", sort: "-year", page: "2", group: "status" }, itemTableSchema);
    const fromRoute = await parseListRequest(new URLSearchParams("proposer=pe,cl&sort=-year&page=2&group=status"), itemTableSchema);
    const expected = { proposer: ["PE", "CL"], sort: [{ column: "year", desc: true }], page: 2, size: DEFAULT_PAGE_SIZE, group: "status" };
    expect(fromPage).toEqual({ ok: true, data: expected });
    expect(fromRoute).toEqual(fromPage);
    expect(unknownCodeIn).toHaveBeenCalledWith(expected);
  });

  it("refuses a repeated key by name instead of letting one value win", async () => {
    expect(await problemsOf(await parseListRequest(new URLSearchParams("proposer=PE&proposer=CL"), itemFiltersSchema))).toEqual([
      'Give "proposer" once, not 2 times.',
    ]);
  });

  it("gives every problem the schema finds, and asks the database nothing about a request it refused", async () => {
    const problems = await problemsOf(await parseListRequest({ proposer: "Peru", status: "lost", page: "0" }, itemTableSchema));
    expect(problems).toEqual(["An economy code is two letters, such as PE for Peru.", expect.stringContaining("status"), "The page is a whole number from 1."]);
    expect(unknownCodeIn).not.toHaveBeenCalled();
  });

  it("refuses a code the database does not know, with its message", async () => {
    expect(await problemsOf(await parseListRequest({ proposer: "PE,ZZ" }, itemFiltersSchema))).toEqual([rendered(msg("a.unknownEconomy", { code: "ZZ" }))]);
  });

  it("reads each view's own parameters beside the filters, and refuses another view's", async () => {
    expect(await parseListRequest({ month: "2024-04", coSponsor: "jp" }, calendarSchema)).toEqual({ ok: true, data: { month: "2024-04", coSponsor: ["JP"] } });
    expect(await parseListRequest({ when: "2025" }, timelineSchema)).toEqual({ ok: true, data: { when: 2025, zoom: "month" } });
    expect(await parseListRequest({ when: "2025", zoom: "quarter" }, timelineSchema)).toEqual({ ok: true, data: { when: 2025, zoom: "quarter" } });
    expect(await problemsOf(await parseListRequest({ zoom: "week" }, timelineSchema))).toEqual([rendered(msg("timeline.badZoom"))]);
    expect(await problemsOf(await parseListRequest({ month: "2024-13" }, calendarSchema))).toEqual([rendered(msg("v.calendarMonth"))]);
    expect(await problemsOf(await parseListRequest({ when: "1900" }, timelineSchema))).toEqual([rendered(msg("v.filterYear"))]);
    expect(await problemsOf(await parseListRequest({ when: "2025" }, calendarSchema))).toEqual([rendered(msg("v.unknownFilter", { name: "when" }))]);
    // The matrix pages like the table but has no groups.
    expect(await problemsOf(await parseListRequest({ group: "status" }, matrixSchema))).toEqual([rendered(msg("v.unknownFilter", { name: "group" }))]);
    expect(await parseListRequest({ page: "3" }, matrixSchema)).toEqual({ ok: true, data: { page: 3, size: DEFAULT_PAGE_SIZE } });
  });

  it("takes a route's own settings through listQuerySchema", async () => {
    const schema = listQuerySchema({ format: z.enum(["csv", "xlsx"]).default("csv") });
    expect(await parseListRequest(new URLSearchParams("format=xlsx&kind=initiative"), schema)).toEqual({
      ok: true,
      data: { format: "xlsx", kind: ["INITIATIVE"] },
    });
    expect(await parseListRequest(new URLSearchParams(""), schema)).toEqual({ ok: true, data: { format: "csv" } });
    expect(await problemsOf(await parseListRequest(new URLSearchParams("format=csv&format=xlsx"), schema))).toEqual(['Give "format" once, not 2 times.']);
  });
});
