// A meeting's date as honest as its source: a day range, a month, an anchor, or nothing yet,
// read from the form by the precision chosen and never shown as a made-up day.
import { describe, expect, it } from "vitest";
import { formatMeetingDate, hasMeetingDays, meetingPeriodText, toStoredMeetingDate } from "@/lib/meetings/dates";
import { meetingToFormValues } from "@/lib/meetings/form-values";
import { meetingFieldsSchema } from "@/lib/meetings/schema";
import { rendered } from "../support/messages";

const base = { kind: "MEETING", name: "Third SCCP meeting" };

function read(fields: Record<string, string>) {
  const result = meetingFieldsSchema.safeParse({ ...base, ...fields });
  return result.success
    ? { ok: true as const, data: result.data }
    : { ok: false as const, errors: Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), rendered(issue.message)])) };
}

describe("storing a meeting's date", () => {
  it("keeps a day range, and a single day as a one-day range", () => {
    expect(toStoredMeetingDate({ precision: "DAY", start: "2024-08-14", end: "2024-08-15" })).toEqual({
      datePrecision: "DAY",
      startDate: "2024-08-14",
      endDate: "2024-08-15",
      dateAnchor: null,
    });
    expect(toStoredMeetingDate({ precision: "DAY", start: "2024-02-27" })).toMatchObject({ startDate: "2024-02-27", endDate: "2024-02-27" });
  });

  it("stores a month as its first and last day, and an anchor with or without its days", () => {
    expect(toStoredMeetingDate({ precision: "MONTH", year: 2024, month: 8 })).toEqual({
      datePrecision: "MONTH",
      startDate: "2024-08-01",
      endDate: "2024-08-31",
      dateAnchor: null,
    });
    expect(toStoredMeetingDate({ precision: "ANCHOR", anchor: "SOM3 2024" })).toEqual({
      datePrecision: "ANCHOR",
      startDate: null,
      endDate: null,
      dateAnchor: "SOM3 2024",
    });
    expect(toStoredMeetingDate({ precision: "ANCHOR", anchor: "SOM3 2024", start: "2024-08-14", end: "2024-08-15" })).toMatchObject({
      startDate: "2024-08-14",
      endDate: "2024-08-15",
    });
    expect(toStoredMeetingDate({ precision: "UNDATED" })).toEqual({ datePrecision: "UNDATED", startDate: null, endDate: null, dateAnchor: null });
  });

  it("refuses an end before the start, an impossible day and month 13", () => {
    expect(() => toStoredMeetingDate({ precision: "DAY", start: "2024-08-15", end: "2024-08-14" })).toThrow(RangeError);
    expect(() => toStoredMeetingDate({ precision: "DAY", start: "2024-02-30" })).toThrow(RangeError);
    expect(() => toStoredMeetingDate({ precision: "MONTH", year: 2024, month: 13 })).toThrow(RangeError);
  });
});

describe("showing a meeting's date", () => {
  const day = { datePrecision: "DAY", startDate: "2024-02-27", endDate: "2024-02-28", dateAnchor: null } as const;
  const month = { datePrecision: "MONTH", startDate: "2024-08-01", endDate: "2024-08-31", dateAnchor: null } as const;
  const anchor = { datePrecision: "ANCHOR", startDate: null, endDate: null, dateAnchor: "SOM3 2024" } as const;
  const undated = { datePrecision: "UNDATED", startDate: null, endDate: null, dateAnchor: null } as const;

  it("reads each precision in both languages, never with an invented day", () => {
    expect(formatMeetingDate(day)).toBe("27–28 Feb 2024");
    expect(formatMeetingDate(day, "zh-TW")).toBe("2024年2月27日至28日");
    expect(formatMeetingDate(month)).toBe("August 2024");
    expect(formatMeetingDate(month, "zh-TW")).toBe("2024年8月");
    expect(formatMeetingDate(anchor)).toBe("SOM3 2024");
    expect(formatMeetingDate({ ...anchor, startDate: "2024-08-14", endDate: "2024-08-15" })).toBe("SOM3 2024 (14–15 Aug 2024)");
    expect(formatMeetingDate(undated)).toBe("No date yet");
    expect(formatMeetingDate(undated, "zh-TW")).toBe("尚未訂定日期");
  });

  it("puts on a calendar's days only a meeting whose days are known", () => {
    expect(hasMeetingDays(day)).toBe(true);
    expect(hasMeetingDays({ ...anchor, startDate: "2024-08-14", endDate: "2024-08-15" })).toBe(true);
    expect(hasMeetingDays(month)).toBe(false);
    expect(hasMeetingDays(anchor)).toBe(false);
    expect(hasMeetingDays(undated)).toBe(false);
  });

  it("writes the period back as an officer types it", () => {
    expect(meetingPeriodText(month)).toBe("2024-08");
    expect(meetingPeriodText({ datePrecision: "QUARTER", startDate: "2024-07-01", endDate: "2024-09-30", dateAnchor: null })).toBe("2024-Q3");
    expect(meetingPeriodText(day)).toBe("");
  });
});

describe("the meeting form's date fields", () => {
  it("reads only the fields of the chosen precision", () => {
    const read1 = read({ datePrecision: "MONTH", period: "2024-08", startDate: "2024-02-27", dateAnchor: "SOM3" });
    expect(read1).toMatchObject({ ok: true, data: { datePrecision: "MONTH", startDate: "2024-08-01", endDate: "2024-08-31", dateAnchor: null } });
    expect(read({ datePrecision: "UNDATED", startDate: "2024-02-27" })).toMatchObject({ ok: true, data: { startDate: null, endDate: null } });
    expect(read({ datePrecision: "ANCHOR", dateAnchor: " SOM3 2024 " })).toMatchObject({
      ok: true,
      data: { datePrecision: "ANCHOR", startDate: null, endDate: null, dateAnchor: "SOM3 2024" },
    });
  });

  it("takes days alone as exact days, as older forms and the API send them", () => {
    expect(read({ startDate: "2024-08-14", endDate: "2024-08-15" })).toMatchObject({ ok: true, data: { datePrecision: "DAY", startDate: "2024-08-14" } });
    expect(read({ startDate: "2024-08-14" })).toMatchObject({ ok: true, data: { endDate: "2024-08-14" } });
  });

  it("names each problem on its field", () => {
    expect(read({ datePrecision: "DAY", startDate: "2024-08-15", endDate: "2024-08-14" })).toEqual({
      ok: false,
      errors: { endDate: "The last day cannot come before the first." },
    });
    expect(read({ datePrecision: "MONTH", period: "2024-13" })).toEqual({
      ok: false,
      errors: { period: '"2024-13" is not a month: write it as 2024-08 (months 01 to 12).' },
    });
    expect(read({ datePrecision: "MONTH", period: "2024-Q3" })).toMatchObject({ ok: false, errors: { period: expect.stringContaining("not a month") } });
    expect(read({ datePrecision: "QUARTER", period: "2024-Q5" })).toMatchObject({ ok: false, errors: { period: expect.stringContaining("not a quarter") } });
    expect(read({ datePrecision: "ANCHOR", dateAnchor: "  " })).toEqual({
      ok: false,
      errors: { dateAnchor: 'Name the meeting it is held with, e.g. "SOM3 2024".' },
    });
    expect(read({ datePrecision: "ANCHOR", dateAnchor: "SOM3 2024", endDate: "2024-08-15" })).toMatchObject({
      ok: false,
      errors: { startDate: expect.any(String) },
    });
    expect(read({ datePrecision: "DAY" })).toMatchObject({ ok: false, errors: { startDate: expect.stringContaining("First day") } });
    expect(read({ datePrecision: "WEEK", startDate: "2024-08-14" })).toMatchObject({ ok: false, errors: { datePrecision: expect.any(String) } });
  });

  it("needs an external meeting's organiser, and keeps one only for an external meeting", () => {
    expect(read({ startDate: "2024-06-20", external: "on" })).toEqual({
      ok: false,
      errors: { organiser: 'An external meeting needs its organiser, e.g. "World Customs Organization".' },
    });
    expect(read({ startDate: "2024-06-20", external: "on", organiser: "World Customs Organization" })).toMatchObject({
      ok: true,
      data: { external: true, organiser: "World Customs Organization" },
    });
    expect(read({ startDate: "2024-06-20", organiser: "APEC" })).toMatchObject({ ok: true, data: { external: false, organiser: null } });
  });

  it("opens a stored meeting with only its precision's fields filled, and reads it back unchanged", () => {
    const stored = {
      kind: "WORKSHOP",
      name: "A2 workshop",
      nameZh: null,
      shortName: null,
      forum: null,
      datePrecision: "MONTH",
      startDate: "2024-08-01",
      endDate: "2024-08-31",
      dateAnchor: null,
      external: true,
      organiser: "World Customs Organization",
      place: null,
      format: null,
      chair: null,
      attendeeCount: null,
      notes: null,
    } as const;
    const values = meetingToFormValues(stored);
    expect(values).toMatchObject({ datePrecision: "MONTH", period: "2024-08", startDate: "", endDate: "", external: "on" });
    expect(read(values)).toMatchObject({ ok: true, data: { datePrecision: "MONTH", startDate: "2024-08-01", endDate: "2024-08-31", external: true } });
  });
});
