import { listRequest, page } from "@/lib/api/v1";
import { db } from "@/lib/db";
import { listItems } from "@/lib/items/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/co-sponsorships: one row per item and economy (withdrawn ones too), for the selected items. */
export async function GET(request: Request) {
  const query = await listRequest(request);
  if (!query.ok) return query.response;
  const ids = (await listItems(query.filters)).map((item) => item.id);
  const rows = await db.coSponsorship.findMany({
    where: { itemId: { in: ids } },
    select: { itemId: true, economyCode: true, joinedOn: true, withdrawnOn: true },
    orderBy: [{ itemId: "asc" }, { economy: { apecOrder: "asc" } }],
  });
  return Response.json(page(rows.map((row) => ({ itemId: row.itemId, economy: row.economyCode, joinedOn: row.joinedOn, withdrawnOn: row.withdrawnOn })), query.paging));
}
