import { itemJson, listRequest, page } from "@/lib/api/v1";
import { listItems } from "@/lib/items/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/items: the work plan, filtered like the table (proposer, coSponsor, q), paged. */
export async function GET(request: Request) {
  const query = await listRequest(request);
  if (!query.ok) return query.response;
  return Response.json(page((await listItems(query.filters)).map(itemJson), query.paging));
}
