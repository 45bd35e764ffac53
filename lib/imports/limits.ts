// What an import accepts, shared by the page (which checks before sending) and the server (which
// checks again: the page can be bypassed). A work plan has tens of items a year; these leave room
// for years of them and still keep one import a quick, single transaction.

/** The largest file, in bytes; next.config.ts lets a server action's body be a little larger. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Rows of data in one sheet (or one CSV file), not counting the header. */
export const MAX_ROWS = 1000;

/** What a workbook may unpack to, all its parts together: a small zip can hide a huge one. */
export const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

/** Parts in a workbook: an export has about twenty. */
export const MAX_ZIP_ENTRIES = 200;

export const ACCEPTED_TYPES = ".csv,.xlsx";
