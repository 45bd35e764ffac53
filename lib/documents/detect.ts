// What a file is, from its bytes alone: the browser's type and the file's name are never believed.
// The bytes are seen once, as they stream in (ContentSniffer keeps the first few KiB, the last
// 64 KiB and whether everything so far is UTF-8 text); a ZIP's directory is read back from the
// stored file only if it lies before those last bytes. Only the types of types.ts are accepted.
import { isUtf8 } from "node:buffer";
import { MAX_FILE_BYTES } from "./limits";
import type { DocumentFileType } from "./types";
import { firstStoredPart, locateDirectory, MAX_DIRECTORY_BYTES, readDirectory, ZIP_TAIL_BYTES, type ZipRefusal } from "./zip";

/** Why a file is refused; each has a message (documents.errors.<refusal>). */
export type ContentRefusal = "empty" | "tooLarge" | "typeUnknown" | "markup" | "zipNotOffice" | ZipRefusal;

export type Detection = { ok: true; type: DocumentFileType } | { ok: false; refusal: ContentRefusal };

const HEAD_BYTES = 4096;
const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

/**
 * The starts of text a browser would take for a page or an image it renders (the WHATWG MIME
 * sniffing standard's HTML patterns, XML and SVG): refused as text, whatever the file is named.
 */
const MARKUP = [
  "<!doctype",
  "<html",
  "<head",
  "<script",
  "<iframe",
  "<h1",
  "<div",
  "<font",
  "<table",
  "<a",
  "<style",
  "<title",
  "<b",
  "<body",
  "<br",
  "<p",
  "<svg",
  "<?xml",
];
const TAG_END = new Set([" ", ">", "/", "\t", "\n", "\r", "\f"]);

/** Fed the file's chunks in order; keeps only what detection needs. */
export class ContentSniffer {
  size = 0;
  private head: Uint8Array = new Uint8Array(0);
  private tailBytes: Uint8Array = new Uint8Array(0);
  /** Still UTF-8 without NUL; `pending` holds a character cut by a chunk's end. */
  private text = true;
  private pending: Uint8Array = new Uint8Array(0);

  push(chunk: Uint8Array): void {
    this.size += chunk.length;
    if (this.head.length < HEAD_BYTES) this.head = concat(this.head, chunk.subarray(0, HEAD_BYTES - this.head.length));
    this.tailBytes =
      chunk.length >= ZIP_TAIL_BYTES ? chunk.slice(chunk.length - ZIP_TAIL_BYTES) : concat(this.tailBytes.subarray(-(ZIP_TAIL_BYTES - chunk.length)), chunk);
    if (this.text) this.checkText(chunk);
  }

  private checkText(chunk: Uint8Array) {
    if (chunk.includes(0)) {
      this.text = false;
      return;
    }
    const bytes = this.pending.length ? concat(this.pending, chunk) : chunk;
    const cut = incompleteTail(bytes);
    this.pending = bytes.slice(bytes.length - cut);
    if (!isUtf8(bytes.subarray(0, bytes.length - cut))) this.text = false;
  }

  get isText(): boolean {
    return this.text && this.pending.length === 0;
  }

  get first(): Uint8Array {
    return this.head;
  }

  /** The file's last bytes (up to a ZIP's longest end record). */
  get tail(): Uint8Array {
    return this.tailBytes;
  }
}

/** How many bytes at the end of `bytes` start a UTF-8 character that the next chunk completes. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, at) => bytes[at] === byte);

/** Whether text (after a BOM and blank space) opens like HTML, XML or SVG. */
export function looksLikeMarkup(head: Uint8Array): boolean {
  let at = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (at < head.length && [0x20, 0x09, 0x0a, 0x0d, 0x0c].includes(head[at]!)) at++;
  const start = new TextDecoder().decode(head.subarray(at, at + 32)).toLowerCase();
  if (start.startsWith("<!--")) return true;
  return MARKUP.some((tag) => start.startsWith(tag) && (start.length === tag.length || TAG_END.has(start[tag.length]!)));
}

/**
 * The file's type from what the sniffer saw. `readRange` reads stored bytes back (offset, length)
 * for a ZIP whose directory lies before the sniffer's tail; `declaredName` only tells CSV from
 * plain text, which the bytes cannot.
 */
export async function detectType(
  sniffer: ContentSniffer,
  declaredName: string,
  readRange: (offset: number, length: number) => Promise<Uint8Array>,
): Promise<Detection> {
  const head = sniffer.first;
  if (sniffer.size === 0) return { ok: false, refusal: "empty" };
  if (sniffer.size > MAX_FILE_BYTES) return { ok: false, refusal: "tooLarge" };
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, type: "pdf" };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, type: "png" };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { ok: true, type: "jpeg" };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return detectZip(sniffer, readRange);
  if (!sniffer.isText) return { ok: false, refusal: "typeUnknown" };
  if (looksLikeMarkup(head)) return { ok: false, refusal: "markup" };
  return { ok: true, type: /\.csv$/i.test(declaredName.trim()) ? "csv" : "txt" };
}

async function detectZip(sniffer: ContentSniffer, readRange: (offset: number, length: number) => Promise<Uint8Array>): Promise<Detection> {
  const tail = sniffer.tail;
  const location = locateDirectory(tail, sniffer.size);
  if (!location || location.size > MAX_DIRECTORY_BYTES) return { ok: false, refusal: "zipUnsafe" };
  const tailStart = sniffer.size - tail.length;
  const directory =
    location.offset >= tailStart
      ? tail.subarray(location.offset - tailStart, location.offset - tailStart + location.size)
      : await readRange(location.offset, location.size);
  const reading = readDirectory(directory, location);
  if (!reading.ok) return reading;
  const names = reading.parts.map((part) => part.name);
  const first = firstStoredPart(sniffer.first);
  if (first?.name === "mimetype" && reading.parts[0]?.name === "mimetype") {
    return new TextDecoder().decode(first.content) === ODT_MIMETYPE ? { ok: true, type: "odt" } : { ok: false, refusal: "zipNotOffice" };
  }
  if (!names.includes("[Content_Types].xml")) return { ok: false, refusal: "zipNotOffice" };
  const office = (["docx", "xlsx", "pptx"] as const).filter((type) => names.some((name) => name.startsWith(OFFICE_FOLDER[type])));
  return office.length === 1 ? { ok: true, type: office[0]! } : { ok: false, refusal: "zipNotOffice" };
}

const OFFICE_FOLDER = { docx: "word/", xlsx: "xl/", pptx: "ppt/" } as const;
