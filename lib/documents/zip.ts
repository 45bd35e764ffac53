// What a ZIP file (DOCX, XLSX, PPTX, ODT) holds, read from its central directory alone: nothing is
// ever inflated, so a zip bomb costs the server nothing. The sizes the directory declares are
// checked instead, so a file whose parts would unpack to absurd sizes is refused before anyone
// downloads and opens it.

/** The most a file's parts may declare, unpacked, together. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** A part packed tighter than this (deflate manages ~1000:1 on zeros) is a bomb, not a document. */
export const MAX_PART_RATIO = 200;
/** Parts that small are never a danger, whatever their ratio. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** Office files have tens of parts, a large workbook a few thousand. */
export const MAX_PARTS = 10_000;
/** The directory of MAX_PARTS parts with long names fits in this. */
export const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

/** The end-of-central-directory record (22 bytes) is followed by a comment of at most 65,535. */
export const ZIP_TAIL_BYTES = 22 + 0xffff;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipPart {
  name: string;
  method: number;
  packed: number;
  unpacked: number;
  offset: number;
}

export type ZipRefusal = "zipUnsafe" | "zipBomb";

export type ZipReading = { ok: true; parts: ZipPart[] } | { ok: false; refusal: ZipRefusal };

export interface DirectoryLocation {
  offset: number;
  size: number;
  entries: number;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Where the central directory lies, from the file's last bytes (`tail`, the file's final
 * `tail.length` bytes of `fileSize`). Null when there is no well-formed end record, or it is
 * ZIP64's or spans several disks: no document the office keeps needs either.
 */
export function locateDirectory(tail: Uint8Array, fileSize: number): DirectoryLocation | null {
  const data = view(tail);
  const tailStart = fileSize - tail.length;
  for (let at = tail.length - 22; at >= 0 && at >= tail.length - ZIP_TAIL_BYTES; at--) {
    if (data.getUint32(at, true) !== EOCD) continue;
    const commentLength = data.getUint16(at + 20, true);
    if (at + 22 + commentLength !== tail.length) continue;
    if (at >= 20 && data.getUint32(at - 20, true) === ZIP64_LOCATOR) return null;
    const disk = data.getUint16(at + 4, true);
    const directoryDisk = data.getUint16(at + 6, true);
    const onDisk = data.getUint16(at + 8, true);
    const entries = data.getUint16(at + 10, true);
    const size = data.getUint32(at + 12, true);
    const offset = data.getUint32(at + 16, true);
    if (disk !== 0 || directoryDisk !== 0 || onDisk !== entries) return null;
    if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return null;
    if (offset + size > tailStart + at) return null;
    return { offset, size, entries };
  }
  return null;
}

/**
 * Reads the directory's entries and refuses what a document never holds: names that climb out of
 * the folder they are unpacked into (`../`, `/etc`, `C:`, backslashes, NUL), ZIP64 sizes, parts
 * outside the file, too many parts, and declared sizes that make a bomb.
 */
export function readDirectory(directory: Uint8Array, location: DirectoryLocation): ZipReading {
  if (location.entries > MAX_PARTS || directory.length !== location.size) return { ok: false, refusal: "zipUnsafe" };
  const data = view(directory);
  const names = new TextDecoder("utf-8");
  const parts: ZipPart[] = [];
  let unpackedTotal = 0;
  let at = 0;
  for (let n = 0; n < location.entries; n++) {
    if (at + 46 > directory.length || data.getUint32(at, true) !== CENTRAL) return { ok: false, refusal: "zipUnsafe" };
    const method = data.getUint16(at + 10, true);
    const packed = data.getUint32(at + 20, true);
    const unpacked = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const offset = data.getUint32(at + 42, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > directory.length) return { ok: false, refusal: "zipUnsafe" };
    const name = names.decode(directory.subarray(at + 46, at + 46 + nameLength));
    if (!safePartName(name) || packed === 0xffffffff || unpacked === 0xffffffff) return { ok: false, refusal: "zipUnsafe" };
    if (offset + 30 + nameLength + packed > location.offset) return { ok: false, refusal: "zipUnsafe" };
    unpackedTotal += unpacked;
    if (unpackedTotal > MAX_UNPACKED_BYTES) return { ok: false, refusal: "zipBomb" };
    if (unpacked > RATIO_FLOOR_BYTES && unpacked > MAX_PART_RATIO * Math.max(packed, 1)) return { ok: false, refusal: "zipBomb" };
    parts.push({ name, method, packed, unpacked, offset });
    at = end;
  }
  return { ok: true, parts };
}

/** A part's name as unpacking programs would take it: relative, forward slashes, never upwards. */
export function safePartName(name: string): boolean {
  if (!name || name.includes("\0") || name.includes("\\")) return false;
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return false;
  return !name.split("/").some((segment) => segment === "..");
}

/**
 * The content of a stored (not compressed) first part, read from the file's first bytes: the
 * `mimetype` an OpenDocument file must begin with. Null when the file does not begin so.
 */
export function firstStoredPart(head: Uint8Array): { name: string; content: Uint8Array } | null {
  if (head.length < 30) return null;
  const data = view(head);
  if (data.getUint32(0, true) !== LOCAL || data.getUint16(8, true) !== 0) return null;
  const size = data.getUint32(18, true);
  const nameLength = data.getUint16(26, true);
  const extraLength = data.getUint16(28, true);
  const start = 30 + nameLength + extraLength;
  if (size !== data.getUint32(22, true) || start + size > head.length) return null;
  return { name: new TextDecoder().decode(head.subarray(30, 30 + nameLength)), content: head.subarray(start, start + size) };
}
