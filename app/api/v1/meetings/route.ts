import { listRequest, page } from "@/lib/api/v1";
import { db } from "@/lib/db";
import { listItems } from "@/lib/items/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/meetings: meetings, newest first; with filters, those reporting a selected item. */
export async function GET(request: Request) {
  const query = await listRequest(request);
  if (!query.ok) return query.response;
  const filtered = Object.values(query.filters).some(Boolean);
  const ids = filtered ? (await listItems(query.filters)).map((item) => item.id) : null;
  const meetings = await db.meeting.findMany({
    where: ids ? { items: { some: { itemId: { in: ids } } } } : {},
    select: { id: true, kind: true, name: true, nameZh: true, shortName: true, startDate: true, endDate: true, place: true, format: true, chair: true, items: { select: { itemId: true }, where: { item: { archivedAt: null } } } },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
  });
  return Response.json(page(meetings.map(({ items, ...meeting }) => ({ ...meeting, itemIds: items.map((i) => i.itemId).sort((a, b) => a - b) })), query.paging));
}
