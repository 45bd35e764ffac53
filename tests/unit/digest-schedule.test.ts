// A digest goes at 08:00 office time, every day or on the officer's weekday, however the office's
// clocks change for daylight saving; the moment due is always the latest one at or before now.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayInZone } from "@/lib/dates";
import { digestIsDue, isoWeekday, latestDigestSlot, previousDigestSlot, zonedHour, type DigestSchedule } from "@/lib/digests/schedule";

const daily: DigestSchedule = { frequency: "DAILY", weekday: 1 };
const weekly = (weekday: number): DigestSchedule => ({ frequency: "WEEKLY", weekday });
const at = (iso: string) => new Date(iso);

/** The wall clock of an instant in a zone, as "YYYY-MM-DD HH:MM". */
function wallClock(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

describe("the digest moment", () => {
  it("is today's 08:00 once it has passed, else yesterday's", () => {
    expect(latestDigestSlot(daily, at("2024-03-18T08:00:00Z"), "UTC")).toEqual(at("2024-03-18T08:00:00Z"));
    expect(latestDigestSlot(daily, at("2024-03-18T07:59:59.999Z"), "UTC")).toEqual(at("2024-03-17T08:00:00Z"));
    expect(latestDigestSlot(daily, at("2024-03-18T23:00:00Z"), "UTC")).toEqual(at("2024-03-18T08:00:00Z"));
  });

  it("is 08:00 in the office's zone: Taipei's is midnight UTC, on Taipei's day", () => {
    // 23:30 UTC on Sunday the 17th is 07:30 on Monday the 18th in Taipei: Monday's 08:00 is still ahead.
    expect(latestDigestSlot(weekly(1), at("2024-03-17T23:30:00Z"), "Asia/Taipei")).toEqual(at("2024-03-11T00:00:00Z"));
    expect(latestDigestSlot(weekly(1), at("2024-03-18T00:00:00Z"), "Asia/Taipei")).toEqual(at("2024-03-18T00:00:00Z"));
    expect(latestDigestSlot(daily, at("2024-03-17T23:30:00Z"), "Asia/Taipei")).toEqual(at("2024-03-17T00:00:00Z"));
  });

  it("keeps 08:00 across Berlin's daylight-saving changes", () => {
    // Clocks go forward on Sunday 31 March 2024: 08:00 is 07:00 UTC the day before, 06:00 UTC that day.
    expect(latestDigestSlot(daily, at("2024-03-31T05:59:00Z"), "Europe/Berlin")).toEqual(at("2024-03-30T07:00:00Z"));
    expect(latestDigestSlot(daily, at("2024-03-31T06:00:00Z"), "Europe/Berlin")).toEqual(at("2024-03-31T06:00:00Z"));
    // And back on Sunday 27 October 2024.
    expect(latestDigestSlot(weekly(7), at("2024-10-27T06:30:00Z"), "Europe/Berlin")).toEqual(at("2024-10-20T06:00:00Z"));
    expect(latestDigestSlot(weekly(7), at("2024-10-27T07:00:00Z"), "Europe/Berlin")).toEqual(at("2024-10-27T07:00:00Z"));
  });

  it("comes weekly on the chosen weekday, Monday when the choice is not a weekday, and never when off", () => {
    // Wednesday 20 March 2024.
    expect(latestDigestSlot(weekly(3), at("2024-03-20T12:00:00Z"), "UTC")).toEqual(at("2024-03-20T08:00:00Z"));
    expect(latestDigestSlot(weekly(5), at("2024-03-20T12:00:00Z"), "UTC")).toEqual(at("2024-03-15T08:00:00Z"));
    expect(latestDigestSlot(weekly(0), at("2024-03-20T12:00:00Z"), "UTC")).toEqual(at("2024-03-18T08:00:00Z"));
    expect(latestDigestSlot({ frequency: "OFF", weekday: 1 }, at("2024-03-20T12:00:00Z"), "UTC")).toBeNull();
  });

  it("before this one is a period back", () => {
    expect(previousDigestSlot(weekly(1), at("2024-03-18T08:00:00Z"), "UTC")).toEqual(at("2024-03-11T08:00:00Z"));
    expect(previousDigestSlot(daily, at("2024-03-31T06:00:00Z"), "Europe/Berlin")).toEqual(at("2024-03-30T07:00:00Z"));
  });
});

describe("a digest is due", () => {
  const slot = at("2024-03-18T08:00:00Z");
  it("when its moment is after the last one sent", () => {
    expect(digestIsDue(slot, at("2024-03-11T08:00:00Z"), at("2024-01-01T00:00:00Z"))).toBe(true);
    expect(digestIsDue(slot, slot, at("2024-01-01T00:00:00Z"))).toBe(false);
  });

  it("for the first time only if the account existed before the moment", () => {
    expect(digestIsDue(slot, null, at("2024-03-18T07:00:00Z"))).toBe(true);
    expect(digestIsDue(slot, null, at("2024-03-18T08:00:00Z"))).toBe(false);
    expect(digestIsDue(null, null, at("2024-01-01T00:00:00Z"))).toBe(false);
  });
});

const ZONES = ["UTC", "Europe/Berlin", "Asia/Taipei", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham"];

describe("in any zone, at any moment", () => {
  const schedules = fc.oneof(
    fc.constant(daily),
    fc.integer({ min: 1, max: 7 }).map((weekday) => weekly(weekday)),
  );
  const moments = fc.date({ min: at("2000-01-01T00:00:00Z"), max: at("2040-12-31T00:00:00Z"), noInvalidDate: true });

  it("the moment is 08:00 on a day the schedule names, at or before now, and none later is", () => {
    fc.assert(
      fc.property(schedules, moments, fc.constantFrom(...ZONES), (schedule, now, zone) => {
        const slot = latestDigestSlot(schedule, now, zone)!;
        expect(slot.getTime()).toBeLessThanOrEqual(now.getTime());
        const day = dayInZone(slot, zone);
        expect(wallClock(slot, zone)).toBe(`${day} 08:00`);
        if (schedule.frequency === "WEEKLY") expect(isoWeekday(day)).toBe(schedule.weekday);
        // The next day the schedule names: its 08:00 is still ahead.
        let next = addDays(day, 1);
        while (schedule.frequency === "WEEKLY" && isoWeekday(next) !== schedule.weekday) next = addDays(next, 1);
        expect(zonedHour(next, 8, zone).getTime()).toBeGreaterThan(now.getTime());
      }),
      { examples: [[daily, at("2024-03-31T05:59:00Z"), "Europe/Berlin"]] },
    );
  });

  it("the moment stays the same until the next one comes", () => {
    fc.assert(
      fc.property(schedules, moments, fc.constantFrom(...ZONES), fc.double({ min: 0, max: 1, noNaN: true }), (schedule, now, zone, share) => {
        const slot = latestDigestSlot(schedule, now, zone)!;
        const between = new Date(slot.getTime() + Math.floor((now.getTime() - slot.getTime()) * share));
        expect(latestDigestSlot(schedule, between, zone)).toEqual(slot);
        expect(latestDigestSlot(schedule, new Date(slot.getTime() - 1), zone)!.getTime()).toBeLessThan(slot.getTime());
      }),
    );
  });
});
