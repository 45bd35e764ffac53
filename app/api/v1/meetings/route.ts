import { meetingPage } from "@/lib/api/list-sql";
import { listRequest } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

/** GET /api/v1/meetings: meetings, newest first; with filters, those reporting a selected item. */
export async function GET(request: Request) {
  const query = await listRequest(request);
  if (!query.ok) return query.response;
  return Response.json(await meetingPage(query.filters, query.paging));
}
