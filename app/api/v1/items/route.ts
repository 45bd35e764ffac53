import { stancesOf } from "@/lib/api/positions";
import { itemJson, listRequest } from "@/lib/api/v1";
import { itemTablePage } from "@/lib/items/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/items: the work plan, filtered and sorted like the table, paged. */
export async function GET(request: Request) {
  const query = await listRequest(request);
  if (!query.ok) return query.response;
  // Paged in the database, as the table is: a page costs the same whatever the plan's size.
  const result = await itemTablePage({ ...query.filters, page: query.paging.page, size: query.paging.pageSize }, "en");
  const stances = await stancesOf(result.rows.map((row) => row.id));
  const data = result.rows.map((row) => ({ ...itemJson(row), position: stances.get(row.id) ?? null }));
  return Response.json({ data, page: result.page, pageSize: result.size, total: result.total });
}
