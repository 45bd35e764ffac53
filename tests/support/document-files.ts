// Files of every kind the documents' tests upload or sniff, built in memory: real Office and
// OpenDocument containers (JSZip), and the hostile ones the issue names.
import JSZip from "jszip";

export const bytes = (text: string) => new TextEncoder().encode(text);

export const PDF = bytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
/** Starts as a PDF and carries a page that runs a script: a polyglot. */
export const POLYGLOT = bytes("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n");
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
export const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
export const HTML = bytes("<!DOCTYPE html>\n<html><script>alert(1)</script></html>\n");

async function zip(parts: Record<string, string | Uint8Array>, options: { first?: [string, string] } = {}): Promise<Uint8Array> {
  const archive = new JSZip();
  if (options.first) archive.file(options.first[0], options.first[1], { compression: "STORE" });
  for (const [name, content] of Object.entries(parts)) archive.file(name, content);
  return archive.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export const docx = (extra: Record<string, string | Uint8Array> = {}) =>
  zip({ "[Content_Types].xml": CONTENT_TYPES, "word/document.xml": "<w:document/>", ...extra });
export const xlsx = () => zip({ "[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": "<workbook/>" });
export const pptx = () => zip({ "[Content_Types].xml": CONTENT_TYPES, "ppt/presentation.xml": "<p:presentation/>" });
export const odt = (mimetype = "application/vnd.oasis.opendocument.text") =>
  zip({ "content.xml": "<office:document-content/>", "META-INF/manifest.xml": "<manifest/>" }, { first: ["mimetype", mimetype] });
export const plainZip = () => zip({ "notes.txt": "hello" });

/** A DOCX whose one part unpacks from a few KiB to 20 MiB of zeros: a zip bomb inside a Word file. */
export const bombDocx = () => docx({ "word/media/zeros.bin": new Uint8Array(20 * 1024 * 1024) });

/** A DOCX whose directory declares a part of 300 MB (a bomb that lies about nothing but its size). */
export async function hugeDeclaredDocx(): Promise<Uint8Array> {
  const file = await docx({ "word/big.xml": "x".repeat(1000) });
  return patchDirectory(file, "word/big.xml", (view, at) => view.setUint32(at + 24, 300 * 1024 * 1024, true));
}

/** A DOCX with a part named to climb out of the folder it is unpacked into. */
export async function traversalDocx(): Promise<Uint8Array> {
  const file = await docx({ "word/aa/evil.xml": "<x/>" });
  return patchDirectory(file, "word/aa/evil.xml", (view, at) => {
    const name = bytes("word/../../evil");
    new Uint8Array(view.buffer, view.byteOffset + at + 46, name.length).set(name);
  });
}

/** Changes the central-directory entry of `name` (same length names only). */
function patchDirectory(file: Uint8Array, name: string, patch: (view: DataView, at: number) => void): Uint8Array {
  const copy = file.slice();
  const view = new DataView(copy.buffer);
  const wanted = bytes(name);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (length === wanted.length && copy.subarray(at + 46, at + 46 + length).every((byte, i) => byte === wanted[i])) {
      patch(view, at);
      return copy;
    }
  }
  throw new Error(`No directory entry ${name}.`);
}
