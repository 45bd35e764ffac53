// Every refusal code the upload form may be sent back with has its message, in both languages:
// the codes are put together at run time, so the catalogue test cannot find them in the source.
import { describe, expect, it } from "vitest";
import { DOCUMENT_ERROR_CODES, documentErrorMessage, isDocumentErrorCode } from "@/lib/documents/errors";
import { rendered } from "../support/messages";

describe("DOCUMENT_ERROR_CODES", () => {
  it("each read in English and Traditional Chinese", () => {
    for (const code of DOCUMENT_ERROR_CODES) {
      for (const locale of ["en", "zh-TW"] as const) {
        const text = rendered(documentErrorMessage(code), locale);
        expect(text, `${locale} ${code}`).not.toContain("documents.errors");
        expect(text.length, `${locale} ${code}`).toBeGreaterThan(4);
      }
    }
    expect(rendered(documentErrorMessage("tooLarge"))).toContain("25 MB");
    expect(rendered(documentErrorMessage("tooLarge"), "zh-TW")).toContain("25 MB");
  });

  it("are the only codes accepted back from an address", () => {
    expect(isDocumentErrorCode("zipBomb")).toBe(true);
    expect(isDocumentErrorCode("<script>")).toBe(false);
    expect(isDocumentErrorCode(undefined)).toBe(false);
  });
});
