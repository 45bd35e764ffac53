import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendixNumber, chineseNumeral, formalNumeral, headingNumber, numberedHeading } from "@/lib/mission-report/numbering";

describe("Chinese numerals", () => {
  it("writes the numbers a report counts to", () => {
    expect([1, 2, 3, 9, 10].map(chineseNumeral)).toEqual(["一", "二", "三", "九", "十"]);
    expect([11, 15, 19, 20, 21, 30, 99].map(chineseNumeral)).toEqual(["十一", "十五", "十九", "二十", "二十一", "三十", "九十九"]);
    expect([100, 101, 105, 110, 111, 1000, 1001, 2024].map(chineseNumeral)).toEqual([
      "一百",
      "一百零一",
      "一百零五",
      "一百一十",
      "一百一十一",
      "一千",
      "一千零一",
      "二千零二十四",
    ]);
  });

  it("writes a report's parts in formal numerals", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(formalNumeral).join("")).toBe("壹貳參肆伍陸柒捌玖拾");
    expect([11, 12, 20, 21].map(formalNumeral)).toEqual(["拾壹", "拾貳", "貳拾", "貳拾壹"]);
  });

  it("refuses what is not a positive whole number", () => {
    for (const bad of [0, -1, 1.5, 10000, Number.NaN]) expect(() => chineseNumeral(bad)).toThrow(RangeError);
  });

  it("never repeats a numeral and never writes a digit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (a, b) => {
        expect(chineseNumeral(a)).not.toMatch(/[0-9]/);
        if (a !== b) expect(chineseNumeral(a)).not.toBe(chineseNumeral(b));
        if (a !== b) expect(formalNumeral(a)).not.toBe(formalNumeral(b));
      }),
    );
  });
});

describe("heading numbers", () => {
  it("number the Chinese report's five levels the customary way", () => {
    expect(headingNumber([1], "zh-TW")).toBe("壹、");
    expect(headingNumber([3], "zh-TW")).toBe("參、");
    expect(headingNumber([2, 4], "zh-TW")).toBe("四、");
    expect(headingNumber([2, 4, 11], "zh-TW")).toBe("（十一）");
    expect(headingNumber([2, 4, 1, 3], "zh-TW")).toBe("3.");
    expect(headingNumber([2, 4, 1, 3, 2], "zh-TW")).toBe("（2）");
  });

  it("number beyond ten without a slip", () => {
    expect(headingNumber([2, 11], "zh-TW")).toBe("十一、");
    expect(headingNumber([2, 20], "zh-TW")).toBe("二十、");
    expect(headingNumber([12], "zh-TW")).toBe("拾貳、");
    expect(headingNumber([2, 1, 20], "zh-TW")).toBe("（二十）");
  });

  it("number the English report as an outline", () => {
    expect(headingNumber([1], "en")).toBe("1.");
    expect(headingNumber([2, 4], "en")).toBe("2.4");
    expect(headingNumber([2, 4, 1], "en")).toBe("(a)");
    expect(headingNumber([2, 4, 27], "en")).toBe("(aa)");
    expect(headingNumber([2, 4, 1, 4], "en")).toBe("(iv)");
    expect(headingNumber([2, 4, 1, 14], "en")).toBe("(xiv)");
    expect(headingNumber([2, 4, 1, 1, 2], "en")).toBe("(B)");
  });

  it("print the number with its heading", () => {
    expect(numberedHeading([1], "目的", "zh-TW")).toBe("壹、目的");
    expect(numberedHeading([2, 5, 4], "SCCP 本年工作計畫", "zh-TW")).toBe("（四）SCCP 本年工作計畫");
    expect(numberedHeading([2, 5, 4, 1], "倡議", "zh-TW")).toBe("1. 倡議");
    expect(numberedHeading([1], "Purpose", "en")).toBe("1. Purpose");
    expect(numberedHeading([2, 1], "Date", "en")).toBe("2.1 Date");
  });

  it("refuse a path that is empty, too deep or not made of positions", () => {
    expect(() => headingNumber([], "zh-TW")).toThrow(RangeError);
    expect(() => headingNumber([1, 1, 1, 1, 1, 1], "en")).toThrow(RangeError);
    expect(() => headingNumber([1, 0], "zh-TW")).toThrow(RangeError);
  });

  it("number appendices", () => {
    expect(appendixNumber(2, "zh-TW")).toBe("附錄二");
    expect(appendixNumber(2, "en")).toBe("Appendix 2");
  });
});
