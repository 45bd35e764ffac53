// The co-sponsorship CSV, read back with an independent parser and compared with the database.
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/(app)/items/export/route";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed/seed";

vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));

beforeAll(async () => {
  await seedDatabase(db);
  const viewer = await db.user.create({
    data: { email: "viewer@export.test", name: "Viewer", role: "VIEWER", passwordHash: await hashPassword("x-long-password") },
  });
  vi.mocked(readSessionClaims).mockResolvedValue({ userId: viewer.id, sessionVersion: viewer.sessionVersion, sessionId: "test-session", method: "password" });
});

async function download(query: string) {
  const response = await GET(new Request(`http://localhost/items/export?${query}`));
  // Response.text() would drop the byte-order mark this test wants to see.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { response, text };
}

function parse(text: string, delimiter = ",") {
  expect(text.startsWith("\uFEFF"), "a byte-order mark, for Excel").toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter, newline: "\r\n", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("the co-sponsorship list as CSV", () => {
  it("has one row per item Peru proposes, with each co-sponsor list as the report gives it", async () => {
    const { response, text } = await download("proposer=PE");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="sccp-co-sponsorships-\d{4}-\d{2}-\d{2}\.csv"/);
    const [header, ...rows] = parse(text);
    expect(header?.slice(0, 7)).toEqual(["Year", "Kind", "Title", "Title (other language)", "APEC project number", "Proposing economy", "Co-sponsors"]);
    // What an import needs to find each row's item again comes last, after the table's view.
    expect(header?.slice(-2)).toEqual(["Item ID", "Version"]);
    expect(rows).toHaveLength(7);
    const saved = await db.item.findMany({ where: { proposerCode: "PE", archivedAt: null }, select: { id: true, version: true } });
    expect(rows.map((row) => `${row.at(-2)}@${row.at(-1)}`).sort()).toEqual(saved.map((item) => `${item.id}@${item.version}`).sort());
    expect(rows.every((row) => row[5] === "Peru")).toBe(true);
    const transparency = rows.find((row) => row[2]!.startsWith("Best Practices to Enhance Transparency"));
    expect(transparency?.[6]?.split("; ").sort()).toEqual(["China", "Hong Kong, China", "Korea", "United States"]);
    expect(transparency?.[3]).toBe("提升物流供應鏈透明度最佳範例：國際貿易物流服務資訊平臺");
  });

  it("in long form has one row per item and co-sponsor, as many as the database holds", async () => {
    const expected = await db.coSponsorship.count({ where: { withdrawnOn: null, item: { proposerCode: "PE", archivedAt: null } } });
    const [header, ...rows] = parse((await download("proposer=PE&layout=long")).text);
    expect(header).toContain("Co-sponsor code");
    expect(rows).toHaveLength(expected);
    expect(rows.filter((row) => row[6] === "HK").map((row) => row[5])).toEqual(["Hong Kong, China"]);
  });

  it("in milestone form has one row per milestone of those items, due dates in the short forms officers type", async () => {
    const expected = await db.milestone.findMany({
      where: { item: { proposerCode: "PE", archivedAt: null } },
      select: { id: true, version: true, precision: true, anchor: true },
    });
    const [header, ...rows] = parse((await download("proposer=PE&layout=milestones")).text);
    expect(header).toEqual([
      "Item ID",
      "APEC project number",
      "Item",
      "Milestone ID",
      "Version",
      "Milestone (English)",
      "Milestone (Chinese)",
      "Due",
      "Anchor meeting",
      "Status",
      "Completed on",
      "Note",
    ]);
    expect(rows.map((row) => `${row[3]}@${row[4]}`).sort()).toEqual(expected.map((m) => `${m.id}@${m.version}`).sort());
    expect(rows.every((row) => /^(\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?)?$/.test(row[7]!))).toBe(true);
    const anchored = expected.filter((m) => m.precision === "ANCHOR");
    for (const milestone of anchored) expect(rows.find((row) => row[3] === String(milestone.id))?.[8]).toBe(milestone.anchor);
  });

  it("uses ; as separator when asked, and Chinese when asked", async () => {
    const [header, ...rows] = parse((await download("proposer=PE&sep=semicolon&lang=zh-TW")).text, ";");
    expect(header?.slice(0, 3)).toEqual(["年度", "類型", "名稱"]);
    const transparency = rows.find((row) => row[2] === "提升物流供應鏈透明度最佳範例：國際貿易物流服務資訊平臺");
    expect(transparency?.[5]).toBe("秘魯");
    expect(transparency?.[6]?.split("、").sort()).toEqual(["中國大陸", "美國", "韓國", "香港"].sort());
  });

  it("refuses an unknown setting or value with a message, and an anonymous caller with 401", async () => {
    const bad = await download("proposer=PE&layout=pivot");
    expect(bad.response.status).toBe(400);
    expect(bad.text).toMatch(/is not allowed for "layout"/);
    expect((await download("proposer=ZZZ")).response.status).toBe(400);
    const unknown = await download("coSponsor=ZZ");
    expect(unknown.response.status).toBe(400);
    expect(unknown.text).toMatch(/No APEC economy has the code "ZZ"/);
    expect((await download("style=wide")).text).toMatch(/"style" is not a filter/);
    expect((await download("format=pdf")).text).toMatch(/"pdf" is not allowed for "format"; use one of: csv, xlsx/);
    vi.mocked(readSessionClaims).mockResolvedValueOnce(null);
    expect((await download("proposer=PE")).response.status).toBe(401);
  });
});

describe("the co-sponsorship workbook", () => {
  async function workbook(query: string) {
    const XLSX = await import("xlsx");
    const response = await GET(new Request(`http://localhost/items/export?${query}`));
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    return XLSX.read(new Uint8Array(await response.arrayBuffer()), { type: "array", cellDates: true });
  }

  it("reads back, with an independent reader, as the table's rows, the long form, the matrix and where it came from", async () => {
    const XLSX = await import("xlsx");
    const book = await workbook("proposer=PE&format=xlsx");
    expect(book.SheetNames).toEqual(["Items", "Milestones", "Co-sponsorships", "Matrix", "About this file"]);

    const items = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Items!);
    expect(items).toHaveLength(7);
    const transparency = items.find((row) => String(row.Title).startsWith("Best Practices to Enhance Transparency"));
    expect(transparency?.["Proposing economy"]).toBe("Peru");
    expect(String(transparency?.["Co-sponsors"]).split("; ").sort()).toEqual(["China", "Hong Kong, China", "Korea", "United States"]);
    expect(transparency?.["Title (other language)"]).toBe("提升物流供應鏈透明度最佳範例：國際貿易物流服務資訊平臺");
    expect(book.Sheets.Items!["!autofilter"]).toBeDefined();
    expect(typeof transparency?.["Item ID"]).toBe("number");
    expect(typeof transparency?.Version).toBe("number");

    const milestones = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Milestones!);
    expect(milestones).toHaveLength(await db.milestone.count({ where: { item: { proposerCode: "PE", archivedAt: null } } }));
    expect(milestones.every((row) => typeof row["Milestone ID"] === "number" && typeof row["Milestone (English)"] === "string")).toBe(true);

    const long = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets["Co-sponsorships"]!);
    expect(long).toHaveLength(await db.coSponsorship.count({ where: { withdrawnOn: null, item: { proposerCode: "PE", archivedAt: null } } }));

    const matrix = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Matrix!);
    const row = matrix.find((r) => String(r["Item \\ economy"]).startsWith("Best Practices to Enhance Transparency"));
    expect(row?.PE).toBe("P");
    expect(row?.HK).toBe("×");
    expect(row?.JP).toBeUndefined();

    const about = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets["About this file"]!, { header: 1 });
    expect(about.find((r) => r[0] === "Filters")?.[1]).toBe("Proposed by Peru");
    expect(about.find((r) => r[0] === "Generated")?.[1]).toMatch(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC$/);
  });

  it("speaks Chinese when asked", async () => {
    const book = await workbook("proposer=PE&format=xlsx&lang=zh-TW");
    expect(book.SheetNames).toEqual(["項目", "里程碑", "連署明細", "連署矩陣", "檔案說明"]);
  });
});

describe("what one economy co-sponsors", () => {
  it("is the items it currently backs, one row each", async () => {
    const expected = await db.item.count({ where: { archivedAt: null, coSponsorships: { some: { economyCode: "US", withdrawnOn: null } } } });
    const response = await GET(new Request("http://localhost/items/export?coSponsor=US"));
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    const [, ...rows] = Papa.parse<string[]>(text.slice(1), { newline: "\r\n", skipEmptyLines: true }).data;
    expect(rows).toHaveLength(expected);
    expect(expected).toBe(5);
    expect(rows.every((row) => row[6]!.split("; ").includes("United States"))).toBe(true);
  });
});
