// Files shaped so that a refusal would grow with them: a heading of hundreds of thousands of
// columns, rows full of cells without a heading, a thousand refused rows, one huge cell. Each is
// refused with its reasons (never a crash), at most MAX_SHOWN_PROBLEMS of them and a line for the
// rest, in an answer whose size does not depend on the file's.
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { csvField, toCsv } from "@/lib/exports/csv";
import { decodeMessage } from "@/lib/i18n/message";
import type { ImportResult } from "@/lib/imports/actions";
import { MAX_FILE_BYTES, MAX_SHOWN_OF_A_KIND, MAX_SHOWN_PROBLEMS } from "@/lib/imports/limits";
import { parseImportFile } from "@/lib/imports/parse";
import { seedDatabase } from "@/prisma/seed/seed";
import { download, signIn, snapshot, upload } from "../support/import-files";
import { rendered } from "../support/messages";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

/** What the page may be sent for any refusal, whatever the file. */
const ANSWER_BOUND = 64 * 1024;
const KiB = 1024;
const MORE = ["import.moreOfKind", "import.moreProblems"];

let header: string[];
let record: string[];

beforeAll(async () => {
  await seedDatabase(db);
  const editor = await db.user.create({
    data: { email: "refusals@import.test", name: "Rita Refused", role: "EDITOR", passwordHash: await hashPassword("x-long-password") },
  });
  signIn(editor);
  [header, record] = Papa.parse<string[]>(new TextDecoder().decode(await download("proposer=PE")), { newline: "\r\n", skipEmptyLines: true }).data as [
    string[],
    string[],
  ];
});

const column = (name: string) => header.indexOf(name);
const bytes = (text: string) => Buffer.byteLength(text);

/** Every reason the answer gives, for the file or for a row, in order. */
function reasons(result: ImportResult): string[] {
  return [...(result.problems ?? []), ...(result.report?.rows.flatMap((row) => row.problems.map((problem) => problem.message)) ?? [])];
}

const isMore = (reason: string) => MORE.includes(decodeMessage(reason)?.key ?? "");

/** How many problems of this kind the "and N more of the same kind" lines stand for: each follows the last shown of its kind. */
function withheld(result: ImportResult, key: string): number {
  let count = 0;
  for (const list of [result.problems ?? [], ...(result.report?.rows.map((row) => row.problems.map((problem) => problem.message)) ?? [])]) {
    list.forEach((reason, at) => {
      if (decodeMessage(reason)?.key === "import.moreOfKind" && decodeMessage(list[at - 1]!)?.key === key) count += Number(decodeMessage(reason)!.values.count);
    });
  }
  return count;
}

/** A refusal as the page receives it: bounded, and accounting for every problem it leaves out. */
async function expectBoundedRefusal(content: string, name: string, problems: { key: string; total: number }) {
  expect(bytes(content)).toBeLessThanOrEqual(MAX_FILE_BYTES);
  const before = await snapshot();
  const result = await upload(content, name, "check");
  expect(result.ok).toBe(false);
  const shown = reasons(result).filter((reason) => !isMore(reason));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThanOrEqual(MAX_SHOWN_PROBLEMS);
  const ofKind = shown.filter((reason) => decodeMessage(reason)?.key === problems.key).length;
  expect(ofKind + withheld(result, problems.key)).toBe(problems.total);
  expect(bytes(JSON.stringify(result)), `${name.slice(0, 40)}: the answer's size`).toBeLessThanOrEqual(ANSWER_BOUND);
  expect(await snapshot()).toBe(before);
  return result;
}

/** Copies of `cell` that fill about `size` bytes of a CSV file, each with its separator. */
const filling = (cell: string, size: number, separator = ",") => Array.from({ length: Math.floor(size / bytes(csvField(cell, ",") + separator)) }, () => cell);

describe("a heading of 400,000 columns under a 16,000-character name", () => {
  it("is refused and counted without a message apiece (it once ran the server out of memory)", async () => {
    const name = `${"n".repeat(16_000)}.csv`;
    const file = `${header.join(",")}${",x".repeat(400_000)}\r\n${record.join(",")}\r\n`;
    expect(bytes(file)).toBeLessThan(MAX_FILE_BYTES);
    const parsed = await parseImportFile(name, new TextEncoder().encode(file));
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.length).toBeLessThanOrEqual(MAX_SHOWN_PROBLEMS + 2);
    expect(Math.max(...problems.map((problem) => problem.length))).toBeLessThan(400);
    expect(rendered(problems.at(-1)!)).toBe(`…and ${(400_000 - MAX_SHOWN_OF_A_KIND).toLocaleString("en")} more problems of the same kind.`);
  });
});

describe("a heading of 180,000 columns", () => {
  const wide = (extra: string) => `${header.join(",")}${`,${extra}`.repeat(180_000)}\r\n${record.join(",")}\r\n`;

  it("is refused with the reasons, not a crash, by the reader and by the import", async () => {
    const unknown = wide("x");
    expect(bytes(unknown)).toBeGreaterThan(350 * KiB);
    const parsed = await parseImportFile("wide.csv", new TextEncoder().encode(unknown));
    expect(parsed.ok).toBe(false);

    const result = await expectBoundedRefusal(unknown, "wide.csv", { key: "import.unknownColumn", total: 180_000 });
    expect(rendered(result.message)).toBe("The file was not imported; nothing was changed.");
    const said = result.problems!.map((problem) => rendered(problem));
    expect(said[0]).toBe(`wide.csv: the column "x" is not one of the export's; remove it.`);
    expect(said).toContain(`…and ${(180_000 - said.filter((line) => line === said[0]).length).toLocaleString("en")} more problems of the same kind.`);
  });

  it("of one heading repeated is refused the same way", async () => {
    await expectBoundedRefusal(wide("Year"), "repeated.csv", { key: "import.repeatedColumn", total: 180_000 });
  });
});

describe("a refusal's answer stays the same size however large the file", () => {
  for (const size of [100 * KiB, 900 * KiB]) {
    const label = `${size / KiB} KiB`;

    it(`${label} of unknown columns`, async () => {
      const extra = filling('海關"x"', size);
      await expectBoundedRefusal(toCsv([[...header, ...extra], record]), `unknown-${label}.csv`, { key: "import.unknownColumn", total: extra.length });
    });

    it(`${label} of values in columns without a heading`, async () => {
      const rows = Array.from({ length: 100 }, () => [...record, ...filling("v", size / 100)]);
      const total = rows.reduce((sum, row) => sum + row.length - record.length, 0);
      await expectBoundedRefusal(toCsv([header, ...rows]), `headless-${label}.csv`, { key: "import.valueWithoutColumn", total });
    });

    it(`${label} of co-sponsors nobody has heard of, in one cell`, async () => {
      const names = filling("Atlantis", size, "; ");
      const row = [...record];
      row[column("Co-sponsors")] = names.join("; ");
      await expectBoundedRefusal(toCsv([header, row]), `narnia-${label}.csv`, { key: "import.unknownEconomy", total: names.length });
    });

    it(`${label} in a thousand refused rows, each with long values that need escaping`, async () => {
      const long = `Atlantis "海關" \\ ${"\u0001".repeat(Math.floor(size / 1000 / 3))}`;
      const rows = Array.from({ length: 1000 }, (_, at) => {
        const row = [...record];
        row[column("Item ID")] = "";
        row[column("APEC project number")] = "";
        row[column("Title")] = `${long} ${at}`;
        row[column("Proposing economy")] = long;
        return row;
      });
      const result = await expectBoundedRefusal(toCsv([header, ...rows]), `many-${label}.csv`, { key: "import.unknownEconomy", total: 1000 });
      expect(result.report!.counts.refuse).toBe(1000);
    });

    it(`${label} in one title`, async () => {
      const row = [...record];
      row[column("Title")] = "標題".repeat(size / 6);
      await expectBoundedRefusal(toCsv([header, row]), `${"長".repeat(size / 3 / 2)}.csv`, { key: "v.maxLength", total: 1 });
    });
  }
});

describe("the line for what is left out", () => {
  it("reads in both languages with the catalogue's plural forms", async () => {
    const result = await upload(toCsv([[...header, ...filling("x", 40 * KiB)], record]), "plural.csv", "check");
    const more = result.problems!.find(isMore)!;
    const count = Number(decodeMessage(more)!.values.count);
    expect(rendered(more)).toBe(`…and ${count.toLocaleString("en")} more problems of the same kind.`);
    expect(rendered(more, "zh-TW")).toBe(`……另有 ${count.toLocaleString("en")} 個同類問題。`);
    const one = await upload(toCsv([[...header, ...Array.from({ length: MAX_SHOWN_OF_A_KIND + 1 }, () => "x")], record]), "one.csv", "check");
    expect(one.problems!.filter(isMore).map((line) => [rendered(line), rendered(line, "zh-TW")])).toEqual([
      ["…and 1 more problem of the same kind.", "……另有 1 個同類問題。"],
    ]);
  });

  it("is not added when every problem is shown", async () => {
    const result = await upload(toCsv([[...header, "Colour", "Size"], record]), "two.csv", "check");
    expect(result.problems!.map((problem) => rendered(problem))).toEqual([
      `two.csv: the column "Colour" is not one of the export's; remove it.`,
      `two.csv: the column "Size" is not one of the export's; remove it.`,
    ]);
  });
});
