import { apiError, apiUser, economiesJson } from "@/lib/api/v1";
import { msg } from "@/lib/i18n/message";

export const dynamic = "force-dynamic";

/** GET /api/v1/economies: the 21 members in APEC's order. */
export async function GET(request: Request) {
  if (!(await apiUser(request))) return apiError(401, "unauthorized", [msg("api.unauthorized")]);
  const data = await economiesJson();
  return Response.json({ data, page: 1, pageSize: data.length, total: data.length });
}
