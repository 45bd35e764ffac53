import { describe, expect, it } from "vitest";
import { decodeMessage, msg } from "@/lib/i18n/message";
import { MAX_QUOTED_CHARS, MAX_SHOWN_OF_A_KIND, MAX_SHOWN_PROBLEM_BYTES, MAX_SHOWN_PROBLEMS } from "@/lib/imports/limits";
import { limitProblems, quoted, quotedMessage, type ShownLine } from "@/lib/imports/parse";

/** Problems as "kind:number", so a test can see which were shown. */
const problems = (kind: string, count: number) => Array.from({ length: count }, (_, at) => `${kind}:${at}`);
const limit = (list: string[], shown = (problem: string) => problem) => limitProblems(list, (problem) => problem.split(":")[0]!, shown);

function said(lines: ShownLine<string>[]) {
  return lines.map((line) => {
    if ("problem" in line) return line.problem;
    const decoded = decodeMessage(line.more)!;
    return `${decoded.key}=${decoded.values.count}`;
  });
}

describe("what a refusal shows of its problems", () => {
  it("is every problem, with no line added, when there are few", () => {
    expect(said(limit(["a:0", "b:0", "a:1"]))).toEqual(["a:0", "b:0", "a:1"]);
  });

  it("is a share of each kind, the rest of a kind counted after the last one shown", () => {
    const list = [...problems("a", MAX_SHOWN_OF_A_KIND + 5), "b:0"];
    expect(said(limit(list))).toEqual([...problems("a", MAX_SHOWN_OF_A_KIND), "import.moreOfKind=5", "b:0"]);
  });

  it("is at most MAX_SHOWN_PROBLEMS, with kinds not shown at all counted at the end", () => {
    const kinds = Math.ceil(MAX_SHOWN_PROBLEMS / MAX_SHOWN_OF_A_KIND) + 1;
    const list = Array.from({ length: kinds }, (_, at) => problems(`k${at}`, MAX_SHOWN_OF_A_KIND)).flat();
    const lines = said(limit(list));
    expect(lines.filter((line) => !line.startsWith("import."))).toHaveLength(MAX_SHOWN_PROBLEMS);
    expect(lines.at(-1)).toBe(`import.moreProblems=${list.length - MAX_SHOWN_PROBLEMS}`);
  });

  it("stops, in the file's order, where the problems shown would pass their size", () => {
    const big = "x".repeat(MAX_SHOWN_PROBLEM_BYTES / 4);
    const lines = said(limit([...problems("a", 6), "b:0"], (problem) => `${problem}${big}`));
    expect(lines.map((line) => line.replace(big, ""))).toEqual(["a:0", "a:1", "a:2", "import.moreOfKind=3", "import.moreProblems=1"]);
  });
});

describe("a file's text quoted back", () => {
  it("is cut short with an ellipsis, never through a character", () => {
    expect(quoted("Peru")).toBe("Peru");
    const long = "😀".repeat(MAX_QUOTED_CHARS);
    const cut = quoted(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_QUOTED_CHARS);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.slice(0, -1)).toBe("😀".repeat((cut.length - 1) / 2));
  });

  it("is cut short inside a message, numbers left as they are", () => {
    const message = quotedMessage(msg("import.unknownColumn", { where: "w".repeat(1000), column: "Colour", count: 12345 }));
    expect(decodeMessage(message)).toEqual({ key: "import.unknownColumn", values: { where: quoted("w".repeat(1000)), column: "Colour", count: 12345 } });
    expect(quotedMessage(msg("import.formula"))).toBe(msg("import.formula"));
  });
});
