import "server-only";
// How a stored file leaves the server: streamed from the database a chunk at a time, and always as
// an attachment that no browser renders as a page: nosniff, and a CSP that sandboxes it and lets
// it load nothing should a browser open it all the same. A PDF that is also HTML stays a PDF.
import { getLocale } from "next-intl/server";
import { requireRouteUser } from "../auth/route-user";
import { catalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { msg, translateMessage } from "../i18n/message";
import { blobStream } from "./blobs";
import { downloadableFile, type DownloadableFile } from "./download";
import { attachmentDisposition } from "./file-name";
import { DOWNLOAD_CONTENT_SECURITY_POLICY } from "./limits";
import { documentIdSchema } from "./schema";
import { servedContentType } from "./types";

export function fileResponse(file: DownloadableFile): Response {
  return new Response(blobStream(file.blobId, file.size), {
    headers: {
      "Content-Type": servedContentType(file.contentType),
      "Content-Length": String(file.size),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": DOWNLOAD_CONTENT_SECURITY_POLICY,
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
}

/**
 * GET of a document's latest version (`number` null) or of the version numbered so: the reader
 * signed in (viewers read), the document there for them (download.ts), else a 404 in their language.
 */
export async function serveDownload(request: Request, rawId: string, rawNumber: string | null): Promise<Response> {
  const reader = (await getLocale()) as Locale;
  const allowed = await requireRouteUser(request, reader);
  if (!allowed.ok) return allowed.response;
  const id = documentIdSchema.safeParse(rawId);
  const number = rawNumber === null ? null : documentIdSchema.safeParse(rawNumber);
  const file = id.success && number?.success !== false ? await downloadableFile(allowed.user, id.data, number ? number.data! : null) : null;
  if (!file) {
    const message = translateMessage(catalogueTranslator(reader) as never, msg("documents.errors.notFound"));
    return new Response(`${message}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return fileResponse(file);
}
