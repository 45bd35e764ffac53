import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDay, formatDayRange, isIsoDay, todayIso } from "@/lib/dates";

describe("calendar days", () => {
  it("accepts real days only", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-13-01")).toBe(false);
    expect(isIsoDay("2024-4-1")).toBe(false);
    expect(isIsoDay("2024-04-01T00:00")).toBe(false);
  });

  it("adds days across months and years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2024-02-26", "2024-03-01")).toBe(4);
  });

  it("formats days and ranges for reading", () => {
    expect(formatDay("2024-02-26")).toBe("26 Feb 2024");
    expect(formatDayRange("2024-02-27", "2024-02-28")).toBe("27–28 Feb 2024");
    expect(formatDayRange("2024-06-30", "2024-07-02")).toBe("30 Jun – 2 Jul 2024");
    expect(formatDayRange("2024-12-30", "2025-01-02")).toBe("30 Dec 2024 – 2 Jan 2025");
    expect(formatDayRange("2024-02-26", "2024-02-26")).toBe("26 Feb 2024");
  });

  it("takes today from the officers' time zone, not the server's", () => {
    const instant = new Date("2024-04-30T20:00:00Z");
    expect(todayIso("UTC", instant)).toBe("2024-04-30");
    expect(todayIso("Asia/Taipei", instant)).toBe("2024-05-01");
    expect(todayIso("America/Lima", instant)).toBe("2024-04-30");
  });
});

describe("calendar days in Traditional Chinese", () => {
  it("formats days, ranges and months the way the report writes them", async () => {
    const { formatMonth } = await import("@/lib/dates");
    expect(formatDay("2024-02-26", "zh-TW")).toBe("2024年2月26日");
    expect(formatDayRange("2024-02-27", "2024-02-28", "zh-TW")).toBe("2024年2月27日至28日");
    expect(formatDayRange("2024-06-30", "2024-07-02", "zh-TW")).toBe("2024年6月30日至7月2日");
    expect(formatDayRange("2024-12-30", "2025-01-02", "zh-TW")).toBe("2024年12月30日至2025年1月2日");
    expect(formatMonth(2024, 4, "zh-TW")).toBe("2024年4月");
    expect(formatMonth(2024, 4)).toBe("April 2024");
  });
});
