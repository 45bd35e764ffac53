// A file's type from its bytes alone, as the upload sees them (in chunks), against the allowlist.
import { describe, expect, it } from "vitest";
import { ContentSniffer, detectType, looksLikeMarkup, type Detection } from "@/lib/documents/detect";
import { bombDocx, bytes, docx, HTML, hugeDeclaredDocx, JPEG, odt, PDF, plainZip, PNG, POLYGLOT, pptx, traversalDocx, xlsx } from "../support/document-files";

/** Sniffs `file` fed in chunks of `chunk` bytes, reading ranges back from the file as the store would. */
async function detect(file: Uint8Array, name = "file", chunk = 7): Promise<Detection & { reads: number }> {
  const sniffer = new ContentSniffer();
  for (let at = 0; at < file.length; at += chunk) sniffer.push(file.subarray(at, at + chunk));
  let reads = 0;
  const detection = await detectType(sniffer, name, async (offset, length) => {
    reads++;
    return file.slice(offset, offset + length);
  });
  return { ...detection, reads };
}

describe("the allowlist, by content", () => {
  it.each([
    ["PDF", PDF, "pdf"],
    ["a PDF that also holds a page and a script (a polyglot)", POLYGLOT, "pdf"],
    ["PNG", PNG, "png"],
    ["JPEG", JPEG, "jpeg"],
  ] as const)("recognises %s", async (_name, file, type) => {
    expect(await detect(file)).toMatchObject({ ok: true, type });
  });

  it("recognises Word, Excel, PowerPoint and OpenDocument text from their directories", async () => {
    expect(await detect(await docx(), "x.docx", 1000)).toMatchObject({ ok: true, type: "docx" });
    expect(await detect(await xlsx(), "x.xlsx")).toMatchObject({ ok: true, type: "xlsx" });
    expect(await detect(await pptx(), "x.pptx")).toMatchObject({ ok: true, type: "pptx" });
    expect(await detect(await odt(), "x.odt")).toMatchObject({ ok: true, type: "odt" });
  });

  it("ignores the name: a Word file named .pdf is Word, an HTML file named .pdf is refused", async () => {
    expect(await detect(await docx(), "report.pdf")).toMatchObject({ ok: true, type: "docx" });
    expect(await detect(HTML, "report.pdf")).toEqual({ ok: false, refusal: "markup", reads: 0 });
  });

  it("takes UTF-8 text as plain text, or CSV when so named, a character cut across chunks included", async () => {
    const text = bytes("\uFEFF經濟體,Economy\n中華台北,Chinese Taipei\n");
    for (const chunk of [1, 2, 3, 5, 1000]) {
      expect(await detect(text, "plan.csv", chunk)).toMatchObject({ ok: true, type: "csv" });
      expect(await detect(text, "plan.txt", chunk)).toMatchObject({ ok: true, type: "txt" });
    }
  });

  it("refuses text that is not UTF-8, or holds NUL", async () => {
    expect(await detect(new Uint8Array([0x61, 0xff, 0x62]), "a.txt")).toMatchObject({ ok: false, refusal: "typeUnknown" });
    expect(await detect(bytes("a\u0000b"), "a.txt")).toMatchObject({ ok: false, refusal: "typeUnknown" });
    // A character left incomplete at the very end.
    expect(await detect(bytes("ab中").subarray(0, 4), "a.txt")).toMatchObject({ ok: false, refusal: "typeUnknown" });
  });

  it("refuses markup a browser would render, after a BOM and blank space, in any case", async () => {
    for (const start of [
      "<!doctype html>",
      "<HTML>",
      " \n<script>x</script>",
      "\uFEFF<svg xmlns='x'/>",
      "<?xml version='1.0'?>",
      "<!-- c -->",
      "<body>",
      "<iframe src=x>",
    ]) {
      expect(looksLikeMarkup(bytes(start)), start).toBe(true);
      expect(await detect(bytes(start), "notes.txt"), start).toMatchObject({ ok: false, refusal: "markup" });
    }
    for (const start of ["<abc> is a placeholder", "a < b", "Notes <html> later", "<bold claim>"]) expect(looksLikeMarkup(bytes(start)), start).toBe(false);
  });

  it("refuses other files: an empty one, an executable, an archive that is no Office file, another OpenDocument", async () => {
    expect(await detect(new Uint8Array(0))).toMatchObject({ ok: false, refusal: "empty" });
    expect(await detect(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), "tool.exe")).toMatchObject({ ok: false, refusal: "typeUnknown" });
    expect(await detect(await plainZip(), "notes.docx")).toMatchObject({ ok: false, refusal: "zipNotOffice" });
    expect(await detect(await odt("application/vnd.oasis.opendocument.spreadsheet"), "x.odt")).toMatchObject({ ok: false, refusal: "zipNotOffice" });
  });
});

describe("archives, from their directory only", () => {
  it("refuses a zip bomb inside a DOCX: a part packed over 200:1, or declared sizes past 200 MB", async () => {
    expect(await detect(await bombDocx(), "bomb.docx", 64 * 1024)).toMatchObject({ ok: false, refusal: "zipBomb" });
    expect(await detect(await hugeDeclaredDocx(), "big.docx")).toMatchObject({ ok: false, refusal: "zipBomb" });
  });

  it("refuses part names that climb out of the archive", async () => {
    expect(await detect(await traversalDocx(), "evil.docx")).toMatchObject({ ok: false, refusal: "zipUnsafe" });
  });

  it("refuses a truncated archive", async () => {
    const file = await docx();
    expect(await detect(file.subarray(0, file.length - 10), "cut.docx")).toMatchObject({ ok: false, refusal: "zipUnsafe" });
  });

  it("reads the directory back from the store when it lies before the last 64 KiB", async () => {
    const parts = Object.fromEntries(Array.from({ length: 1500 }, (_, n) => [`word/media/part-with-a-rather-long-name-${n}.xml`, `<p>${n}</p>`]));
    const detection = await detect(await docx(parts), "many.docx", 4096);
    expect(detection).toMatchObject({ ok: true, type: "docx" });
    expect(detection.reads).toBe(1);
  });
});
