// The fields of a document as its forms send them (the upload form and the details form), read
// with zod. Messages are keys in the documents namespace, rendered in the reader's language.
import { z } from "zod";
import { DocumentKind } from "../db/generated/enums";
import { positiveId, version } from "../forms/fields";
import { msg } from "../i18n/message";

export const DOCUMENT_KINDS = Object.values(DocumentKind) as [DocumentKind, ...DocumentKind[]];

/**
 * The languages a document may be in (BCP 47): APEC's working language, the office's own, and those
 * of the economies whose documents the office keeps. "other" for anything else, or several.
 */
export const DOCUMENT_LANGUAGES = ["en", "zh-TW", "zh-CN", "es", "fr", "ja", "ko", "ru", "th", "vi", "id", "ms", "other"] as const;

export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export const MAX_TITLE_LENGTH = 200;
export const MAX_APEC_NUMBER_LENGTH = 60;

const title = z
  .string({ message: msg("documents.errors.titleRequired") })
  .trim()
  .min(1, { message: msg("documents.errors.titleRequired") })
  .max(MAX_TITLE_LENGTH, { message: msg("documents.errors.titleTooLong", { max: MAX_TITLE_LENGTH }) });

const kind = z.enum(DOCUMENT_KINDS, { message: msg("documents.errors.kindInvalid") });
const language = z.enum(DOCUMENT_LANGUAGES, { message: msg("documents.errors.languageInvalid") });

/** APEC's numbers read like "2024/SOM1/SCCP/005"; letters, digits and / . - _ and spaces. */
const apecNumber = z
  .string({ message: msg("documents.errors.apecNumberInvalid") })
  .trim()
  .max(MAX_APEC_NUMBER_LENGTH, { message: msg("documents.errors.apecNumberInvalid") })
  .regex(/^([A-Za-z0-9][A-Za-z0-9/._ -]*)?$/, { message: msg("documents.errors.apecNumberInvalid") })
  .optional()
  .transform((value) => value || null);

/** "" means "not given" for the optional ones. */
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalId = (field: string) => z.preprocess(blankToUndefined, positiveId(field).optional());

/** A new document: for an item, a meeting or both. */
export const newUploadSchema = z
  .object({
    itemId: optionalId("itemId"),
    meetingId: optionalId("meetingId"),
    title,
    kind,
    language,
    apecNumber,
  })
  .refine((fields) => fields.itemId !== undefined || fields.meetingId !== undefined, {
    message: msg("documents.errors.noTarget"),
    path: ["itemId"],
  });

/** A new version of a document, made from the version the form was opened at; blank fields keep what it has. */
export const replaceUploadSchema = z.object({
  documentId: positiveId("documentId"),
  version,
  title: z.preprocess(blankToUndefined, title.optional()),
  kind: z.preprocess(blankToUndefined, kind.optional()),
  language: z.preprocess(blankToUndefined, language.optional()),
  apecNumber: z.preprocess(blankToUndefined, apecNumber),
});

export type NewUploadFields = z.output<typeof newUploadSchema>;
export type ReplaceUploadFields = z.output<typeof replaceUploadSchema>;

export const documentDetailsSchema = z.object({
  id: positiveId("id"),
  version,
  title,
  kind,
  language,
  apecNumber,
});

export type DocumentDetails = z.output<typeof documentDetailsSchema>;

export const documentRefSchema = z.object({ id: positiveId("id"), version });

/** A document's id or version number in an address: digits only. */
export const documentIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .refine((id) => id <= 2_147_483_647);
