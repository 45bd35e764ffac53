import { listRequest, page } from "@/lib/api/v1";
import { db } from "@/lib/db";
import { inChunks } from "@/lib/db/chunks";
import { matchingItemIds } from "@/lib/items/queries";
import { compareMilestones } from "@/lib/milestones/order";

export const dynamic = "force-dynamic";

/** GET /api/v1/milestones: the milestones of the items the filters select, in time order. */
export async function GET(request: Request) {
  const query = await listRequest(request);
  if (!query.ok) return query.response;
  const ids = await matchingItemIds(query.filters);
  const milestones = await inChunks(ids, (chunk) =>
    db.milestone.findMany({
      where: { itemId: { in: chunk } },
      select: {
        id: true,
        itemId: true,
        title: true,
        titleZh: true,
        precision: true,
        dueStart: true,
        dueEnd: true,
        anchor: true,
        status: true,
        completedOn: true,
        position: true,
      },
    }),
  );
  return Response.json(
    page(
      milestones.sort(compareMilestones).map(({ position: _position, ...m }) => m),
      query.paging,
    ),
  );
}
