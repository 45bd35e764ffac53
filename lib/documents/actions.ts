"use server";

import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import * as documents from "./mutations";
import { documentDetailsSchema, documentRefSchema } from "./schema";

// Uploads and replacements are not server actions: a file streams through the upload route
// (app/(app)/documents/upload/route.ts), which a server action's body limit would refuse.

export const updateDocumentDetails = writeAction({
  role: "EDITOR",
  schema: documentDetailsSchema,
  write: (tx, user, input) => documents.updateDocumentDetails(tx, user, input),
  answer: (document) => ({ message: msg("documents.a.saved", { title: document.title }), id: document.id }),
});

export const archiveDocument = writeAction({
  role: "EDITOR",
  schema: documentRefSchema,
  write: (tx, user, input) => documents.setDocumentArchived(tx, user, { ...input, archive: true, now: new Date() }),
  answer: (document) => ({ message: msg("documents.a.archived", { title: document.title }), id: document.id }),
});

export const restoreDocument = writeAction({
  role: "EDITOR",
  schema: documentRefSchema,
  write: (tx, user, input) => documents.setDocumentArchived(tx, user, { ...input, archive: false, now: new Date() }),
  answer: (document) => ({ message: msg("documents.a.restored", { title: document.title }), id: document.id }),
});
