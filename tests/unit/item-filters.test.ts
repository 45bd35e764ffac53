import { describe, expect, it } from "vitest";
import { itemFiltersSchema, itemIdSchema } from "@/lib/items/schema";
import { rendered } from "../support/messages";

describe("the work-plan table's URL filters", () => {
  it("reads a proposing economy code in any case", () => {
    expect(itemFiltersSchema.parse({ proposer: "PE" })).toEqual({ proposer: ["PE"] });
    expect(itemFiltersSchema.parse({ proposer: "pe" })).toEqual({ proposer: ["PE"] });
    expect(itemFiltersSchema.parse({})).toEqual({});
  });

  it.each([
    [{ proposer: "PER" }, /two letters/],
    [{ proposer: "P3" }, /two letters/],
    [{ proposer: "" }, /two letters/],
    [{ proposer: "<script>" }, /two letters/],
    [{ proposer: ["PE", "CL"] }, /once, not 2 times/],
    [{ proposr: "PE" }, /"proposr" is not a filter/],
  ])("refuses %j with a clear message", (params, message) => {
    const result = itemFiltersSchema.safeParse(params);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => rendered(issue.message)).join(" ")).toMatch(message);
  });
});

describe("item numbers in URLs", () => {
  it("accepts positive whole numbers only", () => {
    expect(itemIdSchema.parse("17")).toBe(17);
    for (const bad of ["0", "-1", "1.5", "abc", "1e3", "01", "99999999999", "../1"]) {
      expect(itemIdSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("filter messages in Traditional Chinese", () => {
  it("name the parameter the link got wrong", () => {
    const result = itemFiltersSchema.safeParse({ proposr: "PE" });
    expect(rendered(result.error!.issues[0]!.message, "zh-TW")).toBe("「proposr」不是此表格的篩選條件。");
  });
});
