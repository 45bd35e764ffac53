// The name a file is kept and offered under, whatever a browser sent: examples of the attacks,
// then properties over any string.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attachmentDisposition, MAX_NAME_CHARACTERS, sanitizeFileName } from "@/lib/documents/file-name";
import { DOCUMENT_FILE_TYPES, type DocumentFileType } from "@/lib/documents/types";

const TYPES = Object.keys(DOCUMENT_FILE_TYPES) as DocumentFileType[];
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}/\\<>:"|?*]/u;

describe("sanitizeFileName", () => {
  it.each([
    ["../../etc/passwd", "txt", "passwd.txt"],
    ["..\\..\\Windows\\system32\\evil.docx", "docx", "evil.docx"],
    ["C:\\Users\\me\\Desktop\\Report.PDF", "pdf", "Report.pdf"],
    ["/var/tmp/.hidden.pdf", "pdf", "hidden.pdf"],
    ["invoice\u202Efdp.exe", "pdf", "invoicefdp.pdf"],
    ["line\nbreak\r\tname\u0000\u0007.txt", "txt", "line break name.txt"],
    ["zero\u200Bwidth\uFEFF.csv", "csv", "zerowidth.csv"],
    ['what?<is>"this"|*.txt', "txt", "what__is__this___.txt"],
    ["notes.exe", "txt", "notes.txt"],
    ["photo.JPG", "jpeg", "photo.jpg"],
    ["photo", "png", "photo.png"],
    ["   spaced   out   .pdf", "pdf", "spaced out.pdf"],
    ["...", "pdf", "document.pdf"],
    ["", "odt", "document.odt"],
    ["CON.txt", "txt", "document-CON.txt"],
    ["報告 2024.docx", "docx", "報告 2024.docx"],
    ["a.b.c", "txt", "a.b.txt"],
  ] as const)("%j as %s is %j", (declared, type, expected) => {
    expect(sanitizeFileName(declared, type)).toBe(expected);
  });

  it("cuts a long name to the limit, keeping the extension and whole characters", () => {
    const name = sanitizeFileName(`${"😀".repeat(300)}.pdf`, "pdf");
    expect(name.endsWith(".pdf")).toBe(true);
    expect([...name].length).toBeLessThanOrEqual(MAX_NAME_CHARACTERS);
    expect(name).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
  });

  it("whatever it is given: a bare, clean, bounded name with the type's extension, stable when sanitised again", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.constantFrom(...TYPES), (declared, type) => {
        const name = sanitizeFileName(declared, type);
        expect(name).not.toMatch(FORBIDDEN);
        expect(name).toBe(name.trim());
        expect(name.startsWith(".")).toBe(false);
        expect([...name].length).toBeLessThanOrEqual(MAX_NAME_CHARACTERS);
        expect(DOCUMENT_FILE_TYPES[type].extensions.some((extension) => name.endsWith(`.${extension}`))).toBe(true);
        expect(name.length).toBeGreaterThan(DOCUMENT_FILE_TYPES[type].extensions[0].length + 1);
        expect(sanitizeFileName(name, type)).toBe(name);
      }),
      {
        numRuns: 500,
        examples: [
          ["\u202E..", "pdf"],
          [" .txt", "txt"],
          ["a\u0085b", "csv"],
        ],
      },
    );
  });
});

describe("attachmentDisposition", () => {
  it("is an attachment with an ASCII name and the UTF-8 name in filename*", () => {
    expect(attachmentDisposition("會議報告 (final).pdf")).toBe(
      `attachment; filename="(final).pdf"; filename*=UTF-8''${encodeURIComponent("會議報告 ").replace(/'/g, "%27")}%28final%29.pdf`,
    );
    expect(attachmentDisposition("報告.pdf")).toBe(`attachment; filename="document.pdf"; filename*=UTF-8''%E5%A0%B1%E5%91%8A.pdf`);
  });

  it("never lets a name break out of its quotes or its header", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.constantFrom(...TYPES), (declared, type) => {
        const header = attachmentDisposition(sanitizeFileName(declared, type));
        expect(header).toMatch(/^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
      }),
      { numRuns: 300 },
    );
  });
});
