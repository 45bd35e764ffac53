import { describe, expect, it } from "vitest";
import { dueState, formatDue, parseDue, toStoredDue } from "@/lib/milestones/due";

describe("a milestone's due date keeps the precision the report gave", () => {
  it("stores a day as a one-day period", () => {
    expect(toStoredDue({ precision: "DAY", date: "2024-02-26" })).toEqual({
      precision: "DAY",
      dueStart: "2024-02-26",
      dueEnd: "2024-02-26",
      anchor: null,
    });
  });

  it("stores a month-only date as the whole month, leap years included", () => {
    expect(toStoredDue({ precision: "MONTH", year: 2024, month: 2 })).toMatchObject({ dueStart: "2024-02-01", dueEnd: "2024-02-29" });
    expect(toStoredDue({ precision: "MONTH", year: 2023, month: 2 })).toMatchObject({ dueEnd: "2023-02-28" });
    expect(toStoredDue({ precision: "MONTH", year: 2024, month: 4 })).toMatchObject({ dueStart: "2024-04-01", dueEnd: "2024-04-30" });
  });

  it("stores quarters and years as their whole span", () => {
    expect(toStoredDue({ precision: "QUARTER", year: 2024, quarter: 4 })).toMatchObject({ dueStart: "2024-10-01", dueEnd: "2024-12-31" });
    expect(toStoredDue({ precision: "YEAR", year: 2024 })).toMatchObject({ dueStart: "2024-01-01", dueEnd: "2024-12-31" });
  });

  it("keeps an anchor without inventing a day, and takes a meeting's days when known", () => {
    expect(toStoredDue({ precision: "ANCHOR", anchor: " SOM3 2024 " })).toEqual({
      precision: "ANCHOR",
      dueStart: null,
      dueEnd: null,
      anchor: "SOM3 2024",
    });
    expect(toStoredDue({ precision: "ANCHOR", anchor: "SCCP1 2024", start: "2024-02-27", end: "2024-02-28" })).toMatchObject({
      dueStart: "2024-02-27",
      dueEnd: "2024-02-28",
    });
  });

  it("refuses impossible dates instead of rolling them over", () => {
    expect(() => toStoredDue({ precision: "DAY", date: "2023-02-29" })).toThrow(/not a calendar day/);
    expect(() => toStoredDue({ precision: "MONTH", year: 2024, month: 13 })).toThrow(/1–12/);
    expect(() => toStoredDue({ precision: "QUARTER", year: 2024, quarter: 5 })).toThrow(/1–4/);
    expect(() => toStoredDue({ precision: "YEAR", year: 24 })).toThrow(/outside/);
    expect(() => toStoredDue({ precision: "ANCHOR", anchor: "  " })).toThrow(/needs its anchor/);
    expect(() => toStoredDue({ precision: "ANCHOR", anchor: "SOM3", start: "2024-08-10", end: "2024-08-01" })).toThrow(/not a valid period/);
  });
});

describe("reading typed due dates", () => {
  it.each([
    ["2024-04-15", { precision: "DAY", date: "2024-04-15" }],
    ["2024-04", { precision: "MONTH", year: 2024, month: 4 }],
    ["2024-Q2", { precision: "QUARTER", year: 2024, quarter: 2 }],
    ["2024q3", { precision: "QUARTER", year: 2024, quarter: 3 }],
    ["2024", { precision: "YEAR", year: 2024 }],
    ["", { precision: "UNDATED" }],
  ])("reads %j", (text, expected) => {
    expect(parseDue(text)).toEqual(expected);
  });

  it.each(["April 2024", "2024/04", "24-04", "2024-Q5", "next year"])("refuses %j with the accepted forms", (text) => {
    expect(() => parseDue(text)).toThrow(/2024-04-15, 2024-04, 2024-Q2 or 2024/);
  });
});

describe("showing a due date", () => {
  it.each([
    [{ precision: "DAY", date: "2024-02-26" }, "26 Feb 2024"],
    [{ precision: "MONTH", year: 2024, month: 4 }, "April 2024"],
    [{ precision: "QUARTER", year: 2024, quarter: 2 }, "Q2 2024"],
    [{ precision: "YEAR", year: 2024 }, "2024"],
    [{ precision: "ANCHOR", anchor: "SOM3 2024" }, "SOM3 2024"],
    [{ precision: "ANCHOR", anchor: "SCCP1 2024", start: "2024-02-27", end: "2024-02-28" }, "SCCP1 2024 (27–28 Feb 2024)"],
    [{ precision: "UNDATED" }, "No date yet"],
  ] as const)("shows %j as %j", (due, text) => {
    expect(formatDue(toStoredDue(due))).toBe(text);
  });
});

describe("where a milestone stands today", () => {
  const april = toStoredDue({ precision: "MONTH", year: 2024, month: 4 });

  it("is not late during its month, only once the month has passed", () => {
    expect(dueState({ status: "PLANNED", dueEnd: april.dueEnd }, "2024-04-30")).toBe("due-soon");
    expect(dueState({ status: "PLANNED", dueEnd: april.dueEnd }, "2024-05-01")).toBe("overdue");
  });

  it("is due soon within 30 days and upcoming after", () => {
    expect(dueState({ status: "PLANNED", dueEnd: "2024-05-31" }, "2024-05-01")).toBe("due-soon");
    expect(dueState({ status: "PLANNED", dueEnd: "2024-06-01" }, "2024-05-01")).toBe("upcoming");
  });

  it("follows the recorded status over the calendar", () => {
    expect(dueState({ status: "DONE", dueEnd: "2020-01-01" }, "2024-05-01")).toBe("done");
    expect(dueState({ status: "CANCELLED", dueEnd: "2020-01-01" }, "2024-05-01")).toBe("cancelled");
    expect(dueState({ status: "LATE", dueEnd: "2030-01-01" }, "2024-05-01")).toBe("overdue");
    expect(dueState({ status: "PLANNED", dueEnd: null }, "2024-05-01")).toBe("undated");
  });
});

describe("due dates in Traditional Chinese", () => {
  it.each([
    [{ precision: "DAY", date: "2024-02-26" }, "2024年2月26日"],
    [{ precision: "MONTH", year: 2024, month: 4 }, "2024年4月"],
    [{ precision: "QUARTER", year: 2024, quarter: 2 }, "2024年第2季"],
    [{ precision: "YEAR", year: 2024 }, "2024年"],
    [{ precision: "ANCHOR", anchor: "SOM3 2024" }, "SOM3 2024"],
    [{ precision: "ANCHOR", anchor: "SCCP1 2024", start: "2024-02-27", end: "2024-02-28" }, "SCCP1 2024 (2024年2月27日至28日)"],
    [{ precision: "UNDATED" }, "尚未訂定日期"],
  ] as const)("shows %j as %j", (due, text) => {
    expect(formatDue(toStoredDue(due), "zh-TW")).toBe(text);
  });
});
