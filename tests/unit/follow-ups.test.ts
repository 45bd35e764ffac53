// An action is late exactly when a planned milestone with the same period would be: the one rule
// (lib/milestones/due.ts dueState) read through the actions' own statuses. Its date takes a day,
// a month or nothing, never a quarter or a year.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDay, lastDayOfMonth } from "@/lib/dates";
import { followUpDueState, followUpDueText, parseFollowUpDue } from "@/lib/follow-ups/due";
import { followUpFieldsSchema } from "@/lib/follow-ups/schema";
import { dueState, formatDue, toStoredDue } from "@/lib/milestones/due";
import { rendered } from "../support/messages";

const day = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const due = fc.oneof(
  day.map((date) => toStoredDue({ precision: "DAY", date })),
  fc
    .record({ year: fc.integer({ min: 2020, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => toStoredDue({ precision: "MONTH", year, month })),
  fc.constant(toStoredDue({ precision: "UNDATED" })),
);

describe("an action's due date", () => {
  it("is overdue exactly when an open milestone with the same period is, and the same for due soon and the rest", () => {
    fc.assert(
      fc.property(due, day, fc.constantFrom("OPEN", "DONE", "DROPPED" as const), (stored, today, status) => {
        const milestoneStatus = status === "OPEN" ? "PLANNED" : status === "DONE" ? "DONE" : "CANCELLED";
        expect(followUpDueState({ status, dueEnd: stored.dueEnd }, today)).toBe(dueState({ status: milestoneStatus, dueEnd: stored.dueEnd }, today));
      }),
    );
  });

  it("of a month is late only once the whole month has passed", () => {
    const october = toStoredDue({ precision: "MONTH", year: 2024, month: 10 });
    expect(followUpDueState({ status: "OPEN", dueEnd: october.dueEnd }, "2024-10-31")).toBe("due-soon");
    expect(followUpDueState({ status: "OPEN", dueEnd: october.dueEnd }, "2024-11-01")).toBe("overdue");
    expect(followUpDueState({ status: "DONE", dueEnd: october.dueEnd }, "2025-01-01")).toBe("done");
    expect(formatDue(october)).toBe("October 2024");
    expect(formatDue(october, "zh-TW")).toBe("2024年10月");
  });

  it("reads a day, a month or nothing, and gives back what was typed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, dayOfMonth) => {
        const text = isoDay(year, month, Math.min(dayOfMonth, lastDayOfMonth(year, month)));
        const parsed = parseFollowUpDue(text);
        expect(parsed.ok && followUpDueText(parsed.due)).toBe(text);
        const monthText = text.slice(0, 7);
        const monthly = parseFollowUpDue(monthText);
        expect(monthly.ok && followUpDueText(monthly.due)).toBe(monthText);
      }),
    );
    expect(parseFollowUpDue("  ")).toEqual({ ok: true, due: { precision: "UNDATED", dueStart: null, dueEnd: null, anchor: null } });
  });

  it("refuses a quarter or a year with a reason, and what is not a date as unreadable", () => {
    expect(parseFollowUpDue("2024-Q4")).toEqual({ ok: false, problem: "precision" });
    expect(parseFollowUpDue("2024")).toEqual({ ok: false, problem: "precision" });
    for (const text of ["2024-13", "2024-02-30", "next week", "15/10/2024"]) expect(parseFollowUpDue(text), text).toEqual({ ok: false, problem: "unreadable" });
    const quarter = followUpFieldsSchema.safeParse({ description: "Answer the survey", ownerId: "1", due: "2024-Q4" });
    expect(quarter.success).toBe(false);
    expect(rendered(quarter.error!.issues[0]!.message)).toMatch(/is a quarter or a year: an action is due on a day .* or in a month/);
    expect(rendered(quarter.error!.issues[0]!.message, "zh-TW")).toMatch(/是季或年/);
    const garbled = followUpFieldsSchema.safeParse({ description: "Answer the survey", ownerId: "1", due: "soon" });
    expect(rendered(garbled.error!.issues[0]!.message)).toBe(
      "“soon” is not a due date: give a day such as 2024-10-15, a month such as 2024-10, or leave it empty.",
    );
  });

  it("keeps the fields a form sends, as the write layer stores them", () => {
    expect(followUpFieldsSchema.parse({ description: "  Brief the minister  ", ownerId: "7", due: "2024-10" })).toEqual({
      description: "Brief the minister",
      ownerId: 7,
      precision: "MONTH",
      dueStart: "2024-10-01",
      dueEnd: "2024-10-31",
    });
    expect(followUpFieldsSchema.safeParse({ description: "x", ownerId: "7" }).success).toBe(false);
    expect(followUpFieldsSchema.safeParse({ description: "Brief", ownerId: "" }).success).toBe(false);
  });
});
