// A document's details, archive and restore through their server actions (the write layer with its
// audit events and its optimistic lock), and the scheduler's clearing of uploads that never became
// a document's version.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { writeTransaction } from "@/lib/db/write";
import { archiveDocument, restoreDocument, updateDocumentDetails } from "@/lib/documents/actions";
import { appendChunk, clearUnclaimedBlobs, createBlob } from "@/lib/documents/blobs";
import { uploadDocument } from "@/lib/documents/mutations";
import { deleteItem, setItemArchived } from "@/lib/items/mutations";
import { runScheduledWork } from "@/lib/scheduler/run";
import { seedDatabase } from "@/prisma/seed/seed";
import { formData, submitForm } from "../support/action-calls";
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
let itemId: number;

function signIn(user: User) {
  vi.mocked(readSessionClaims).mockResolvedValue({ userId: user.id, sessionVersion: user.sessionVersion, sessionId: "test-session", method: "password" });
}

beforeAll(async () => {
  await seedDatabase(db);
  const passwordHash = await hashPassword("x-long-password");
  editor = await db.user.create({ data: { email: "editor@doc-writes.test", name: "Edith Editor", role: "EDITOR", passwordHash } });
  viewer = await db.user.create({ data: { email: "viewer@doc-writes.test", name: "Victor Viewer", role: "VIEWER", passwordHash } });
  itemId = (await db.item.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { id: "asc" } })).id;
}, 120_000);

/** A document with one stored version, as the upload route leaves it. */
async function storedDocument(title: string, forItem = itemId) {
  const blobId = await createBlob();
  await appendChunk(blobId, 0, new TextEncoder().encode("%PDF-1.7\n"));
  const { document } = await writeTransaction((tx) =>
    uploadDocument(tx, editor, {
      fields: { itemId: forItem, title, kind: "REPORT", language: "en", apecNumber: null },
      file: { blobId, fileName: "r.pdf", contentType: "application/pdf", size: 9, sha256: "0".repeat(64) },
    }),
  );
  return document;
}

const details = (id: number, version: number, changes: Record<string, string> = {}) =>
  formData({ id, version, title: "Completion report", kind: "REPORT", language: "en", apecNumber: "", ...changes });

describe("a document's details", () => {
  it("are saved under the optimistic lock with the fields changed in the audit trail; a stale form changes nothing", async () => {
    const document = await storedDocument("Completion report");
    signIn(editor);
    const saved = await submitForm(
      updateDocumentDetails,
      details(document.id, 1, { title: "Final report", language: "zh-TW", apecNumber: "2024/SOM1/SCCP/005" }),
    );
    expect(saved.result).toMatchObject({ ok: true, id: document.id });
    expect(rendered(saved.result!.message)).toBe("The details of “Final report” were saved.");
    expect(await db.document.findUniqueOrThrow({ where: { id: document.id } })).toMatchObject({
      title: "Final report",
      language: "zh-TW",
      apecNumber: "2024/SOM1/SCCP/005",
      version: 2,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "document.update", entityId: String(document.id) } });
    expect(audit).toMatchObject({ userId: editor.id, itemId });
    expect(JSON.parse(audit.before!)).toEqual({ title: "Completion report", language: "en", apecNumber: null });
    expect(JSON.parse(audit.after!)).toEqual({ title: "Final report", language: "zh-TW", apecNumber: "2024/SOM1/SCCP/005" });
    expect(rendered(audit.summary)).toBe("Changed the document “Final report”: Title, Language, APEC document number");

    const stale = await submitForm(updateDocumentDetails, details(document.id, 1, { title: "Overwritten" }));
    expect(stale.result).toMatchObject({ ok: false });
    expect(rendered(stale.result!.message)).toBe("Someone changed this document since you opened it. Reload the page and try again.");
    expect((await db.document.findUniqueOrThrow({ where: { id: document.id } })).title).toBe("Final report");
  });

  it("are checked field by field, and refused to viewers", async () => {
    const document = await storedDocument("Checked");
    signIn(editor);
    const bad = await submitForm(updateDocumentDetails, details(document.id, 1, { title: "", kind: "MEMO", apecNumber: "a\nb" }));
    expect(bad.result).toMatchObject({ ok: false });
    expect(Object.keys(bad.result!.ok ? {} : bad.result!.fieldErrors!).sort()).toEqual(["apecNumber", "kind", "title"]);
    signIn(viewer);
    const refused = await submitForm(updateDocumentDetails, details(document.id, 1));
    expect(refused.result).toMatchObject({ ok: false });
    expect((await db.document.findUniqueOrThrow({ where: { id: document.id } })).version).toBe(1);
  });
});

describe("archive and restore", () => {
  it("each move the version on and leave an audit event; twice is refused, and an archived document's details are frozen", async () => {
    const document = await storedDocument("Presentation");
    signIn(editor);
    const archived = await submitForm(archiveDocument, formData({ id: document.id, version: 1 }));
    expect(rendered(archived.result!.message)).toBe("“Presentation” was archived.");
    expect((await db.document.findUniqueOrThrow({ where: { id: document.id } })).archivedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "document.archive", entityId: String(document.id), itemId } })).toBe(1);

    const again = await submitForm(archiveDocument, formData({ id: document.id, version: 2 }));
    expect(rendered(again.result!.message)).toBe("The document is archived. Restore it first.");
    const edit = await submitForm(updateDocumentDetails, details(document.id, 2, { title: "Presentation" }));
    expect(rendered(edit.result!.message)).toBe("The document is archived. Restore it first.");

    const restored = await submitForm(restoreDocument, formData({ id: document.id, version: 2 }));
    expect(rendered(restored.result!.message)).toBe("“Presentation” was restored.");
    expect(await db.document.findUniqueOrThrow({ where: { id: document.id } })).toMatchObject({ archivedAt: null, version: 3 });
    expect(await db.auditEvent.count({ where: { action: "document.restore", entityId: String(document.id) } })).toBe(1);
    expect(rendered((await submitForm(restoreDocument, formData({ id: document.id, version: 3 }))).result!.message)).toBe("The document is not archived.");
  });

  it("are refused while the document's item is archived", async () => {
    const other = await db.item.findFirstOrThrow({ where: { archivedAt: null, id: { not: itemId } }, orderBy: { id: "desc" } });
    const document = await storedDocument("Frozen", other.id);
    await writeTransaction((tx) => setItemArchived(tx, editor, { id: other.id, version: other.version, archive: true }));
    signIn(editor);
    const refused = await submitForm(archiveDocument, formData({ id: document.id, version: 1 }));
    expect(rendered(refused.result!.message)).toBe("The item is archived: its documents cannot change. Restore the item first.");
    expect(await db.auditEvent.count({ where: { action: "document.archive", entityId: String(document.id) } })).toBe(0);
  });
});

describe("clearing the bytes no version claims", () => {
  const HOUR = 60 * 60 * 1000;

  it("removes an upload that stopped midway once it is an hour old, and a deleted document's file; keeps what is young or claimed", async () => {
    const crashed = await createBlob();
    await appendChunk(crashed, 0, new Uint8Array(1000));
    const kept = await storedDocument("Kept");
    const keptBlob = (await db.documentVersion.findFirstOrThrow({ where: { documentId: kept.id } })).blobId;

    const started = (await db.documentBlob.findUniqueOrThrow({ where: { id: crashed } })).createdAt;
    expect(await clearUnclaimedBlobs(new Date(started.getTime() + HOUR - 1000))).toEqual({ blobs: 0 });

    // An item deleted for good takes its documents and versions with it; its files are left unclaimed.
    const doomed = await db.item.findFirstOrThrow({ where: { archivedAt: null, id: { not: itemId } }, orderBy: { id: "asc" } });
    await storedDocument("Doomed", doomed.id);
    const doomedBlob = (await db.documentVersion.findFirstOrThrow({ where: { document: { itemId: doomed.id } } })).blobId;
    await writeTransaction((tx) => setItemArchived(tx, editor, { id: doomed.id, version: doomed.version, archive: true }));
    await writeTransaction((tx) => deleteItem(tx, editor, { id: doomed.id, version: doomed.version + 1 }));

    const report = await runScheduledWork(new Date(started.getTime() + 2 * HOUR));
    expect(report.cleared).toEqual({ blobs: 2 });
    expect(await db.documentBlob.findUnique({ where: { id: crashed } })).toBeNull();
    expect(await db.documentBlob.findUnique({ where: { id: doomedBlob } })).toBeNull();
    expect(await db.documentChunk.count({ where: { blobId: { in: [crashed, doomedBlob] } } })).toBe(0);
    expect(await db.documentBlob.findUniqueOrThrow({ where: { id: keptBlob } })).toMatchObject({ complete: true });
    expect(await db.documentChunk.count({ where: { blobId: keptBlob } })).toBe(1);
  });

  it("refuses the claim of an upload whose bytes were cleared meanwhile", async () => {
    const blobId = await createBlob();
    await clearUnclaimedBlobs(new Date(Date.now() + 2 * HOUR));
    await expect(
      writeTransaction((tx) =>
        uploadDocument(tx, editor, {
          fields: { itemId, title: "Late", kind: "OTHER", language: "en", apecNumber: null },
          file: { blobId, fileName: "late.pdf", contentType: "application/pdf", size: 0, sha256: "0".repeat(64) },
        }),
      ),
    ).rejects.toMatchObject({ code: "abandoned" });
    expect(await db.document.count({ where: { title: "Late" } })).toBe(0);
  });
});
