import { listRequest, page } from "@/lib/api/v1";
import { db } from "@/lib/db";
import { inChunks } from "@/lib/db/chunks";
import { isFiltered } from "@/lib/items/filter-query";
import { matchingItemIds } from "@/lib/items/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/meetings: meetings, newest first; with filters, those reporting a selected item. */
export async function GET(request: Request) {
  const query = await listRequest(request);
  if (!query.ok) return query.response;
  const select = {
    id: true,
    kind: true,
    name: true,
    nameZh: true,
    shortName: true,
    startDate: true,
    endDate: true,
    place: true,
    format: true,
    chair: true,
    items: { select: { itemId: true }, where: { item: { archivedAt: null } } },
  } as const;
  const found = isFiltered(query.filters)
    ? await inChunks(await matchingItemIds(query.filters), (chunk) => db.meeting.findMany({ where: { items: { some: { itemId: { in: chunk } } } }, select }))
    : await db.meeting.findMany({ select });
  const meetings = [...new Map(found.map((meeting) => [meeting.id, meeting])).values()].sort((a, b) => b.startDate.localeCompare(a.startDate) || b.id - a.id);
  return Response.json(
    page(
      meetings.map(({ items, ...meeting }) => ({ ...meeting, itemIds: items.map((i) => i.itemId).sort((a, b) => a - b) })),
      query.paging,
    ),
  );
}
