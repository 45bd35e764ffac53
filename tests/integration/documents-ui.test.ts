// What the documents' sections and the documents page read: a record's documents with their
// versions, newest first, archived ones apart; and the search by title or APEC number, which must
// fold case and treat no character as a wildcard on SQLite and PostgreSQL alike, filter, page, and
// refuse a link it cannot read by name.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { formatSize, languageName } from "@/components/documents/labels";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { DocumentKind } from "@/lib/db/generated/enums";
import {
  briefDocuments,
  documentPlaces,
  documentsOf,
  itemArchivedAt,
  parseDocumentSearch,
  searchDocuments,
  type DocumentSearch,
} from "@/lib/documents/queries";
import { msg } from "@/lib/i18n/message";
import { seedDatabase } from "@/prisma/seed/seed";
import { rendered } from "../support/messages";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let uploader: { id: number; name: string };
let item: { id: number };
let other: { id: number };
let archivedItem: { id: number };
let meeting: { id: number };
let stamp = 0;

/** A document with `files` versions (1, 2…), each a blob of its own, made a second apart so "newest" is certain. */
async function makeDocument(
  fields: { title: string; kind?: DocumentKind; language?: string; apecNumber?: string; itemId?: number; meetingId?: number; archived?: boolean },
  files = 1,
) {
  stamp += 1;
  const at = new Date(Date.UTC(2024, 0, 1, 0, 0, stamp));
  const document = await db.document.create({
    data: {
      title: fields.title,
      kind: fields.kind ?? "REPORT",
      language: fields.language ?? "en",
      apecNumber: fields.apecNumber ?? null,
      itemId: fields.itemId ?? null,
      meetingId: fields.meetingId ?? null,
      archivedAt: fields.archived ? at : null,
      createdAt: at,
      updatedAt: at,
    },
  });
  for (let number = 1; number <= files; number += 1) {
    const blob = await db.documentBlob.create({ data: { size: 1000 * number, complete: true } });
    await db.documentVersion.create({
      data: {
        documentId: document.id,
        number,
        blobId: blob.id,
        fileName: `${fields.title.replace(/\W+/g, "-")}-v${number}.pdf`,
        contentType: "application/pdf",
        size: 1000 * number,
        sha256: `${document.id}-${number}`.padEnd(64, "0"),
        uploadedById: uploader.id,
        createdAt: new Date(at.getTime() + number),
      },
    });
  }
  return document;
}

function search(query: Record<string, string>) {
  return parseDocumentSearch(query).then((parsed) => {
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    return parsed.data;
  });
}

const titles = async (query: Record<string, string>, editor = true) => (await searchDocuments(await search(query), editor)).rows.map((row) => row.title);

beforeAll(async () => {
  await seedDatabase(db);
  uploader = await db.user.create({
    data: { email: "mei@documents.test", name: "Mei Lin", role: "EDITOR", passwordHash: await hashPassword("x-long-password") },
    select: { id: true, name: true },
  });
  const items = await db.item.findMany({ where: { archivedAt: null }, orderBy: { id: "asc" }, take: 3, select: { id: true } });
  [item, other, archivedItem] = [items[0]!, items[1]!, items[2]!];
  await db.item.update({ where: { id: archivedItem.id }, data: { archivedAt: new Date("2024-05-01T00:00:00Z") } });
  meeting = await db.meeting.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });

  await makeDocument({ title: "Concept note on green customs", kind: "CONCEPT_NOTE", apecNumber: "2024/SOM1/SCCP/005", itemId: item.id }, 3);
  await makeDocument({ title: "Survey on e-B/L", kind: "SURVEY", language: "zh-TW", itemId: item.id, meetingId: meeting.id });
  await makeDocument({ title: "Old agenda", kind: "AGENDA", itemId: item.id, archived: true });
  await makeDocument({ title: "100% of 50_50 answers", kind: "OTHER", itemId: other.id });
  await makeDocument({ title: "1000 of 5050 answers", kind: "OTHER", itemId: other.id });
  await makeDocument({ title: "Completion report", kind: "REPORT", apecNumber: "2023/SOM3/SCCP/011", itemId: archivedItem.id });
  await makeDocument({ title: "Économie numérique", kind: "PRESENTATION", language: "fr", meetingId: meeting.id });
  await makeDocument({ title: "電子提單研討會報告", kind: "REPORT", language: "zh-TW", meetingId: meeting.id });
});

describe("a record's documents", () => {
  it("lists the live ones most recently changed first, each with its versions newest first and who uploaded them", async () => {
    const live = await documentsOf({ itemId: item.id }, { archived: false });
    expect(live.map((d) => d.title)).toEqual(["Survey on e-B/L", "Concept note on green customs"]);
    const note = live[1]!;
    expect(note.versions.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(note.versions[0]).toMatchObject({ fileName: "Concept-note-on-green-customs-v3.pdf", size: 3000, uploadedBy: { name: "Mei Lin" } });
  });

  it("keeps the archived ones apart, for an editor's collapsed list", async () => {
    expect((await documentsOf({ itemId: item.id }, { archived: true })).map((d) => d.title)).toEqual(["Old agenda"]);
  });

  it("finds a meeting's documents, one shared with an item too", async () => {
    const titles = (await documentsOf({ meetingId: meeting.id }, { archived: false })).map((d) => d.title);
    expect(titles).toEqual(["電子提單研討會報告", "Économie numérique", "Survey on e-B/L"]);
  });

  it("gives the brief the meeting's own documents, then each live reported item's, none twice", async () => {
    for (const reported of [other, archivedItem]) {
      await db.meetingItem.upsert({
        where: { meetingId_itemId: { meetingId: meeting.id, itemId: reported.id } },
        create: { meetingId: meeting.id, itemId: reported.id },
        update: {},
      });
    }
    const brief = await briefDocuments(meeting.id);
    expect(brief.own.map((d) => d.title)).toEqual(["電子提單研討會報告", "Économie numérique", "Survey on e-B/L"]);
    const otherGroup = brief.items.find((group) => group.id === other.id);
    expect(otherGroup?.documents.map((d) => d.title)).toEqual(["1000 of 5050 answers", "100% of 50_50 answers"]);
    expect(brief.items.map((group) => group.id)).not.toContain(archivedItem.id);
    const listed = brief.items.flatMap((group) => group.documents.map((d) => d.title));
    expect(listed).not.toContain("Survey on e-B/L");
    expect(listed).not.toContain("Old agenda");
  });

  it("knows which items are archived, and which do not exist", async () => {
    expect(await itemArchivedAt(archivedItem.id)).toEqual(new Date("2024-05-01T00:00:00Z"));
    expect(await itemArchivedAt(item.id)).toBeNull();
    expect(await itemArchivedAt(2_000_000)).toBeUndefined();
  });
});

describe("the documents search", () => {
  it("finds titles whatever their case", async () => {
    expect(await titles({ q: "SURVEY" })).toEqual(["Survey on e-B/L"]);
    expect(await titles({ q: "green CUSTOMS" })).toEqual(["Concept note on green customs"]);
  });

  it("finds APEC numbers, in part and in any case", async () => {
    expect(await titles({ q: "2024/som1" })).toEqual(["Concept note on green customs"]);
    expect(await titles({ q: "SCCP/0" })).toEqual(["Completion report", "Concept note on green customs"]);
  });

  it("takes % and _ as themselves, not as wildcards", async () => {
    expect(await titles({ q: "100%" })).toEqual(["100% of 50_50 answers"]);
    expect(await titles({ q: "50_50" })).toEqual(["100% of 50_50 answers"]);
  });

  it("folds beyond A–Z when the search does, and finds Chinese", async () => {
    expect(await titles({ q: "ÉCONOMIE" })).toEqual(["Économie numérique"]);
    expect(await titles({ q: "economie" })).toEqual([]);
    expect(await titles({ q: "提單" })).toEqual(["電子提單研討會報告"]);
  });

  it("filters by kind, language, item and meeting, together with the search", async () => {
    expect(await titles({ kind: "survey" })).toEqual(["Survey on e-B/L"]);
    expect(await titles({ language: "ZH-tw" })).toEqual(["電子提單研討會報告", "Survey on e-B/L"]);
    expect(await titles({ item: String(item.id) })).toEqual(["Survey on e-B/L", "Concept note on green customs"]);
    expect(await titles({ meeting: String(meeting.id), kind: "report" })).toEqual(["電子提單研討會報告"]);
    expect(await titles({ meeting: String(meeting.id), q: "survey", language: "zh-TW" })).toEqual(["Survey on e-B/L"]);
  });

  it("never lists archived documents, and hides an archived item's files from viewers only", async () => {
    expect(await titles({ q: "agenda" })).toEqual([]);
    expect(await titles({ q: "completion" }, true)).toEqual(["Completion report"]);
    expect(await titles({ q: "completion" }, false)).toEqual([]);
  });

  it("returns each row with its current version and where it belongs", async () => {
    const { rows } = await searchDocuments(await search({ q: "green" }), false);
    expect(rows[0]).toMatchObject({
      apecNumber: "2024/SOM1/SCCP/005",
      item: { id: item.id },
      meeting: null,
      versions: [{ number: 3, size: 3000, uploadedBy: { name: "Mei Lin" } }],
    });
  });

  it("pages like the rest of the app: 25 a page, the total counted, a page past the end empty", async () => {
    for (let n = 1; n <= 27; n += 1) await makeDocument({ title: `Paging sample ${String(n).padStart(2, "0")}`, kind: "OTHER", meetingId: meeting.id });
    const first = await searchDocuments(await search({ q: "paging sample" }), true);
    expect(first).toMatchObject({ total: 27, page: 1, size: 25, pageCount: 2 });
    expect(first.rows[0]!.title).toBe("Paging sample 27");
    const second = await searchDocuments(await search({ q: "paging sample", page: "2" }), true);
    expect(second.rows.map((row) => row.title)).toEqual(["Paging sample 02", "Paging sample 01"]);
    const fifty = await searchDocuments(await search({ q: "paging sample", size: "50" }), true);
    expect(fifty.rows).toHaveLength(27);
    const beyond = await searchDocuments(await search({ q: "paging sample", page: "3" }), true);
    expect(beyond).toMatchObject({ rows: [], total: 27, pageCount: 2 });
  });

  it("offers as item and meeting filters only the records with documents the reader can find", async () => {
    const ids = (places: Awaited<ReturnType<typeof documentPlaces>>) => places.items.map((i) => i.id).sort((a, b) => a - b);
    expect(ids(await documentPlaces(true))).toEqual([item.id, other.id, archivedItem.id].sort((a, b) => a - b));
    expect(ids(await documentPlaces(false))).toEqual([item.id, other.id].sort((a, b) => a - b));
    expect((await documentPlaces(false)).meetings.map((m) => m.id)).toEqual([meeting.id]);
  });
});

describe("a documents link the page cannot read", () => {
  const problems = async (query: Record<string, string | string[]>) => {
    const parsed = await parseDocumentSearch(query);
    return parsed.ok ? [] : parsed.problems;
  };

  it("reads the defaults and normalises what it can", async () => {
    expect(await search({})).toEqual({ page: 1, size: 25 } satisfies Partial<DocumentSearch>);
    expect(await search({ q: "  survey ", kind: "concept-note", language: "zh-tw" })).toMatchObject({ q: "survey", kind: "CONCEPT_NOTE", language: "zh-TW" });
    expect((await search({ q: "   " })).q).toBeUndefined();
  });

  it("names an unknown or repeated parameter", async () => {
    expect(await problems({ sort: "title" })).toEqual([msg("v.unknownFilter", { name: "sort" })]);
    expect(await problems({ kind: ["SURVEY", "REPORT"] })).toEqual([msg("v.repeatedFilter", { name: "kind", count: 2 })]);
  });

  it("quotes a wrong value back", async () => {
    expect(await problems({ kind: "memo" })).toEqual([msg("v.filterValue", { name: "kind", value: "memo" })]);
    expect(await problems({ language: "klingon" })).toEqual([msg("v.filterValue", { name: "language", value: "klingon" })]);
    expect(await problems({ item: "abc" })).toEqual([msg("v.filterValue", { name: "item", value: "abc" })]);
    expect(await problems({ page: "0" })).toEqual([msg("v.page")]);
    expect(await problems({ size: "7" })).toEqual([msg("v.pageSize", { sizes: "25, 50, 100, 200" })]);
    expect(await problems({ q: "x".repeat(101) })).toEqual([msg("v.searchLength")]);
  });

  it("says when the item or meeting named does not exist, in either language", async () => {
    const [missingItem] = await problems({ item: "2000000" });
    expect(rendered(missingItem!)).toBe("There is no work-plan item 2000000.");
    expect(rendered(missingItem!, "zh-TW")).toBe("沒有編號 2000000 的工作計畫項目。");
    const [missingMeeting] = await problems({ meeting: "2000000" });
    expect(rendered(missingMeeting!)).toBe("There is no meeting 2000000.");
  });
});

describe("a document's words", () => {
  const t = (key: string) => (key === "languageOther" ? "Other language" : key);

  it("names languages in the reader's language, Chinese by its script", () => {
    expect(languageName("zh-TW", "en", t)).toBe("Traditional Chinese");
    expect(languageName("zh-TW", "zh-TW", t)).toBe("繁體中文");
    expect(languageName("zh-CN", "en", t)).toBe("Simplified Chinese");
    expect(languageName("es", "zh-TW", t)).toBe("西班牙文");
    expect(languageName("other", "en", t)).toBe("Other language");
  });

  it("gives sizes in kB below a megabyte and in MB above", () => {
    expect(formatSize(420, "en")).toBe("0.4 kB");
    expect(formatSize(820_000, "en")).toBe("820 kB");
    expect(formatSize(12_400_000, "zh-TW")).toBe("12.4 MB");
  });
});
