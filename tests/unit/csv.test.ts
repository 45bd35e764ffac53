import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvField, neutralise, restoreNeutralised, toCsv } from "@/lib/exports/csv";

describe("CSV files officers hand on", () => {
  it("start with a byte-order mark and end lines with CRLF, so Excel shows Chinese", () => {
    const csv = toCsv([
      ["Title", "標題"],
      ["A", "海關"],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe("\uFEFFTitle,標題\r\nA,海關\r\n");
  });

  it("keep a name with a comma, a quote or a line break in one field", () => {
    expect(csvField("Hong Kong, China", ",")).toBe('"Hong Kong, China"');
    expect(csvField('The "Smart" Customs', ",")).toBe('"The ""Smart"" Customs"');
    expect(csvField("line one\nline two", ",")).toBe('"line one\nline two"');
    expect(csvField("Hong Kong, China", ";")).toBe("Hong Kong, China");
    expect(csvField("a;b", ";")).toBe('"a;b"');
  });

  it("neutralise cells a spreadsheet would run as formulas", () => {
    for (const value of ["=SUM(A1:A9)", "+1", "-2+3", "@cmd", "\t=1", ' =HYPERLINK("x")', "\n=1+1", "\u3000=1", "＝1+1"]) {
      expect(neutralise(value).startsWith("'"), JSON.stringify(value)).toBe(true);
    }
    expect(neutralise("Peru")).toBe("Peru");
    expect(csvField(-5, ",")).toBe("-5");
  });

  it("read back, through an import, as the text that was exported, whatever it starts with", () => {
    expect(restoreNeutralised(neutralise("=SUM(A1)"))).toBe("=SUM(A1)");
    expect(neutralise("'=1")).toBe("''=1");
    expect(restoreNeutralised("'Peru")).toBe("'Peru");
    const text = fc.string({ unit: fc.constantFrom("'", "=", "+", "-", "@", " ", "\t", "\u3000", "＝", "a", "海") });
    fc.assert(fc.property(text, (value) => restoreNeutralised(neutralise(value)) === value));
  });

  it("read back with an independent parser exactly as written", () => {
    const rows = [
      ["Item", "Co-sponsors"],
      ["Best Practices to Enhance Transparency", "Hong Kong, China; Republic of Korea"],
      ['Quote "inside"', "海關前線工作女性賦權：政策報告及管理指標"],
    ];
    for (const separator of [",", ";"] as const) {
      const parsed = Papa.parse<string[]>(toCsv(rows, separator).replace(/^\uFEFF/, ""), { delimiter: separator, newline: "\r\n", skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toEqual(rows);
    }
  });
});
