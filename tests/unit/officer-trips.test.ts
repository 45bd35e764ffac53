// What officers tripped over when they first used the app (issue 11, point 6): the logic behind
// the fixes (the timeline's labels: tests/unit/label-placement.test.ts). The pages themselves are checked in tests/e2e/officer-trips.spec.ts.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { roleAddsToName } from "@/components/header-user";
import { dueMonthYears } from "@/components/items/due-month-choices";
import en from "@/lib/i18n/messages/en.json";

describe("the due-month filter's years", () => {
  it("run from the plan's first year to next year, latest first", () => {
    expect(dueMonthYears([2025, 2024, 2023], "2026-12-03")).toEqual([2027, 2026, 2025, 2024, 2023]);
  });

  it("keep a month a sent link names, even outside the plan's years", () => {
    expect(dueMonthYears([2024], "2024-05-01", "2030-04")).toEqual([2030, 2029, 2028, 2027, 2026, 2025, 2024]);
    expect(dueMonthYears([2024], "2024-05-01", "2019-04").at(-1)).toBe(2019);
  });

  it("go back only a few years in a long plan, so the page stays light", () => {
    expect(dueMonthYears([2026, 2010, 1995], "2026-12-03")).toEqual([2027, 2026, 2025, 2024, 2023]);
  });

  it("stay within the years the filter accepts", () => {
    expect(dueMonthYears([], "2100-06-01")).toEqual([2100]);
    expect(dueMonthYears([1980], "1989-06-01")).toEqual([1990, 1989]);
  });
});

describe("the header's signed-in officer", () => {
  it("shows a role the name does not already say", () => {
    expect(roleAddsToName("Ada Admin", "Administrator")).toBe(true);
    expect(roleAddsToName("Administrator", "管理員")).toBe(true);
  });

  it("shows the role once when the name is the role: the set-up's first administrator", () => {
    expect(roleAddsToName("Administrator", "Administrator")).toBe(false);
    expect(roleAddsToName(" administrator ", "Administrator")).toBe(false);
  });
});

describe("a count in English", () => {
  type Tree = { [key: string]: string | Tree };
  const keys = (tree: Tree, prefix = ""): string[] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
  const t = createTranslator({ locale: "en", messages: en });
  // Arguments that are words, not counts: "sizes" is a list of page sizes ("10, 25 or 50").
  const notCounts = new Set(["v.pageSize"]);

  it('is never a plural noun after 1 ("1 items changed")', () => {
    const wrong: string[] = [];
    for (const key of keys(en as Tree).filter((key) => !notCounts.has(key))) {
      const names = [...new Set([...lookup(key).matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)].map((match) => match[1]!))];
      const text = t(key as never, Object.fromEntries(names.map((name) => [name, 1])) as never);
      if (/\b1 (?:new )?(?:items|milestones|rows|times|events|economies|failures|changes|projects|initiatives)\b/.test(text)) wrong.push(`${key}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  it("says one of a thing and several of them", () => {
    expect(t("import.applied", { created: 1, updated: 1, milestones: 1 })).toBe("Imported: 1 new item, 1 item changed, 1 milestone added or changed.");
    expect(t("import.applied", { created: 0, updated: 2, milestones: 3 })).toBe("Imported: 0 new items, 2 items changed, 3 milestones added or changed.");
    expect(t("import.nothingChanges", { unchanged: 1 })).toBe("The file changes nothing: its one row matches the work plan.");
  });
});

function lookup(key: string): string {
  return key.split(".").reduce<unknown>((tree, part) => (tree as Record<string, unknown>)[part], en) as string;
}
