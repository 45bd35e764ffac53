import { positionQuery } from "@/lib/api/params";
import { positionPage } from "@/lib/api/positions";
import { apiRequest } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

/** GET /api/v1/positions: our economy's position on items, nearest internal deadline first, paged. */
export async function GET(request: Request) {
  const query = await apiRequest(request, positionQuery);
  if (!query.ok) return query.response;
  const { page, pageSize, ...filters } = query.data;
  return Response.json(await positionPage(filters, { page, pageSize }));
}
