// The position filter as a link says it (any case, "-" for "_", "none", in any order, each once),
// written back into a link without changing its meaning; and what the item page says beside a
// position: an overdue deadline, and how it sits with our economy's co-sponsorship.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterQuery, isFiltered } from "@/lib/items/filter-query";
import { canonicalQuery } from "@/lib/items/form-query";
import { itemFiltersSchema, type PositionFilterValue } from "@/lib/items/schema";
import { STANCES } from "@/lib/positions/schema";
import { coSponsorshipNote, deadlineState } from "@/lib/positions/status";
import { rendered } from "../support/messages";

const VALUES: PositionFilterValue[] = [...STANCES, "none"];

/** One value as an officer might type it: any case, with "-" or "_". */
const spelling = (value: PositionFilterValue) =>
  fc
    .tuple(fc.array(fc.boolean(), { minLength: value.length, maxLength: value.length }), fc.boolean())
    .map(([upper, dashes]) =>
      [...(dashes ? value.replace(/_/g, "-") : value)].map((char, at) => (upper[at] ? char.toUpperCase() : char.toLowerCase())).join(""),
    );

describe("the position filter in a link", () => {
  it("reads any spelling of any combination as the distinct values, and writes it back unchanged", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 8 })
          .chain((values) => fc.tuple(fc.constant(values), fc.tuple(...values.map(spelling)))),
        ([values, spelled]) => {
          const filters = itemFiltersSchema.parse({ position: spelled.join(",") });
          expect(filters.position).toEqual([...new Set(values)]);
          expect(isFiltered(filters)).toBe(true);
          // Written back, the link reads the same and is already canonical.
          const link = filterQuery(filters);
          expect(itemFiltersSchema.parse(Object.fromEntries(link))).toEqual(filters);
          expect(canonicalQuery(Object.fromEntries(link))).toBeNull();
        },
      ),
    );
  });

  it("refuses anything else, quoting it", () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 20 })
          .filter(
            (text) =>
              !text.includes(",") &&
              text.trim() !== "" &&
              !VALUES.includes(text.trim().toUpperCase().replace(/-/g, "_") as PositionFilterValue) &&
              text.trim().toLowerCase() !== "none",
          ),
        (text) => {
          const result = itemFiltersSchema.safeParse({ position: `considering,${text}` });
          expect(result.success).toBe(false);
          expect(rendered(result.error!.issues[0]!.message)).toBe(
            `"${text.trim()}" is not a position. Use considering, will-cosponsor, declined, not-relevant or none.`,
          );
        },
      ),
    );
  });

  it("folds the boxes a filter form sends into one value", () => {
    expect(canonicalQuery({ position: ["CONSIDERING", "none"] })).toBe("position=CONSIDERING,none");
  });
});

describe("beside a position", () => {
  it("marks a deadline passed only while the office is still considering", () => {
    expect(deadlineState({ stance: "CONSIDERING", deadline: "2024-03-14" }, "2024-03-15")).toBe("overdue");
    expect(deadlineState({ stance: "CONSIDERING", deadline: "2024-03-15" }, "2024-03-15")).toBe("today");
    expect(deadlineState({ stance: "CONSIDERING", deadline: "2024-03-16" }, "2024-03-15")).toBe("ahead");
    expect(deadlineState({ stance: "WILL_COSPONSOR", deadline: "2024-03-14" }, "2024-03-15")).toBeNull();
    expect(deadlineState({ stance: "CONSIDERING", deadline: null }, "2024-03-15")).toBeNull();
  });

  it("says how our co-sponsorship stands, never changing it", () => {
    const backing = { joinedOn: "2024-02-27", withdrawnOn: null };
    expect(coSponsorshipNote("WILL_COSPONSOR", backing)).toEqual({ kind: "backs", since: "2024-02-27" });
    expect(coSponsorshipNote("WILL_COSPONSOR", null)).toEqual({ kind: "notYet" });
    expect(coSponsorshipNote("DECLINED", backing)).toEqual({ kind: "backsDespite", since: "2024-02-27" });
    expect(coSponsorshipNote("NOT_RELEVANT", { joinedOn: null, withdrawnOn: null })).toEqual({ kind: "backsDespite", since: null });
    expect(coSponsorshipNote(null, { joinedOn: "2024-01-02", withdrawnOn: "2024-04-01" })).toEqual({ kind: "withdrew", on: "2024-04-01" });
    expect(coSponsorshipNote("CONSIDERING", null)).toBeNull();
    expect(coSponsorshipNote(null, null)).toBeNull();
  });
});
