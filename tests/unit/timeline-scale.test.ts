// The timeline's scale: which years each zoom shows, where a day or a month-only milestone sits on
// it, and where today's line goes. The page itself is checked in tests/e2e/timeline.spec.ts.
import { describe, expect, it } from "vitest";
import { defaultFirstYear, neighbours, periodOf, placeDay, placeSpan } from "@/components/timeline/scale";

describe("a timeline's period", () => {
  it("is one year by months, three by quarters, ten by years, starting at the year asked for", () => {
    const month = periodOf("month", 2024);
    expect([month.start, month.end, month.columns.length]).toEqual(["2024-01-01", "2024-12-31", 12]);
    expect(month.columns[1]).toEqual({ year: 2024, part: 2, start: "2024-02-01", end: "2024-02-29" });

    const quarter = periodOf("quarter", 2024);
    expect([quarter.start, quarter.end, quarter.columns.length]).toEqual(["2024-01-01", "2026-12-31", 12]);
    expect(quarter.columns[4]).toEqual({ year: 2025, part: 1, start: "2025-01-01", end: "2025-03-31" });
    expect(quarter.columns.at(-1)).toEqual({ year: 2026, part: 4, start: "2026-10-01", end: "2026-12-31" });

    const year = periodOf("year", 2020);
    expect([year.start, year.end, year.columns.length]).toEqual(["2020-01-01", "2029-12-31", 10]);
    expect(year.columns[9]).toEqual({ year: 2029, part: 1, start: "2029-01-01", end: "2029-12-31" });
  });

  it("keeps this year in sight when the link names none", () => {
    expect(defaultFirstYear("month", "2026-12-04")).toBe(2026);
    expect(defaultFirstYear("quarter", "2026-12-04")).toBe(2025);
    expect(defaultFirstYear("year", "2026-12-04")).toBe(2022);
    expect(defaultFirstYear("year", "1990-06-01")).toBe(1989);
  });

  it("steps a whole view at a time, and never past the years a link may name", () => {
    expect(neighbours(periodOf("month", 2024))).toEqual({ previous: 2023, next: 2025 });
    expect(neighbours(periodOf("quarter", 2024))).toEqual({ previous: 2021, next: 2027 });
    expect(neighbours(periodOf("year", 1991))).toEqual({ previous: 1989, next: 2001 });
    expect(neighbours(periodOf("month", 1989))).toEqual({ previous: null, next: 1990 });
    expect(neighbours(periodOf("month", 2100)).next).toBeNull();
    expect(neighbours(periodOf("year", 2091)).next).toBeNull();
  });
});

describe("a place on the scale", () => {
  const year2024 = periodOf("month", 2024);

  it("spans a month-only milestone over exactly its month", () => {
    // 2024 is a leap year: 366 days, April its days 91-120.
    const april = placeSpan(year2024, "2024-04-01", "2024-04-30")!;
    expect(april.from).toBeCloseTo(91 / 366);
    expect(april.to).toBeCloseTo(121 / 366);
    expect([april.openBefore, april.openAfter]).toEqual([false, false]);
    // At quarter zoom the same month is a third of one of twelve columns.
    const atQuarters = placeSpan(periodOf("quarter", 2024), "2024-04-01", "2024-04-30")!;
    expect((atQuarters.to - atQuarters.from) * 12).toBeCloseTo((30 / 1096) * 12);
  });

  it("cuts a span at the period's edges and says it runs on", () => {
    expect(placeSpan(year2024, "2023-11-01", "2024-02-15")).toMatchObject({ from: 0, openBefore: true, openAfter: false });
    expect(placeSpan(year2024, "2024-12-01", "2025-03-31")).toMatchObject({ to: 1, openBefore: false, openAfter: true });
    expect(placeSpan(year2024, "2025-01-01", "2025-01-31")).toBeNull();
    expect(placeSpan(year2024, "2023-01-01", "2023-12-31")).toBeNull();
  });

  it("puts a day, and today's line, in the middle of its day, and nowhere outside the period", () => {
    expect(placeDay(year2024, "2024-01-01")).toBeCloseTo(0.5 / 366);
    expect(placeDay(year2024, "2024-07-01")).toBeCloseTo(182.5 / 366);
    expect(placeDay(year2024, "2024-12-31")).toBeCloseTo(365.5 / 366);
    expect(placeDay(year2024, "2025-01-01")).toBeNull();
    expect(placeDay(periodOf("year", 2020), "2026-12-04")).toBeCloseTo((2529 + 0.5) / 3653);
  });
});
