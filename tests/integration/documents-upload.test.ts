// Documents end to end through their routes, called as Next.js calls them: the upload streamed into
// the database chunk by chunk, the type from the content, the name sanitised, the download streamed
// back as an attachment that no browser renders, each rule refused with its code and nothing kept,
// and each change in the audit trail. Then the attacks the issue names.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as downloadLatest } from "@/app/(app)/documents/[id]/download/route";
import { GET as downloadVersion } from "@/app/(app)/documents/[id]/versions/[n]/download/route";
import { POST as uploadRoute } from "@/app/(app)/documents/upload/route";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { CHUNK_BYTES, MAX_FILE_BYTES } from "@/lib/documents/limits";
import { seedDatabase } from "@/prisma/seed/seed";
import { bombDocx, bytes, docx, HTML, PDF, POLYGLOT, traversalDocx } from "../support/document-files";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));

let editor: User;
let viewer: User;
let itemId: number;
let meetingId: number;

function signIn(user: User | null) {
  vi.mocked(readSessionClaims).mockResolvedValue(
    user ? { userId: user.id, sessionVersion: user.sessionVersion, sessionId: "test-session", method: "password" } : null,
  );
}

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  editor = await db.user.create({ data: { email: "editor@documents.test", name: "Edith Editor", role: "EDITOR", passwordHash } });
  viewer = await db.user.create({ data: { email: "viewer@documents.test", name: "Victor Viewer", role: "VIEWER", passwordHash } });
  itemId = (await db.item.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { id: "asc" } })).id;
  meetingId = (await db.meeting.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
}, 120_000);

type Fields = Record<string, string | number>;

/** Posts the upload form: the fields in order, then the file, as the page's form sends them. */
function uploadRequest(fields: Fields, file: { bytes: Uint8Array; name: string } | null, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
  if (file) form.append("file", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: "text/html" }));
  return new Request("http://localhost/documents/upload", { method: "POST", body: form, headers: { accept: "application/json", ...headers } });
}

async function upload(fields: Fields, file: { bytes: Uint8Array; name: string } | null, headers: Record<string, string> = {}) {
  const response = await uploadRoute(uploadRequest(fields, file, headers));
  const body = response.headers.get("content-type")?.includes("json") ? ((await response.json()) as Record<string, unknown>) : null;
  return { status: response.status, body, location: response.headers.get("location") };
}

const newDocument = (extra: Fields = {}): Fields => ({ itemId, title: "Concept note", kind: "CONCEPT_NOTE", language: "en", ...extra });

async function download(id: number, number?: number) {
  const request = new Request(`http://localhost/documents/${id}/download`);
  const response =
    number === undefined
      ? await downloadLatest(request, { params: Promise.resolve({ id: String(id) }) })
      : await downloadVersion(request, { params: Promise.resolve({ id: String(id), n: String(number) }) });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/** Everything an upload may write, so a refused one can be shown to have kept nothing. */
async function stored() {
  const [documents, versions, blobs, chunks, audits] = await Promise.all([
    db.document.count(),
    db.documentVersion.count(),
    db.documentBlob.count(),
    db.documentChunk.count(),
    db.auditEvent.count({ where: { action: { startsWith: "document." } } }),
  ]);
  return { documents, versions, blobs, chunks, audits };
}

/** A file of `size` bytes that is a PDF throughout, with bytes that differ from chunk to chunk. */
function largePdf(size: number): Uint8Array {
  const file = new Uint8Array(size);
  for (let at = 0; at < size; at++) file[at] = (at * 31 + (at >> 12)) & 0x7f;
  file.set(PDF.subarray(0, 8));
  return file;
}

describe("an editor's upload and its download", () => {
  it("stores a PDF for an item chunk by chunk, records the audit event, and gives back the same bytes", async () => {
    signIn(editor);
    const file = largePdf(2 * CHUNK_BYTES + 1234);
    const { status, body } = await upload(newDocument({ apecNumber: "2024/SOM1/SCCP/005" }), { bytes: file, name: "concept.pdf" });
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, number: 1, message: "“Concept note” was uploaded." });
    const id = body!.documentId as number;
    const document = await db.document.findUniqueOrThrow({ where: { id }, include: { versions: { include: { blob: { include: { chunks: true } } } } } });
    expect(document).toMatchObject({
      itemId,
      meetingId: null,
      title: "Concept note",
      kind: "CONCEPT_NOTE",
      language: "en",
      apecNumber: "2024/SOM1/SCCP/005",
      version: 1,
    });
    const [version] = document.versions;
    expect(version).toMatchObject({
      number: 1,
      fileName: "concept.pdf",
      contentType: "application/pdf",
      size: file.length,
      sha256: sha256(file),
      uploadedById: editor.id,
    });
    expect(version!.blob.complete).toBe(true);
    expect(version!.blob.chunks.map((chunk) => [chunk.index, chunk.data.length])).toEqual([
      [0, CHUNK_BYTES],
      [1, CHUNK_BYTES],
      [2, 1234],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "document.upload", entityId: String(id) } });
    expect(audit).toMatchObject({ userId: editor.id, entityType: "Document", itemId });
    expect(JSON.parse(audit.after!)).toMatchObject({ title: "Concept note", file: "concept.pdf", number: 1, sha256: sha256(file), size: file.length });

    signIn(viewer);
    const { response, bytes: back } = await download(id);
    expect(response.status).toBe(200);
    expect(sha256(back)).toBe(sha256(file));
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(file.length),
      "content-disposition": `attachment; filename="concept.pdf"; filename*=UTF-8''concept.pdf`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox; default-src 'none'",
      "cache-control": "private, no-store",
    });
  });

  it("keeps a document for a meeting, or for an item and a meeting at once", async () => {
    signIn(editor);
    const forMeeting = await upload({ meetingId, title: "Agenda", kind: "AGENDA", language: "zh-TW" }, { bytes: bytes("議程\n"), name: "agenda.txt" });
    expect(forMeeting.status).toBe(200);
    expect(await db.document.findUniqueOrThrow({ where: { id: forMeeting.body!.documentId as number } })).toMatchObject({ itemId: null, meetingId });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "document.upload", entityId: String(forMeeting.body!.documentId) } });
    expect(audit.itemId).toBeNull();
    const both = await upload(newDocument({ meetingId, title: "Survey" }), { bytes: bytes("a,b\n1,2\n"), name: "survey.csv" });
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: both.body!.documentId as number } });
    expect(version.contentType).toBe("text/csv");
    signIn(viewer);
    expect((await download(both.body!.documentId as number)).response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });

  it("replaces a document with version 2, keeps version 1 downloadable, and refuses a replacement made from an old version", async () => {
    signIn(editor);
    const first = await upload(newDocument({ title: "Survey questionnaire", kind: "SURVEY" }), { bytes: PDF, name: "survey.pdf" });
    const id = first.body!.documentId as number;
    const second = await docx();
    const replaced = await upload({ documentId: id, version: 1, title: "", language: "es" }, { bytes: second, name: "survey-v2.docx" });
    expect(replaced).toMatchObject({
      status: 200,
      body: { ok: true, documentId: id, number: 2, message: "Version 2 of “Survey questionnaire” was uploaded." },
    });
    expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Survey questionnaire", language: "es", version: 2 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "document.replace", entityId: String(id) } });
    expect(JSON.parse(audit.before!)).toMatchObject({ language: "en", number: 1, file: "survey.pdf" });
    expect(JSON.parse(audit.after!)).toMatchObject({ language: "es", number: 2, file: "survey-v2.docx" });

    signIn(viewer);
    expect(sha256((await download(id)).bytes)).toBe(sha256(second));
    expect(sha256((await download(id, 1)).bytes)).toBe(sha256(PDF));
    expect(sha256((await download(id, 2)).bytes)).toBe(sha256(second));
    expect((await download(id, 3)).response.status).toBe(404);

    signIn(editor);
    const before = await stored();
    const stale = await upload({ documentId: id, version: 1 }, { bytes: PDF, name: "late.pdf" });
    expect(stale).toMatchObject({ status: 409, body: { ok: false, code: "stale" } });
    expect(await stored()).toEqual(before);
  });

  it("lets exactly one of two replacements made from the same version land, and keeps no bytes of the other", async () => {
    signIn(editor);
    const first = await upload({ meetingId, title: "Raced", kind: "OTHER", language: "en" }, { bytes: PDF, name: "raced.pdf" });
    const id = first.body!.documentId as number;
    const results = await Promise.all(["a.pdf", "b.pdf"].map((name) => upload({ documentId: id, version: 1 }, { bytes: PDF, name })));
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    expect(results.find((result) => result.status === 409)!.body).toMatchObject({ code: "stale" });
    expect(await db.documentVersion.count({ where: { documentId: id } })).toBe(2);
    expect(await db.documentBlob.count({ where: { version: { is: null } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "document.replace", entityId: String(id) } })).toBe(1);
  });

  it("sends the plain form back to its page, with the outcome or the refusal's code", async () => {
    signIn(editor);
    const plain = { accept: "text/html" };
    const done = await upload(newDocument({ returnTo: `/items/${itemId}?tab=x` }), { bytes: PDF, name: "a.pdf" }, plain);
    expect(done).toMatchObject({ status: 303, location: `/items/${itemId}?tab=x&document=uploaded#documents` });
    const refused = await upload(newDocument({ returnTo: "//evil.example/x" }), { bytes: HTML, name: "a.pdf" }, plain);
    expect(refused).toMatchObject({ status: 303, location: "/?documentError=markup#documents" });
    const noReturn = await upload({ meetingId, title: "", kind: "OTHER", language: "en" }, { bytes: PDF, name: "a.pdf" }, plain);
    expect(noReturn).toMatchObject({ status: 303, location: `/meetings/${meetingId}?documentError=invalidFields#documents` });
  });

  it("refuses fields that do not hold, naming each field, and keeps nothing", async () => {
    signIn(editor);
    const before = await stored();
    const bad = await upload({ title: " ", kind: "MEMO", language: "xx", apecNumber: "<script>" }, { bytes: PDF, name: "a.pdf" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ ok: false, code: "invalidFields", message: "Some of the document's details need attention." });
    expect(Object.keys(bad.body!.fieldErrors as object).sort()).toEqual(["apecNumber", "kind", "language", "title"]);
    const noTarget = await upload({ title: "Orphan", kind: "OTHER", language: "en" }, { bytes: PDF, name: "a.pdf" });
    expect(noTarget.body!.fieldErrors).toEqual({ itemId: ["A document belongs to a work-plan item, a meeting or both."] });
    expect((await upload(newDocument(), null)).body).toMatchObject({ code: "noFile" });
    expect((await upload(newDocument(), { bytes: new Uint8Array(0), name: "empty.pdf" })).body).toMatchObject({ code: "empty" });
    expect((await upload(newDocument({ itemId: 999_999 }), { bytes: PDF, name: "a.pdf" })).body).toMatchObject({ code: "itemGone" });
    expect(await stored()).toEqual(before);
  });
});

describe("the rules of archived items and documents", () => {
  it("refuses uploads to an archived item and replacements of an archived document; viewers no longer download them, editors still do", async () => {
    signIn(editor);
    const archivedItem = await db.item.findFirstOrThrow({ where: { archivedAt: null, id: { not: itemId } }, orderBy: { id: "desc" } });
    const onItem = await upload(newDocument({ itemId: archivedItem.id, title: "Completion report", kind: "REPORT" }), { bytes: PDF, name: "r.pdf" });
    const id = onItem.body!.documentId as number;
    await db.item.update({ where: { id: archivedItem.id }, data: { archivedAt: new Date() } });
    const before = await stored();
    expect(await upload(newDocument({ itemId: archivedItem.id }), { bytes: PDF, name: "r.pdf" })).toMatchObject({
      status: 409,
      body: { code: "itemArchived" },
    });
    expect(await upload({ documentId: id, version: 1 }, { bytes: PDF, name: "r.pdf" })).toMatchObject({ status: 409, body: { code: "itemArchived" } });
    expect(await stored()).toEqual(before);

    signIn(viewer);
    const hidden = await download(id);
    expect(hidden.response.status).toBe(404);
    expect(new TextDecoder().decode(hidden.bytes)).toBe("There is no such document, or it is no longer available.\n");
    expect((await download(id, 1)).response.status).toBe(404);
    signIn(editor);
    expect((await download(id)).response.status).toBe(200);
    await db.item.update({ where: { id: archivedItem.id }, data: { archivedAt: null } });

    await db.document.update({ where: { id }, data: { archivedAt: new Date() } });
    expect(await upload({ documentId: id, version: 1 }, { bytes: PDF, name: "r.pdf" })).toMatchObject({ status: 409, body: { code: "documentArchived" } });
    signIn(viewer);
    expect((await download(id)).response.status).toBe(404);
  });
});

describe("attacks", () => {
  it("refuses an HTML file renamed .pdf, and keeps nothing", async () => {
    signIn(editor);
    const before = await stored();
    const { status, body } = await upload(newDocument(), { bytes: HTML, name: "report.pdf" });
    expect(status).toBe(415);
    expect(body).toMatchObject({ ok: false, code: "markup" });
    expect(body!.message).toMatch(/web page/);
    expect(body!.fieldErrors).toEqual({ file: [body!.message] });
    expect(await stored()).toEqual(before);
  });

  it("keeps a polyglot (a PDF holding a page and a script) as a PDF, served only as an attachment no browser renders", async () => {
    signIn(editor);
    const { body } = await upload(newDocument({ title: "Polyglot" }), { bytes: POLYGLOT, name: "page.html" });
    expect(body).toMatchObject({ ok: true });
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: body!.documentId as number } });
    expect(version).toMatchObject({ contentType: "application/pdf", fileName: "page.pdf" });
    signIn(viewer);
    const { response, bytes: back } = await download(body!.documentId as number);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    expect(back).toEqual(POLYGLOT);
  });

  it("refuses a 26 MiB file with 413: no document, no version, no blob, no chunk left", async () => {
    signIn(editor);
    const before = await stored();
    const big = largePdf(26 * 1024 * 1024);
    const { status, body } = await upload(newDocument({ title: "Too big" }), { bytes: big, name: "big.pdf" });
    expect(status).toBe(413);
    expect(body).toMatchObject({ ok: false, code: "tooLarge", message: "The file is larger than 25 MB, the most a document may be. Nothing was kept." });
    expect(await stored()).toEqual(before);
    // The limit itself is allowed.
    const { status: atLimit } = await upload(newDocument({ title: "Just fits" }), { bytes: big.subarray(0, MAX_FILE_BYTES), name: "fits.pdf" });
    expect(atLimit).toBe(200);
  }, 120_000);

  it("refuses a zip bomb inside a DOCX, and an archive whose parts climb out of it", async () => {
    signIn(editor);
    const before = await stored();
    expect(await upload(newDocument(), { bytes: await bombDocx(), name: "bomb.docx" })).toMatchObject({ status: 422, body: { code: "zipBomb" } });
    expect(await upload(newDocument(), { bytes: await traversalDocx(), name: "evil.docx" })).toMatchObject({ status: 422, body: { code: "zipUnsafe" } });
    expect(await stored()).toEqual(before);
  });

  it("sanitises path and control characters in the file name, in storage and in the download's header", async () => {
    signIn(editor);
    // Browsers send CR, LF and quotes as %0D, %0A and %22; a tab and bidi controls as they are.
    const { body } = await upload(newDocument({ title: "Names" }), { bytes: PDF, name: "../../etc/\u202Eevil\t\u200Fname\r\n.pdf" });
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: body!.documentId as number } });
    expect(version.fileName).toBe("evil name%0D%0A.pdf");
    const windows = await upload(newDocument({ title: "Windows" }), { bytes: PDF, name: "C:\\Users\\x\\..\\報告?.pdf" });
    const named = await db.documentVersion.findFirstOrThrow({ where: { documentId: windows.body!.documentId as number } });
    expect(named.fileName).toBe("報告_.pdf");
    const { response } = await download(windows.body!.documentId as number);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="_.pdf"; filename*=UTF-8''%E5%A0%B1%E5%91%8A_.pdf`);
  });

  it("answers a viewer's upload with 403 and stores nothing", async () => {
    signIn(viewer);
    const before = await stored();
    expect(await upload(newDocument(), { bytes: PDF, name: "a.pdf" })).toMatchObject({
      status: 403,
      body: { ok: false, message: "Only editors and administrators can upload documents." },
    });
    expect((await upload(newDocument(), { bytes: PDF, name: "a.pdf" }, { accept: "text/html" })).status).toBe(403);
    expect(await stored()).toEqual(before);
  });

  it("answers anonymous uploads as the proxy answers anonymous requests, and refuses another site's", async () => {
    signIn(null);
    const before = await stored();
    expect((await upload(newDocument(), { bytes: PDF, name: "a.pdf" })).status).toBe(401);
    expect(await upload(newDocument(), { bytes: PDF, name: "a.pdf" }, { accept: "text/html" })).toMatchObject({ status: 303, location: "/sign-in" });
    signIn(editor);
    const crossSite = await upload(newDocument(), { bytes: PDF, name: "a.pdf" }, { origin: "https://evil.example", host: "localhost" });
    expect(crossSite).toMatchObject({ status: 403, body: { error: "cross-origin" } });
    expect(await stored()).toEqual(before);
  });

  it("refuses a body that is no multipart form", async () => {
    signIn(editor);
    const response = await uploadRoute(
      new Request("http://localhost/documents/upload", {
        method: "POST",
        body: "title=x",
        headers: { accept: "application/json", "content-type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "badForm" });
  });
});
