// Titles and notes that hold line breaks, exported and imported back with no edit: nothing to
// change. A browser sends a textarea's line breaks as CR LF, a workbook gives every one back as LF,
// and a spreadsheet saves a CSV's cells with either.
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { updateItem } from "@/lib/items/actions";
import { itemToFormValues } from "@/lib/items/form-values";
import { editMilestone } from "@/lib/milestones/actions";
import { milestoneToFormValues } from "@/lib/milestones/form-values";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm } from "../support/action-calls";
import { download, importBack, signIn, upload } from "../support/import-files";
import { rendered } from "../support/messages";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;`, url });
  }),
}));

let formItemId: number;

beforeAll(async () => {
  await seedDatabase(db);
  const editor = await db.user.create({
    data: { email: "lines@import.test", name: "Lena Lines", role: "EDITOR", passwordHash: await hashPassword("x-long-password") },
  });
  signIn(editor);
  const [formItem, savedItem] = await db.item.findMany({ where: { archivedAt: null, milestones: { some: {} } }, include: { forum: true }, take: 2 });
  const [formMilestone, savedMilestone, lfMilestone] = await db.milestone.findMany({ where: { item: { archivedAt: null } }, orderBy: { id: "desc" }, take: 3 });
  formItemId = formItem!.id;

  // Through the forms, as a browser posts them.
  const item = await submitForm(
    updateItem,
    formData({
      ...itemToFormValues(formItem!),
      titleEn: "Enhanced customs cooperation\r\nPhase two",
      titleZh: "加強海關合作\r\n第二階段",
      id: formItem!.id,
      version: formItem!.version,
    }),
  );
  expect(item.result?.ok ?? item.redirectedTo, JSON.stringify(item.result)).toBeTruthy();
  const milestone = await submitForm(
    editMilestone,
    formData({
      ...milestoneToFormValues(formMilestone!),
      title: "Report drafted\r\nand circulated",
      note: "Sent to members on Monday.\r\n\r\nComments due in two weeks.",
      id: formMilestone!.id,
      version: formMilestone!.version,
    }),
  );
  expect(milestone.result?.ok, JSON.stringify(milestone.result)).toBe(true);

  // Saved with CR LF before any form cleaned its text, and one saved with LF alone.
  await db.item.update({ where: { id: savedItem!.id }, data: { titleEn: "Saved by an older release\r\nwith CR LF", titleZh: "舊版儲存\r\n的標題" } });
  await db.milestone.update({ where: { id: savedMilestone!.id }, data: { note: "Line one\r\nLine two\r\n" + "Line three", titleZh: "兩行\r\n標題" } });
  await db.milestone.update({ where: { id: lfMilestone!.id }, data: { note: "Imported\nwith LF" } });
  expect(await db.milestone.count({ where: { OR: [{ note: { contains: "\r\n" } }, { title: { contains: "\r\n" } }] } })).toBeGreaterThan(0);
});

/** The file changes nothing at all: no row to write, none refused. */
async function expectNothingToChange(bytes: Uint8Array | string, name: string) {
  const result = await upload(bytes, name, "check");
  expect(result.report?.rows, name).toEqual([]);
  expect(result.report!.counts, name).toMatchObject({ create: 0, update: 0, refuse: 0 });
  expect(rendered(result.message), name).toMatch(/^The file changes nothing: all \d+ rows match the work plan\.$/);
}

/** A CSV as a spreadsheet saves it: every line break inside a cell as LF. */
function savedWithLf(bytes: Uint8Array) {
  const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes), { newline: "\r\n", skipEmptyLines: true }).data;
  const text = Papa.unparse(
    rows.map((cells) => cells.map((cell) => cell.replace(/\r\n/g, "\n"))),
    { newline: "\r\n" },
  );
  expect(text).toMatch(/[^\r]\n/);
  return text;
}

describe("an export imported back with no edit changes nothing", () => {
  for (const [query, name] of [
    ["format=xlsx", "plan.xlsx"],
    ["format=xlsx&lang=zh-TW", "工作計畫.xlsx"],
    ["", "items.csv"],
    ["layout=milestones", "milestones.csv"],
  ] as const) {
    it(`as ${name}`, async () => {
      await expectNothingToChange(await download(query), name);
    });
  }

  it("as CSV saved again by a spreadsheet, with LF in its cells", async () => {
    await expectNothingToChange(savedWithLf(await download("")), "items-lf.csv");
    await expectNothingToChange(savedWithLf(await download("layout=milestones")), "milestones-lf.csv");
  });
});

describe("an edit beside a title with line breaks", () => {
  it("changes only what was edited, and keeps the title as it was saved", async () => {
    const before = await db.item.findUniqueOrThrow({ where: { id: formItemId } });
    const rows = Papa.parse<string[]>(new TextDecoder().decode(await download("")), { newline: "\r\n", skipEmptyLines: true }).data;
    const [header] = rows;
    const row = rows.find((cells) => cells[header!.indexOf("Item ID")] === String(formItemId))!;
    expect(row[header!.indexOf("Title")]).toContain("\n");
    row[header!.indexOf("Year")] = String(before.year + 1);
    const file = Papa.unparse(
      rows.map((cells) => cells.map((cell) => cell.replace(/\r\n/g, "\n"))),
      { newline: "\r\n" },
    );

    const { check, apply } = await importBack(file, "one-edit.csv");
    expect(check.report!.rows.map((report) => [report.line, report.changes.map((change) => change.field)])).toEqual([[rows.indexOf(row) + 1, ["year"]]]);
    expect(apply.ok, JSON.stringify(apply)).toBe(true);
    const after = await db.item.findUniqueOrThrow({ where: { id: formItemId } });
    expect(after).toMatchObject({ year: before.year + 1, titleEn: before.titleEn, titleZh: before.titleZh });
  });
});
