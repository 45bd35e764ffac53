import { coSponsorshipPage } from "@/lib/api/list-sql";
import { listRequest } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

/** GET /api/v1/co-sponsorships: one row per item and economy (withdrawn ones too), for the selected items. */
export async function GET(request: Request) {
  const query = await listRequest(request);
  if (!query.ok) return query.response;
  return Response.json(await coSponsorshipPage(query.filters, query.paging));
}
