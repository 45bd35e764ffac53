// Malformed files, made at random, posted to the import as the page would post them. Whatever
// arrives, the import must not throw, must say why it refuses in words the catalogue has, and
// must leave the database exactly as it was.
import fc from "fast-check";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/exports/csv";
import { decodeMessage } from "@/lib/i18n/message";
import en from "@/lib/i18n/messages/en.json";
import type { ImportResult } from "@/lib/imports/actions";
import { parseImportFile } from "@/lib/imports/parse";
import { parseDue, toStoredDue } from "@/lib/milestones/due";
import { seedDatabase } from "@/prisma/seed/seed";
import { download, signIn, snapshot, upload } from "../support/import-files";
import { rendered } from "../support/messages";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const RUNS = { numRuns: 25 };
let itemsCsv: string[][];
let milestonesCsv: string[][];
let workbook: Uint8Array;

beforeAll(async () => {
  await seedDatabase(db);
  const editor = await db.user.create({
    data: { email: "fuzz@import.test", name: "Fuzz Editor", role: "EDITOR", passwordHash: await hashPassword("x-long-password") },
  });
  signIn(editor);
  const rows = async (query: string) => Papa.parse<string[]>(new TextDecoder().decode(await download(query)), { newline: "\r\n", skipEmptyLines: true }).data;
  itemsCsv = await rows("proposer=PE");
  milestonesCsv = await rows("proposer=PE&layout=milestones");
  workbook = await download("proposer=PE&format=xlsx");
});

/** A message the catalogue has, so the officer reads words and not a key. */
function expectKnownMessage(text: string) {
  const decoded = decodeMessage(text);
  expect(decoded, text).not.toBeNull();
  const [namespace, key] = decoded!.key.split(".") as [keyof typeof en, string];
  expect((en[namespace] as Record<string, string> | undefined)?.[key], decoded!.key).toBeDefined();
  expect(rendered(text)).not.toMatch(/\u241F/);
}

function expectExplainedRefusal(result: ImportResult) {
  expect(result.ok).toBe(false);
  expectKnownMessage(result.message);
  const reasons = [...(result.problems ?? []), ...(result.report?.rows.flatMap((row) => row.problems.map((problem) => problem.message)) ?? [])];
  for (const reason of reasons) expectKnownMessage(reason);
  return reasons;
}

/** Checks and applies (with a hash no check gave); both refuse and nothing is written. */
async function refusedWithoutWriting(content: Uint8Array | string, name: string): Promise<string[]> {
  const before = await snapshot();
  const check = await upload(content, name, "check");
  const reasons = expectExplainedRefusal(check);
  expect(reasons.length, "a refusal says why").toBeGreaterThan(0);
  expectExplainedRefusal(await upload(content, name, "apply", "f".repeat(64)));
  expect(await snapshot()).toBe(before);
  return reasons;
}

const csv = (rows: string[][]) => toCsv(rows);
const name = fc.constantFrom("plan.csv", "plan.xlsx", "PLAN.CSV", "plan.txt", "plan");

describe("the file reader", () => {
  it("never throws on any bytes under any name, and refuses with a reason when it cannot read them", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), name, async (bytes, fileName) => {
        const outcome = await parseImportFile(fileName, bytes);
        if (!outcome.ok) {
          expect(outcome.problems.length).toBeGreaterThan(0);
          outcome.problems.forEach(expectKnownMessage);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the import refuses, explains and writes nothing for", () => {
  it("random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), name, async (bytes, fileName) => void (await refusedWithoutWriting(bytes, fileName))),
      RUNS,
    );
  });

  it("a workbook cut short anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: workbook.length - 1 }), async (length) => {
        const reasons = await refusedWithoutWriting(workbook.slice(0, length), "cut.xlsx");
        expect(reasons.map((reason) => decodeMessage(reason)!.key)).toEqual([
          length === 0 ? "import.empty" : length < 4 ? "import.notWorkbook" : expect.stringMatching(/^import\.(brokenWorkbook|notWorkbook)$/),
        ]);
      }),
      RUNS,
    );
  });

  it("a workbook with bytes overwritten: whatever it still reads, an apply without its check writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: workbook.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (edits) => {
          const damaged = workbook.slice();
          for (const [at, value] of edits) damaged[at] = value;
          const before = await snapshot();
          const check = await upload(damaged, "damaged.xlsx", "check");
          if (!check.ok) expectExplainedRefusal(check);
          expectExplainedRefusal(await upload(damaged, "damaged.xlsx", "apply", "f".repeat(64)));
          expect(await snapshot()).toBe(before);
        },
      ),
      RUNS,
    );
  });

  it("a CSV whose headings are not the export's", async () => {
    const cell = fc.string({ maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), async (rows) => {
        const reasons = await refusedWithoutWriting(csv(rows), "random.csv");
        expect(reasons.map((reason) => decodeMessage(reason)!.key)).toEqual([expect.stringMatching(/^import\.(notExport|empty)$/)]);
      }),
      // A heading of one semicolon once made the reader guess the wrong separator and blame the quotes.
      { ...RUNS, examples: [[[[";"], ['"', ""]]]] },
    );
  });

  it("the export's CSV with a quote left open: blamed on the quote, at its row", async () => {
    const titleAt = itemsCsv[0]!.indexOf("Title");
    const row = itemsCsv.findIndex((cells, at) => at > 0 && /^[\w ]+$/.test(cells[titleAt] ?? ""));
    const title = itemsCsv[row]![titleAt]!;
    const lines = csv(itemsCsv).split("\r\n");
    lines[row] = lines[row]!.replace(title, `"${title}`);
    const reasons = await refusedWithoutWriting(lines.join("\r\n"), "open-quote.csv");
    expect(reasons.map((reason) => decodeMessage(reason))).toEqual([{ key: "import.badQuotes", values: { file: "open-quote.csv", row: row + 1 } }]);
  });

  it("the export's CSV without one of the columns an import needs", async () => {
    const required = [
      "Item ID",
      "Version",
      "Year",
      "Kind",
      "Title",
      "Title (other language)",
      "APEC project number",
      "Proposing economy",
      "Co-sponsors",
      "Status",
    ];
    await fc.assert(
      fc.asyncProperty(fc.subarray(required, { minLength: 1, maxLength: 3 }), async (dropped) => {
        const keep = itemsCsv[0]!.map((heading, at) => (dropped.includes(heading) ? -1 : at)).filter((at) => at >= 0);
        const reasons = await refusedWithoutWriting(csv(itemsCsv.map((row) => keep.map((at) => row[at]!))), "short.csv");
        expect(rendered(reasons.at(-1)!)).toMatch(new RegExp(`missing: ${dropped.map((heading) => heading.replace(/[()]/g, "\\$&")).join(", ")}\\.$`));
      }),
      RUNS,
    );
  });

  it("a proposing economy or co-sponsor nobody has heard of", async () => {
    const column = fc.constantFrom("Proposing economy", "Co-sponsors");
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 20 }), column, fc.nat({ max: itemsCsv.length - 2 }), async (text, heading, row) => {
        const unknown = `Atlantis ${text}`.replace(/[;；、\n]/g, " ");
        const rows = itemsCsv.map((cells) => [...cells]);
        rows[row + 1]![itemsCsv[0]!.indexOf(heading)] = unknown;
        const reasons = await refusedWithoutWriting(csv(rows), "economies.csv");
        expect(reasons.map((reason) => decodeMessage(reason)!.key)).toContain("import.unknownEconomy");
      }),
      RUNS,
    );
  });

  it("a due date in a form parseDue does not read", async () => {
    const unreadable = fc.string({ minLength: 1, maxLength: 30 }).filter((text) => {
      if (!text.trim()) return false;
      try {
        toStoredDue(parseDue(text));
        return false;
      } catch {
        return true;
      }
    });
    const dated = milestonesCsv.findIndex((cells, at) => at > 0 && !cells[milestonesCsv[0]!.indexOf("Anchor meeting")]);
    await fc.assert(
      fc.asyncProperty(unreadable, async (text) => {
        const rows = milestonesCsv.map((cells) => [...cells]);
        rows[dated]![milestonesCsv[0]!.indexOf("Due")] = text;
        const before = await snapshot();
        const result = await upload(csv(rows), "dates.csv", "check");
        expectExplainedRefusal(result);
        expect(result.report!.rows.flatMap((row) => row.problems.map((problem) => problem.column))).toEqual(["Due"]);
        expect(await snapshot()).toBe(before);
      }),
      RUNS,
    );
  });
});
