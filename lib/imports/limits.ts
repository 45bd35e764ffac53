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

// What a refusal says, whatever the file: its answer is sent whole to the page, so it must not
// grow with the file. The problems left out are counted, a line for each kind.

/** Problems shown in one answer; each kind gets a share, so one mistake repeated cannot hide the others. */
export const MAX_SHOWN_PROBLEMS = 100;
export const MAX_SHOWN_OF_A_KIND = 25;

/** What the problems shown may take, in bytes of the answer sent to the page. */
export const MAX_SHOWN_PROBLEM_BYTES = 48 * 1024;

/** Characters of a file's own text (a cell, a heading, a name) quoted back in a problem. */
export const MAX_QUOTED_CHARS = 80;
