import { documentDetail } from "@/lib/api/documents-sql";
import { idParam } from "@/lib/api/params";
import { apiError, apiUser } from "@/lib/api/v1";
import { msg } from "@/lib/i18n/message";

export const dynamic = "force-dynamic";

/** GET /api/v1/documents/{id}: one document's metadata with every version. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await apiUser(request))) return apiError(401, "unauthorized", [msg("api.unauthorized")]);
  const id = idParam("id").safeParse((await params).id);
  const document = id.success ? await documentDetail(id.data) : null;
  return document ? Response.json(document) : apiError(404, "not_found", [msg("api.documentNotFound")]);
}
