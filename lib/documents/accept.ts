import "server-only";
// An upload from the form to the database: the fields read, the target checked before the file is
// stored (and again, under lock, when it is claimed), the document and its version written with
// the audit event in one short transaction. Whatever is refused leaves nothing behind.
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { writeTransaction } from "../db/write";
import { sameSitePath } from "../same-site-path";
import { removeBlob } from "./blobs";
import { DocumentRefusal } from "./errors";
import { replaceDocument, uploadDocument } from "./mutations";
import { newUploadSchema, replaceUploadSchema, type NewUploadFields, type ReplaceUploadFields } from "./schema";
import { receiveUpload, type Refused } from "./upload";

type Parsed = { replace: false; fields: NewUploadFields } | { replace: true; fields: ReplaceUploadFields };

export type UploadAnswer = ({ ok: true; documentId: number; number: number; title: string; replaced: boolean } | Refused) & {
  /** Where the plain form goes back to: the form's returnTo, else the page of what the document belongs to. */
  returnTo: string;
};

function parseFields(fields: Record<string, string>): Parsed | Refused {
  const replace = "documentId" in fields;
  const parsed = replace ? replaceUploadSchema.safeParse(fields) : newUploadSchema.safeParse(fields);
  if (parsed.success) return replace ? { replace, fields: parsed.data as ReplaceUploadFields } : { replace, fields: parsed.data as NewUploadFields };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
  return { ok: false, code: "invalidFields", fieldErrors };
}

/** The same rules the write checks under lock, read first so a refused upload stores nothing. */
async function precheck(parsed: Parsed): Promise<Refused | null> {
  const refuse = (code: Refused["code"]): Refused => ({ ok: false, code });
  let itemId: number | null = null;
  if (parsed.replace) {
    const document = await db.document.findUnique({ where: { id: parsed.fields.documentId }, select: { itemId: true, archivedAt: true, version: true } });
    if (!document) return refuse("documentGone");
    if (document.archivedAt) return refuse("documentArchived");
    if (document.version !== parsed.fields.version) return refuse("stale");
    itemId = document.itemId;
  } else {
    itemId = parsed.fields.itemId ?? null;
    const meetingId = parsed.fields.meetingId;
    if (meetingId !== undefined && !(await db.meeting.findUnique({ where: { id: meetingId }, select: { id: true } }))) return refuse("meetingGone");
  }
  if (itemId !== null) {
    const item = await db.item.findUnique({ where: { id: itemId }, select: { archivedAt: true } });
    if (!item) return refuse("itemGone");
    if (item.archivedAt) return refuse("itemArchived");
  }
  return null;
}

async function defaultReturn(fields: Record<string, string>): Promise<string> {
  if (fields.returnTo) return sameSitePath(fields.returnTo);
  const id = (value: string | undefined) => (value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null);
  const documentId = id(fields.documentId);
  const target = documentId ? await db.document.findUnique({ where: { id: documentId }, select: { itemId: true, meetingId: true } }) : null;
  const itemId = target ? target.itemId : id(fields.itemId);
  const meetingId = target ? target.meetingId : id(fields.meetingId);
  return itemId ? `/items/${itemId}` : meetingId ? `/meetings/${meetingId}` : "/documents";
}

/** Receives the upload for `user` (an editor; the route has checked) and writes it, or says why not. */
export async function acceptUpload(request: Request, user: CurrentUser): Promise<UploadAnswer> {
  let parsed: Parsed | null = null;
  let formFields: Record<string, string> = {};
  const received = await receiveUpload(request, async (fields) => {
    formFields = fields;
    const read = parseFields(fields);
    if ("ok" in read) return read;
    parsed = read;
    return precheck(read);
  });
  const returnTo = await defaultReturn(formFields);
  if (!received.ok) return { ...received, returnTo };
  const target = parsed as Parsed | null;
  if (!target) return { ok: false, code: "badForm", returnTo };
  try {
    const written = await writeTransaction((tx) =>
      target.replace
        ? replaceDocument(tx, user, { fields: target.fields, file: received.file })
        : uploadDocument(tx, user, { fields: target.fields, file: received.file }),
    );
    return { ok: true, documentId: written.document.id, number: written.number, title: written.document.title, replaced: target.replace, returnTo };
  } catch (error) {
    await removeBlob(received.file.blobId);
    if (error instanceof DocumentRefusal) return { ok: false, code: error.code, returnTo };
    throw error;
  }
}
