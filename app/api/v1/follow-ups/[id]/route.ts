import { followUpDetail } from "@/lib/api/follow-ups";
import { idParam } from "@/lib/api/params";
import { apiError, apiUser } from "@/lib/api/v1";
import { msg } from "@/lib/i18n/message";

export const dynamic = "force-dynamic";

/** GET /api/v1/follow-ups/{id}: one follow-up action. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await apiUser(request))) return apiError(401, "unauthorized", [msg("api.unauthorized")]);
  const id = idParam("id").safeParse((await params).id);
  const action = id.success ? await followUpDetail(id.data) : null;
  return action ? Response.json(action) : apiError(404, "not_found", [msg("api.followUpNotFound")]);
}
