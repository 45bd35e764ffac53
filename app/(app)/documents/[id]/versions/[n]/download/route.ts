import { serveDownload } from "@/lib/documents/serve";

export const dynamic = "force-dynamic";

/** GET /documents/{id}/versions/{n}/download: version n of the document (1 is the first upload), as an attachment. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; n: string }> }) {
  const { id, n } = await params;
  return serveDownload(request, id, n);
}
