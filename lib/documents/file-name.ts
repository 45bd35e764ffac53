// The name a file is kept and offered under. What a browser sends is anything a client chose, so
// only its last path segment is kept, without control, bidirectional or invisible characters (an
// "invoice‮fdp.exe" reads as "invoiceexe.pdf"), without characters Windows cannot save, and with
// the extension of the type its content was found to be.
import { DOCUMENT_FILE_TYPES, type DocumentFileType } from "./types";

/** Long enough for any real title; short enough for every file system once encoded. */
export const MAX_NAME_CHARACTERS = 120;
const MAX_NAME_BYTES = 200;

// Cc: controls; Cf: format characters (bidi overrides and isolates, zero-width joiners, BOM);
// Zl, Zp: line and paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const UNSAVEABLE = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function sanitizeFileName(declared: string, type: DocumentFileType): string {
  const base = declared.split(/[/\\]/).pop() ?? "";
  // Line breaks and tabs part words; every other invisible character goes.
  const cleaned = base
    .normalize("NFC")
    .replace(/[\t\n\v\f\r\u2028\u2029]/g, " ")
    .replace(INVISIBLE, "")
    .replace(UNSAVEABLE, "_")
    .replace(/\s+/g, " ");
  const { extensions } = DOCUMENT_FILE_TYPES[type];
  const dot = cleaned.lastIndexOf(".");
  const given = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : "";
  const keeps = (extensions as readonly string[]).includes(given);
  // A name that ends in another type's extension loses it: "notes.exe" holding text is "notes.txt".
  const stripped = keeps || /^[a-z0-9]{1,5}$/.test(given) ? cleaned.slice(0, dot) : cleaned;
  const extension = keeps ? given : extensions[0];
  let stem = trimStem(stripped);
  if (!stem || WINDOWS_DEVICE.test(stem)) stem = `document${stem ? `-${stem}` : ""}`;
  const room = MAX_NAME_CHARACTERS - extension.length - 1;
  while ([...stem].length > room || new TextEncoder().encode(`${stem}.${extension}`).length > MAX_NAME_BYTES) {
    stem = trimStem([...stem].slice(0, -1).join(""));
  }
  return `${stem || "document"}.${extension}`;
}

/** No leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them). */
function trimStem(stem: string): string {
  return stem.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
}

/**
 * The download's Content-Disposition: always an attachment, never shown inline. `filename` is an
 * ASCII rendering every client reads; RFC 5987's `filename*` carries the name itself.
 */
export function attachmentDisposition(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const [stem, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ""];
  const ascii = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\%;]/g, "_")
      .trim();
  const fallback = `${ascii(stem) || "document"}${ascii(extension)}`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
