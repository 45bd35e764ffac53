// The kinds of file a document may be, recognised from their content (detect.ts), with the type
// they are served as and the extension their name is given. Anything else is refused.

export const DOCUMENT_FILE_TYPES = {
  pdf: { contentType: "application/pdf", extensions: ["pdf"] },
  png: { contentType: "image/png", extensions: ["png"] },
  jpeg: { contentType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: ["pptx"] },
  odt: { contentType: "application/vnd.oasis.opendocument.text", extensions: ["odt"] },
  txt: { contentType: "text/plain", extensions: ["txt", "text"] },
  csv: { contentType: "text/csv", extensions: ["csv"] },
} as const satisfies Record<string, { contentType: string; extensions: readonly string[] }>;

export type DocumentFileType = keyof typeof DOCUMENT_FILE_TYPES;

/** The Content-Type a stored file is served with: text is always UTF-8 (detect.ts refuses anything else). */
export function servedContentType(contentType: string): string {
  return contentType.startsWith("text/") ? `${contentType}; charset=utf-8` : contentType;
}
