import { followUpPage } from "@/lib/api/follow-ups";
import { followUpQuery } from "@/lib/api/params";
import { apiRequest } from "@/lib/api/v1";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

/** GET /api/v1/follow-ups: follow-up actions, soonest due first, paged. */
export async function GET(request: Request) {
  const query = await apiRequest(request, followUpQuery);
  if (!query.ok) return query.response;
  const { page, pageSize, ...filters } = query.data;
  return Response.json(await followUpPage(filters, { page, pageSize }, officeToday()));
}
