import { documentPage } from "@/lib/api/documents-sql";
import { documentQuery } from "@/lib/api/params";
import { apiRequest } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

/** GET /api/v1/documents: documents' metadata (never their bytes), newest first, paged. */
export async function GET(request: Request) {
  const query = await apiRequest(request, documentQuery);
  if (!query.ok) return query.response;
  const { page, pageSize, ...filters } = query.data;
  return Response.json(await documentPage(filters, { page, pageSize }));
}
