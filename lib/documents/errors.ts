// Every reason an upload or a document's change is refused, as a code: the plain upload form is
// sent back with `?documentError=<code>`, the page shows documents.errors.<code>, and the
// drag-and-drop client gets the same message already in its reader's language.
import { RefusedError } from "../actions/errors";
import { msg } from "../i18n/message";
import { MAX_FILE_BYTES } from "./limits";

export const DOCUMENT_ERROR_CODES = [
  "forbidden",
  "badForm",
  "invalidFields",
  "noFile",
  "empty",
  "tooLarge",
  "typeUnknown",
  "markup",
  "zipNotOffice",
  "zipBomb",
  "zipUnsafe",
  "itemGone",
  "meetingGone",
  "documentGone",
  "itemArchived",
  "documentArchived",
  "notArchived",
  "stale",
  "abandoned",
] as const;

export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

export function isDocumentErrorCode(value: unknown): value is DocumentErrorCode {
  return typeof value === "string" && (DOCUMENT_ERROR_CODES as readonly string[]).includes(value);
}

/** The message of a code, encoded for the reader's language (lib/i18n/message.ts). */
export function documentErrorMessage(code: DocumentErrorCode): string {
  return code === "tooLarge" ? msg("documents.errors.tooLarge", { mb: MAX_FILE_BYTES / 1024 / 1024 }) : msg(`documents.errors.${code}`);
}

/** A refusal of the documents' rules, with its code for the upload route; server actions show its message. */
export class DocumentRefusal extends RefusedError {
  constructor(
    readonly code: DocumentErrorCode,
    fieldErrors?: Record<string, string[]>,
  ) {
    super(documentErrorMessage(code), fieldErrors);
  }
}
