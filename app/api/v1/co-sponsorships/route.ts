import { listRequest, page } from "@/lib/api/v1";
import { db } from "@/lib/db";
import { inChunks } from "@/lib/db/chunks";
import { matchingItemIds } from "@/lib/items/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/co-sponsorships: one row per item and economy (withdrawn ones too), for the selected items. */
export async function GET(request: Request) {
  const query = await listRequest(request);
  if (!query.ok) return query.response;
  const ids = await matchingItemIds(query.filters);
  const rows = (
    await inChunks(ids, (chunk) =>
      db.coSponsorship.findMany({
        where: { itemId: { in: chunk } },
        select: { itemId: true, economyCode: true, joinedOn: true, withdrawnOn: true, economy: { select: { apecOrder: true } } },
      }),
    )
  ).sort((a, b) => a.itemId - b.itemId || a.economy.apecOrder - b.economy.apecOrder);
  return Response.json(
    page(
      rows.map((row) => ({ itemId: row.itemId, economy: row.economyCode, joinedOn: row.joinedOn, withdrawnOn: row.withdrawnOn })),
      query.paging,
    ),
  );
}
