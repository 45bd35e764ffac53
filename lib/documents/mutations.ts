import "server-only";
import { changedFields, recordAudit } from "../audit/record";
import { lockRow, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { DocumentRefusal } from "./errors";
import type { DocumentDetails, NewUploadFields, ReplaceUploadFields } from "./schema";

// The rules of a document, whichever way a change comes (the upload route, the details form).
// A document belongs to its item (when it has one): every change holds the item's row first
// (lockRow) and reads after, so nothing is added to an item being archived, and an archived item's
// documents are frozen. The document carries a version: a change made from an older one is
// refused and nothing is written. The new version's bytes were stored before (blobs.ts); here they
// are claimed, in the same transaction as the document, its version and the audit event.

/** A stored upload, checked: its bytes, what its content is and the name it is kept under. */
export interface StoredFile {
  blobId: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

const DETAILS = ["title", "kind", "language", "apecNumber"] as const;

function details(document: Record<(typeof DETAILS)[number], unknown>) {
  return Object.fromEntries(DETAILS.map((key) => [key, document[key] ?? null]));
}

const fileFacts = (file: StoredFile, number: number) => ({ number, file: file.fileName, contentType: file.contentType, size: file.size, sha256: file.sha256 });

async function openItem(tx: Tx, itemId: number | null) {
  if (itemId === null) return;
  await lockRow(tx, "Item", itemId);
  const item = await tx.item.findUnique({ where: { id: itemId }, select: { archivedAt: true } });
  if (!item) throw new DocumentRefusal("itemGone");
  if (item.archivedAt) throw new DocumentRefusal("itemArchived");
}

/** The document as it stands once its item is held; refused when it is gone, or frozen unless `archivedToo`. */
async function heldDocument(tx: Tx, id: number, options: { archivedToo?: boolean } = {}) {
  const found = await tx.document.findUnique({ where: { id }, select: { itemId: true } });
  if (!found) throw new DocumentRefusal("documentGone");
  await openItem(tx, found.itemId);
  const current = await tx.document.findUnique({ where: { id } });
  if (!current) throw new DocumentRefusal("documentGone");
  if (current.archivedAt && !options.archivedToo) throw new DocumentRefusal("documentArchived");
  return current;
}

/**
 * Moves the document's version on (and writes `data`) only while it still has the version the
 * officer's form was opened at: of two changes made from one version, exactly one lands.
 */
async function updateIfCurrent(tx: Tx, id: number, version: number, data: object) {
  const { count } = await tx.document.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw new DocumentRefusal("stale");
}

/** Marks the blob complete, which claims it: a blob the clearing pass removed meanwhile is refused. */
async function claimBlob(tx: Tx, blobId: number) {
  const { count } = await tx.documentBlob.updateMany({ where: { id: blobId, complete: false }, data: { complete: true } });
  if (count !== 1) throw new DocumentRefusal("abandoned");
}

export async function uploadDocument(tx: Tx, actor: Actor, input: { fields: NewUploadFields; file: StoredFile }) {
  const { fields, file } = input;
  const itemId = fields.itemId ?? null;
  const meetingId = fields.meetingId ?? null;
  await openItem(tx, itemId);
  if (meetingId !== null) {
    await lockRow(tx, "Meeting", meetingId);
    if (!(await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true } }))) throw new DocumentRefusal("meetingGone");
  }
  await claimBlob(tx, file.blobId);
  const document = await tx.document.create({
    data: {
      itemId,
      meetingId,
      title: fields.title,
      kind: fields.kind,
      language: fields.language,
      apecNumber: fields.apecNumber,
      versions: {
        create: {
          number: 1,
          blobId: file.blobId,
          fileName: file.fileName,
          contentType: file.contentType,
          size: file.size,
          sha256: file.sha256,
          uploadedById: actor.id,
        },
      },
    },
  });
  await recordAudit(tx, {
    userId: actor.id,
    action: "document.upload",
    entityType: "Document",
    entityId: document.id,
    itemId,
    summary: msg("documents.audit.uploaded", { title: document.title, file: file.fileName }),
    after: { ...details(document), itemId, meetingId, ...fileFacts(file, 1) },
  });
  return { document, number: 1 };
}

export async function replaceDocument(tx: Tx, actor: Actor, input: { fields: ReplaceUploadFields; file: StoredFile }) {
  const { fields, file } = input;
  const current = await heldDocument(tx, fields.documentId);
  const changes = {
    ...(fields.title !== undefined ? { title: fields.title } : {}),
    ...(fields.kind !== undefined ? { kind: fields.kind } : {}),
    ...(fields.language !== undefined ? { language: fields.language } : {}),
    ...(fields.apecNumber ? { apecNumber: fields.apecNumber } : {}),
  };
  await updateIfCurrent(tx, current.id, fields.version, changes);
  await claimBlob(tx, file.blobId);
  const latest = await tx.documentVersion.findFirst({
    where: { documentId: current.id },
    orderBy: { number: "desc" },
    select: { number: true, fileName: true, contentType: true, size: true, sha256: true },
  });
  const number = (latest?.number ?? 0) + 1;
  await tx.documentVersion.create({ data: { documentId: current.id, number, uploadedById: actor.id, ...file } });
  const { before, after } = changedFields(details(current), details({ ...current, ...changes }));
  await recordAudit(tx, {
    userId: actor.id,
    action: "document.replace",
    entityType: "Document",
    entityId: current.id,
    itemId: current.itemId,
    summary: msg("documents.audit.replaced", { title: changes.title ?? current.title, file: file.fileName, number }),
    before: {
      ...before,
      ...(latest ? { number: latest.number, file: latest.fileName, contentType: latest.contentType, size: latest.size, sha256: latest.sha256 } : {}),
    },
    after: { ...after, ...fileFacts(file, number) },
  });
  return { document: { ...current, ...changes }, number };
}

export async function updateDocumentDetails(tx: Tx, actor: Actor, input: DocumentDetails) {
  const { id, version, ...fields } = input;
  const current = await heldDocument(tx, id);
  const { before, after } = changedFields(details(current), fields);
  await updateIfCurrent(tx, id, version, fields);
  const names = Object.keys(after);
  if (names.length) {
    await recordAudit(tx, {
      userId: actor.id,
      action: "document.update",
      entityType: "Document",
      entityId: id,
      itemId: current.itemId,
      summary: msg("documents.audit.updated", { title: fields.title, fields: names.join(",") }),
      before,
      after,
    });
  }
  return { ...current, ...fields };
}

/** Archived, a document leaves the lists and viewers can no longer download it; its versions stay. */
export async function setDocumentArchived(tx: Tx, actor: Actor, input: { id: number; version: number; archive: boolean; now: Date }) {
  const { id, version, archive, now } = input;
  const current = await heldDocument(tx, id, { archivedToo: true });
  if (Boolean(current.archivedAt) === archive) throw new DocumentRefusal(archive ? "documentArchived" : "notArchived");
  await updateIfCurrent(tx, id, version, { archivedAt: archive ? now : null });
  await recordAudit(tx, {
    userId: actor.id,
    action: archive ? "document.archive" : "document.restore",
    entityType: "Document",
    entityId: id,
    itemId: current.itemId,
    summary: msg(archive ? "documents.audit.archived" : "documents.audit.restored", { title: current.title }),
    before: { archived: !archive },
    after: { archived: archive },
  });
  return current;
}
