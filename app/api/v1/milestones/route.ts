import { milestonePage } from "@/lib/api/list-sql";
import { listRequest } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

/** GET /api/v1/milestones: the milestones of the items the filters select, in time order. */
export async function GET(request: Request) {
  const query = await listRequest(request);
  if (!query.ok) return query.response;
  return Response.json(await milestonePage(query.filters, query.paging));
}
