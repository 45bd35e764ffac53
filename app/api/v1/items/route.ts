import { apiError, apiUser, itemJson, page, parseListQuery } from "@/lib/api/v1";
import { msg } from "@/lib/i18n/message";
import { listItems } from "@/lib/items/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/items: the work plan, filtered like the table (proposer, coSponsor, q), paged. */
export async function GET(request: Request) {
  if (!(await apiUser(request))) return apiError(401, "unauthorized", [msg("api.unauthorized")]);
  const query = await parseListQuery(request);
  if (!query.ok) return query.response;
  return Response.json(page((await listItems(query.filters)).map(itemJson), query.paging));
}
