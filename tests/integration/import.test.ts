// Importing an edited export: what a dry run reports, that an apply writes all of it or nothing,
// who may do it, what the audit trail keeps, and that a change someone else made in between is
// refused rather than overwritten. Files are made by the real export route and edited as an
// officer would, in a spreadsheet.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { toCsv } from "@/lib/exports/csv";
import { msg } from "@/lib/i18n/message";
import { seedDatabase } from "@/prisma/seed/seed";
import { download, importBack, signIn, snapshot, upload } from "../support/import-files";
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

let editor: User;
let viewer: User;

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  editor = await db.user.create({ data: { email: "editor@import.test", name: "Eddie Editor", role: "EDITOR", passwordHash } });
  viewer = await db.user.create({ data: { email: "viewer@import.test", name: "Vera Viewer", role: "VIEWER", passwordHash } });
  signIn(editor);
});

// ---------------------------------------------------------------------------------------------
// Files as a spreadsheet holds them

function readCsv(bytes: Uint8Array, delimiter = ","): string[][] {
  const text = new TextDecoder().decode(bytes);
  return Papa.parse<string[]>(text, { delimiter, newline: "\r\n", skipEmptyLines: true }).data;
}

/** One table as objects keyed by heading, and back: how the tests edit a file. */
function table(rows: string[][]) {
  const [header, ...body] = rows;
  const records = body.map((row) => Object.fromEntries(header!.map((name, at) => [name, row[at] ?? ""])));
  return {
    header: header!,
    records,
    csv: (separator: "," | ";" = ",") => toCsv([header!, ...records.map((record) => header!.map((name) => record[name] ?? ""))], separator),
  };
}

async function workbook(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  return book;
}

function sheetRecords(sheet: ExcelJS.Worksheet) {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const records: { row: number; values: Record<string, unknown> }[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) records.push({ row: number, values: Object.fromEntries(header.map((name, at) => [name, row.getCell(at + 1).value])) });
  });
  return { header, records, cell: (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1) };
}

/** A small zip whose one part inflates to 25 MB: more than any workbook an export makes. */
async function zipBomb() {
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", new Uint8Array(25 * 1024 * 1024));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

const coSponsorsOf = async (itemId: number) =>
  (await db.coSponsorship.findMany({ where: { itemId, withdrawnOn: null }, select: { economyCode: true } })).map((c) => c.economyCode).sort();

// ---------------------------------------------------------------------------------------------

describe("a round trip through a spreadsheet", () => {
  it("CSV: edited cells come back as changes, a new row as a new item, and the next export shows them", async () => {
    const original = table(readCsv(await download("proposer=PE")));
    const edited = table(readCsv(await download("proposer=PE")));
    const [statusRow, coSponsorRow, titleRow] = edited.records.filter((record) => record["Co-sponsors"]!.includes(";"));
    statusRow!.Status = "Completed";
    const dropped = coSponsorRow!["Co-sponsors"]!.split("; ")[0]!;
    coSponsorRow!["Co-sponsors"] = [...coSponsorRow!["Co-sponsors"]!.split("; ").slice(1), "新加坡"].join("; ");
    titleRow!["Title (other language)"] = "新的中文名稱";
    titleRow!.Title = "=A renamed title that a spreadsheet would run";
    // Labels and economies may be written in either language, or by code.
    edited.records.push({
      ...Object.fromEntries(edited.header.map((name) => [name, ""])),
      Year: "2025",
      Kind: "經濟體自費計畫",
      Title: "A new self-funded project from a file",
      "Proposing economy": "pe",
      "Co-sponsors": "Chile; 日本",
      Status: "提案中",
    });

    const { check, apply } = await importBack(edited.csv(), "work-plan.csv");
    expect(check.report!.counts).toEqual({ create: 1, update: 3, unchanged: original.records.length - 3, refuse: 0 });
    const statusChange = check.report!.rows.find((row) => row.line === edited.records.indexOf(statusRow!) + 2);
    expect(statusChange?.changes).toContainEqual({ field: "status", before: expect.any(String), after: "Completed" });
    const titleChange = check.report!.rows.find((row) => row.label === titleRow!.Title);
    expect(titleChange?.changes.map((change) => change.field).sort()).toEqual(["titleEn", "titleZh"]);
    expect(apply.ok, JSON.stringify(apply)).toBe(true);
    expect(rendered(apply.message)).toBe("Imported: 1 new item, 3 items changed, 0 milestones added or changed.");

    const again = table(readCsv(await download("proposer=PE")));
    expect(again.records).toHaveLength(original.records.length + 1);
    const byId = new Map(again.records.map((record) => [record["Item ID"], record]));
    for (const before of original.records) {
      const after = byId.get(before["Item ID"])!;
      const wasEdited = [statusRow, coSponsorRow, titleRow].some((row) => row!["Item ID"] === before["Item ID"]);
      expect(Number(after.Version), before.Title).toBe(Number(before.Version) + (wasEdited ? 1 : 0));
      if (!wasEdited) expect(after).toEqual(before);
    }
    expect(byId.get(statusRow!["Item ID"])!.Status).toBe("Completed");
    // Stored as typed, and neutralised again on the way out.
    expect((await db.item.findUniqueOrThrow({ where: { id: Number(titleRow!["Item ID"]) } })).titleEn).toBe("=A renamed title that a spreadsheet would run");
    expect(byId.get(titleRow!["Item ID"])!.Title).toBe("'=A renamed title that a spreadsheet would run");
    expect(byId.get(titleRow!["Item ID"])!["Title (other language)"]).toBe("新的中文名稱");
    expect(await coSponsorsOf(Number(coSponsorRow!["Item ID"]))).not.toContain(
      (await db.economy.findFirst({ where: { OR: [{ name: dropped }, { shortName: dropped }] } }))!.code,
    );
    expect(await coSponsorsOf(Number(coSponsorRow!["Item ID"]))).toContain("SG");
    const created = again.records.find((record) => record.Title === "A new self-funded project from a file")!;
    expect(created).toMatchObject({ Year: "2025", Kind: "Self-funded project", "Proposing economy": "Peru", "Co-sponsors": "Chile; Japan", Version: "1" });

    // Imported back unchanged, the file it gives is a no-op.
    const noop = await upload(new Uint8Array(await download("proposer=PE")), "again.csv", "check");
    expect(noop.report!.counts).toMatchObject({ create: 0, update: 0, refuse: 0 });
  });

  it("XLSX in Chinese: item and milestone sheets come back, with Chinese labels and due dates in short forms", async () => {
    const bytes = await download("proposer=PE&format=xlsx&lang=zh-TW");
    const book = await workbook(bytes);
    const items = sheetRecords(book.getWorksheet("項目")!);
    const milestones = sheetRecords(book.getWorksheet("里程碑")!);
    const target = items.records.find((record) => record.values["狀態"] !== "已完成")!;
    items.cell(target.row, "狀態").value = "已完成";
    const milestone = milestones.records[0]!;
    milestones.cell(milestone.row, "期限").value = "2026-Q3";
    milestones.cell(milestone.row, "對應會議").value = null;
    milestones.cell(milestone.row, "備註").value = { richText: [{ text: "Moved " }, { text: "by the chair" }] };
    const added = sheetRecords(book.getWorksheet("里程碑")!);
    const next = book.getWorksheet("里程碑")!.addRow([]);
    added.cell(next.number, "項目編號").value = target.values["項目編號"] as number;
    added.cell(next.number, "里程碑（英文）").value = "Final report circulated";
    added.cell(next.number, "期限").value = new Date(Date.UTC(2026, 10, 30));
    added.cell(next.number, "狀態").value = "預定";
    const edited = new Uint8Array(await book.xlsx.writeBuffer());

    const { check, apply } = await importBack(edited, "工作計畫.xlsx");
    expect(check.report!.ignoredSheets).toEqual(["連署明細", "連署矩陣", "檔案說明"]);
    expect(check.report!.counts).toMatchObject({ create: 1, update: 2, refuse: 0 });
    expect(check.report!.rows.find((row) => row.sheet === "項目")?.changes).toContainEqual({ field: "status", before: expect.any(String), after: "已完成" });
    expect(apply.ok, JSON.stringify(apply)).toBe(true);

    const again = await workbook(await download("proposer=PE&format=xlsx&lang=zh-TW"));
    const itemsAgain = sheetRecords(again.getWorksheet("項目")!);
    expect(itemsAgain.records.find((record) => record.values["項目編號"] === target.values["項目編號"])?.values["狀態"]).toBe("已完成");
    const milestonesAgain = sheetRecords(again.getWorksheet("里程碑")!);
    const movedAgain = milestonesAgain.records.find((record) => record.values["里程碑編號"] === milestone.values["里程碑編號"])!;
    expect(movedAgain.values).toMatchObject({ 期限: "2026-Q3", 備註: "Moved by the chair", 版本: (milestone.values["版本"] as number) + 1 });
    expect(milestonesAgain.records.find((record) => record.values["里程碑（英文）"] === "Final report circulated")?.values).toMatchObject({
      期限: "2026-11-30",
      狀態: "預定",
      版本: 1,
    });
  });
});

describe("new rows", () => {
  it("XLSX: a new item and its first milestone, linked by the APEC project number, come in together", async () => {
    const book = await workbook(await download("proposer=AU&format=xlsx"));
    const items = sheetRecords(book.getWorksheet("Items")!);
    const itemRow = book.getWorksheet("Items")!.addRow([]).number;
    for (const [name, value] of Object.entries({
      Year: 2026,
      Kind: "Initiative",
      Title: "A new initiative with a milestone",
      "APEC project number": "sccp 09 2026",
      "Proposing economy": "Australia",
      Status: "Proposed",
    })) {
      items.cell(itemRow, name).value = value;
    }
    const milestones = sheetRecords(book.getWorksheet("Milestones")!);
    const milestoneRow = book.getWorksheet("Milestones")!.addRow([]).number;
    for (const [name, value] of Object.entries({
      "APEC project number": "SCCP 09 2026",
      "Milestone (English)": "Inception meeting",
      Due: "2026-05",
      Status: "Planned",
    })) {
      milestones.cell(milestoneRow, name).value = value;
    }

    const { check, apply } = await importBack(new Uint8Array(await book.xlsx.writeBuffer()), "australia.xlsx");
    expect(check.report!.counts).toMatchObject({ create: 2, update: 0, refuse: 0 });
    expect(apply.ok, JSON.stringify(apply)).toBe(true);
    const item = await db.item.findUniqueOrThrow({ where: { projectNumber: "SCCP 09 2026" }, include: { milestones: true, forum: true } });
    expect(item).toMatchObject({
      titleEn: "A new initiative with a milestone",
      proposerCode: "AU",
      status: "PROPOSED",
      kind: "INITIATIVE",
      year: 2026,
      forum: { code: "SCCP" },
    });
    expect(item.milestones).toMatchObject([
      { title: "Inception meeting", precision: "MONTH", dueStart: "2026-05-01", dueEnd: "2026-05-31", status: "PLANNED", position: 0 },
    ]);
  });
});

describe("a dry run", () => {
  it("says for every refused row its number, column, value and why, and writes nothing", async () => {
    const edited = table(readCsv(await download("proposer=US")));
    const [first, second] = edited.records;
    first!["Proposing economy"] = "Atlantis";
    first!["Co-sponsors"] = "Peru; Narnia";
    second!.Status = "Finished-ish";
    second!.Year = "1850";
    edited.records.push({
      ...Object.fromEntries(edited.header.map((name) => [name, ""])),
      "Item ID": "999999",
      Title: "Ghost",
      Year: "2024",
      Kind: "Initiative",
      "Proposing economy": "Chile",
      Status: "Proposed",
    });
    const before = await snapshot();

    const result = await upload(edited.csv(";"), "united-states.csv", "check");
    expect(result.ok).toBe(false);
    expect(rendered(result.message)).toBe("3 rows are refused, so nothing can be applied. Correct the file and check it again.");
    const said = result
      .report!.rows.filter((row) => row.outcome === "refuse")
      .flatMap((row) => row.problems.map((problem) => `${row.line} ${problem.column} ${problem.value}: ${rendered(problem.message)}`));
    expect(said).toEqual([
      `2 Proposing economy Atlantis: No APEC economy is called "Atlantis".`,
      `2 Co-sponsors Narnia: No APEC economy is called "Narnia".`,
      `3 Status Finished-ish: "Finished-ish" is not one of the values this column takes.`,
      `3 Year 1850: ${rendered(msg("v.yearRange"))}`,
      `${edited.records.length + 1} Item ID 999999: No item has the ID 999999.`,
    ]);
    expect(await snapshot()).toBe(before);
  });

  it("refuses a milestone with a due date parseDue does not read, naming the column", async () => {
    const edited = table(readCsv(await download("proposer=PE&layout=milestones")));
    const row = edited.records.find((record) => !record["Anchor meeting"])!;
    row.Due = "15/04/2024";
    const result = await upload(edited.csv(), "milestones.csv", "check");
    expect(result.report!.rows[0]!.problems.map((problem) => [problem.column, problem.value, rendered(problem.message)])).toEqual([
      ["Due", "15/04/2024", rendered(msg("v.due", { value: "15/04/2024" }))],
    ]);
  });

  it("refuses a file whose columns are not the export's, or that is not a spreadsheet, with reasons", async () => {
    const cases: [string | Uint8Array, string, RegExp][] = [
      ["", "empty.csv", /"empty.csv" is empty/],
      ["Year,Title,Colour\r\n2024,x,red\r\n", "wrong.csv", /does not have the columns of a work-plan export/],
      [new Uint8Array([0x50, 0x4b, 1, 2, 3]), "broken.xlsx", /not an Excel workbook/],
      [
        "Item ID,Version,Year,Kind,Title,APEC project number,Proposing economy,Co-sponsors,Status,Colour\r\n",
        "extra.csv",
        /the column "Colour" is not one of the export's[\s\S]*missing: Title \(other language\)/,
      ],
      [await download("proposer=PE&layout=long"), "long.csv", /one row per item and co-sponsor/],
      ["a".repeat(1024 * 1024 + 1), "huge.csv", /is 1025 KB; an import takes at most 1024 KB/],
      [new Uint8Array([0xff, 0xfe, 0x41, 0x00]), "utf16.csv", /not a text file/],
      ["x", "plan.xls", /not a \.csv or \.xlsx file/],
      [await zipBomb(), "bomb.xlsx", /unpacks to more than an import reads/],
    ];
    const before = await snapshot();
    for (const [content, name, expected] of cases) {
      const result = await upload(content, name, "check");
      expect(result.ok, name).toBe(false);
      expect((result.problems ?? []).map((problem) => rendered(problem)).join("\n"), name).toMatch(expected);
    }
    expect(await snapshot()).toBe(before);
  });

  it("refuses more rows than an import takes", async () => {
    const edited = table(readCsv(await download("proposer=US")));
    const row = edited.records[0]!;
    for (let i = 0; i < 1001; i++) edited.records.push({ ...row, "Item ID": "", Version: "", "APEC project number": "" });
    const result = await upload(edited.csv(), "many.csv", "check");
    expect(rendered(result.problems![0]!)).toBe(`many.csv: ${edited.records.length.toLocaleString("en")} rows; an import takes at most 1,000 rows a sheet.`);
  });
});

describe("applying", () => {
  it("writes nothing, and records nothing, when one row of many is refused", async () => {
    const edited = table(readCsv(await download("proposer=PE")));
    edited.records[0]!.Status = "Cancelled";
    edited.records[1]!["Proposing economy"] = "Atlantis";
    const before = await snapshot();
    const check = await upload(edited.csv(), "one-bad.csv", "check");
    expect(check.ok).toBe(false);
    // Even with the hash of a plan that was acceptable, the apply plans again and refuses.
    edited.records[1]!["Proposing economy"] = "Peru";
    const good = await upload(edited.csv(), "one-bad.csv", "check");
    edited.records[1]!["Proposing economy"] = "Atlantis";
    const apply = await upload(edited.csv(), "one-bad.csv", "apply", good.report!.planHash);
    expect(apply.ok).toBe(false);
    expect(apply.report!.counts.refuse).toBe(1);
    expect(await snapshot()).toBe(before);
  });

  it("needs the hash of a check of this very file", async () => {
    const edited = table(readCsv(await download("proposer=PE")));
    edited.records[0]!.Year = "2030";
    const before = await snapshot();
    const unchecked = await upload(edited.csv(), "x.csv", "apply");
    expect(unchecked.ok || unchecked.fieldErrors?.planHash?.map((message: string) => rendered(message))).toEqual(["Check the file before applying it."]);
    const wrong = await upload(edited.csv(), "x.csv", "apply", "0".repeat(64));
    expect(rendered(wrong.message)).toBe("The work plan or the file changed since the check; nothing was applied. Check the file again.");
    expect(await snapshot()).toBe(before);
  });

  it("is refused to viewers and to anyone not signed in, and writes nothing", async () => {
    const edited = table(readCsv(await download("proposer=PE")));
    edited.records[0]!.Year = "2031";
    const { report } = await upload(edited.csv(), "x.csv", "check");
    const before = await snapshot();
    for (const [who, message] of [
      [viewer, "a.roleForbids"],
      [null, "a.notSignedIn"],
    ] as const) {
      signIn(who);
      for (const intent of ["check", "apply"] as const) {
        const result = await upload(edited.csv(), "x.csv", intent, report!.planHash);
        expect(result).toMatchObject({ ok: false, message: msg(message) });
        expect(result.report).toBeUndefined();
      }
    }
    signIn(editor);
    expect(await snapshot()).toBe(before);
  });

  it("records one audit event per item and milestone changed, and one for the import, signed by the officer", async () => {
    const items = table(readCsv(await download("proposer=US")));
    const second = items.records.find((record) => record["Co-sponsors"]);
    const first = items.records.find((record) => record !== second);
    const year = Number(first!.Year);
    first!.Year = String(year + 3);
    second!["Co-sponsors"] = "";
    const since = (await db.auditEvent.findFirst({ orderBy: { id: "desc" } }))!.id;
    const { apply } = await importBack(items.csv(), "us.csv");
    expect(apply.ok, JSON.stringify(apply)).toBe(true);
    const events = await db.auditEvent.findMany({ where: { id: { gt: since } }, orderBy: { id: "asc" } });
    // In the file's order, then the import's own.
    const inFileOrder = [first!, second!].sort((a, b) => items.records.indexOf(a) - items.records.indexOf(b));
    expect(events.map((event) => [event.action, event.entityType, event.itemId])).toEqual([
      ...inFileOrder.map((record) => ["item.update", "Item", Number(record["Item ID"])]),
      ["import.apply", "Import", null],
    ]);
    expect(events.every((event) => event.userId === editor.id)).toBe(true);
    const yearEvent = events.find((event) => event.itemId === Number(first!["Item ID"]))!;
    expect(JSON.parse(yearEvent.before!)).toEqual({ year });
    expect(JSON.parse(yearEvent.after!)).toEqual({ year: year + 3 });
    expect(rendered(yearEvent.summary)).toBe("Changed Work-plan year by importing us.csv");
    expect(JSON.parse(events.find((event) => event.itemId === Number(second!["Item ID"]))!.after!)).toMatchObject({ coSponsors: [] });
    expect(rendered(events[2]!.summary)).toBe("Imported us.csv: 0 new items, 2 items changed, 0 milestones added or changed");
    expect(await coSponsorsOf(Number(second!["Item ID"]))).toEqual([]);
  });
});

describe("a change someone else makes", () => {
  it("between the dry run and the apply is refused, not overwritten", async () => {
    const edited = table(readCsv(await download("proposer=PE")));
    const row = edited.records[0]!;
    row.Status = "Cancelled";
    const check = await upload(edited.csv(), "late.csv", "check");
    expect(check.ok).toBe(true);
    await db.item.update({ where: { id: Number(row["Item ID"]) }, data: { titleEn: "Renamed by a colleague meanwhile", version: { increment: 1 } } });
    const before = await snapshot();
    const apply = await upload(edited.csv(), "late.csv", "apply", check.report!.planHash);
    expect(apply.ok).toBe(false);
    expect(rendered(apply.message)).toBe("1 row is refused, so nothing can be applied. Correct the file and check it again.");
    expect(rendered(apply.report!.rows[0]!.problems.find((problem) => problem.column === "Version")!.message)).toMatch(
      /^Changed by someone else since this file was exported/,
    );
    expect(await snapshot()).toBe(before);
    expect((await db.item.findUniqueOrThrow({ where: { id: Number(row["Item ID"]) } })).titleEn).toBe("Renamed by a colleague meanwhile");
  });

  it("to a record the file does not change is no reason to refuse, but the plan checked must still be the plan applied", async () => {
    const edited = table(readCsv(await download("proposer=PE")));
    const [changed, untouched] = edited.records;
    changed!.Year = "2029";
    const check = await upload(edited.csv(), "other.csv", "check");
    // A colleague changes a field of another row that this file still has as it was.
    await db.item.update({ where: { id: Number(untouched!["Item ID"]) }, data: { status: "CANCELLED", version: { increment: 1 } } });
    const apply = await upload(edited.csv(), "other.csv", "apply", check.report!.planHash);
    expect(apply.ok).toBe(false);
    expect((await db.item.findUniqueOrThrow({ where: { id: Number(untouched!["Item ID"]) } })).status).toBe("CANCELLED");
    expect((await db.item.findUniqueOrThrow({ where: { id: Number(changed!["Item ID"]) } })).year).not.toBe(2029);
  });
});
