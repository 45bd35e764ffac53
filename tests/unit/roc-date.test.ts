import { describe, expect, it } from "vitest";
import { chineseDay, chineseDayRange, chineseMonth, englishDayRange, fullWidthPunctuation, joinList, reportDate, rocYear } from "@/lib/mission-report/roc-date";

describe("ROC years", () => {
  it("count from 1912, written 元年", () => {
    expect(rocYear(2024)).toBe("113");
    expect(rocYear(1913)).toBe("2");
    expect(rocYear(1912)).toBe("元");
    expect(rocYear(1911)).toBe("前1");
    expect(chineseDay("1912-01-01")).toBe("民國元年1月1日");
  });
});

describe("ROC dates", () => {
  it("write a day and a range as the report's cover does", () => {
    expect(chineseDay("2024-02-27")).toBe("民國113年2月27日");
    expect(chineseDayRange("2024-02-27", "2024-02-28")).toBe("民國113年2月27日至28日");
    expect(chineseDayRange("2024-02-27", "2024-02-27")).toBe("民國113年2月27日");
    expect(chineseDayRange("2024-06-30", "2024-07-02")).toBe("民國113年6月30日至7月2日");
  });

  it("carry a December range into the next year", () => {
    expect(chineseDayRange("2024-12-30", "2025-01-02")).toBe("民國113年12月30日至114年1月2日");
    expect(chineseDayRange("2024-12-30", "2025-01-02", "western")).toBe("2024年12月30日至2025年1月2日");
    expect(englishDayRange("2024-12-30", "2025-01-02")).toBe("30 December 2024 – 2 January 2025");
  });

  it("keep a month-only date a month", () => {
    expect(chineseMonth(2024, 8)).toBe("民國113年8月");
    expect(reportDate({ precision: "MONTH", start: "2024-08-01", end: "2024-08-31", anchor: null }, "zh-TW")).toBe("民國113年8月");
    expect(reportDate({ precision: "MONTH", start: "2024-08-01", end: "2024-08-31", anchor: null }, "zh-TW", "western")).toBe("2024年8月");
    expect(reportDate({ precision: "MONTH", start: "2024-08-01", end: "2024-08-31", anchor: null }, "en")).toBe("August 2024");
  });

  it("write every precision honestly", () => {
    const day = { precision: "DAY", start: "2024-02-27", end: "2024-02-28", anchor: null } as const;
    expect(reportDate(day, "zh-TW")).toBe("民國113年2月27日至28日");
    expect(reportDate(day, "zh-TW", "western")).toBe("2024年2月27日至28日");
    expect(reportDate(day, "en")).toBe("27–28 February 2024");
    expect(reportDate({ precision: "QUARTER", start: "2024-07-01", end: "2024-09-30", anchor: null }, "zh-TW")).toBe("民國113年第3季");
    expect(reportDate({ precision: "QUARTER", start: "2024-07-01", end: "2024-09-30", anchor: null }, "en")).toBe("Q3 2024");
    expect(reportDate({ precision: "YEAR", start: "2024-01-01", end: "2024-12-31", anchor: null }, "zh-TW", "western")).toBe("2024年");
    expect(reportDate({ precision: "ANCHOR", start: null, end: null, anchor: "SOM3 2024" }, "zh-TW")).toBe("SOM3 2024");
    expect(reportDate({ precision: "ANCHOR", start: "2024-08-12", end: "2024-08-16", anchor: "SOM3 2024" }, "zh-TW")).toBe(
      "SOM3 2024（民國113年8月12日至16日）",
    );
    expect(reportDate({ precision: "ANCHOR", start: "2024-08-12", end: "2024-08-16", anchor: "SOM3 2024" }, "en")).toBe("SOM3 2024 (12–16 August 2024)");
    expect(reportDate({ precision: "UNDATED", start: null, end: null, anchor: null }, "zh-TW")).toBe("日期未定");
    expect(reportDate({ precision: "UNDATED", start: null, end: null, anchor: null }, "en")).toBe("date not yet set");
  });

  it("refuse what is not a day or a period backwards", () => {
    expect(() => chineseDay("2024-02-30")).toThrow(RangeError);
    expect(() => chineseDayRange("2024-02-28", "2024-02-27")).toThrow(RangeError);
    expect(() => chineseMonth(2024, 13)).toThrow(RangeError);
  });
});

describe("full-width punctuation", () => {
  it("makes punctuation after Chinese full-width and leaves English alone", () => {
    expect(fullWidthPunctuation("會議主席:秘魯,SUNAT")).toBe("會議主席：秘魯，SUNAT");
    expect(fullWidthPunctuation("世界貿易組織(World Trade Organization, WTO)貿易便捷化協定")).toBe(
      "世界貿易組織（World Trade Organization, WTO）貿易便捷化協定",
    );
    expect(fullWidthPunctuation("Peru (SUNAT), Chile: yes; no?")).toBe("Peru (SUNAT), Chile: yes; no?");
    expect(fullWidthPunctuation("本(2024)年")).toBe("本（2024）年");
  });

  it("joins lists the way each language does", () => {
    expect(joinList(["澳大利亞", "紐西蘭", "美國"], "zh-TW")).toBe("澳大利亞、紐西蘭及美國");
    expect(joinList(["Australia", "New Zealand", "United States"], "en")).toBe("Australia, New Zealand and United States");
    expect(joinList(["智利"], "zh-TW")).toBe("智利");
    expect(joinList([], "en")).toBe("");
  });
});
