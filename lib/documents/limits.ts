// The sizes an upload is held to. Kept free of server-only imports: the form and the tests read them.

/** The largest file kept: 25 MiB. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/**
 * How the bytes are cut for the database: one row per 256 KiB, so a write holds SQLite's lock for
 * one short insert at a time and a download holds one chunk in memory at a time.
 */
export const CHUNK_BYTES = 256 * 1024;

/** The form's fields besides the file are short; this bounds what busboy keeps of them. */
export const MAX_FIELD_BYTES = 4 * 1024;

/** An upload that has not finished after this long is taken for crashed, and its bytes cleared. */
export const ABANDONED_UPLOAD_MS = 60 * 60 * 1000;

/** A stored file's own policy: sandboxed, loading nothing, should a browser open it anyway (also set by next.config.ts, whose rules run first). */
export const DOWNLOAD_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";
