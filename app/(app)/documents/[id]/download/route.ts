import { serveDownload } from "@/lib/documents/serve";

export const dynamic = "force-dynamic";

/** GET /documents/{id}/download: the document's latest version, as an attachment. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return serveDownload(request, (await params).id, null);
}
