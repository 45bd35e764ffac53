import { stancesOf } from "@/lib/api/positions";
import { apiError, apiUser, economyJson } from "@/lib/api/v1";
import { msg } from "@/lib/i18n/message";
import { getItem } from "@/lib/items/queries";
import { itemIdSchema } from "@/lib/items/schema";

export const dynamic = "force-dynamic";

/** GET /api/v1/items/{id}: one item with its co-sponsors (current and withdrawn) and milestones. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await apiUser(request))) return apiError(401, "unauthorized", [msg("api.unauthorized")]);
  const id = itemIdSchema.safeParse((await params).id);
  const item = id.success ? await getItem(id.data) : null;
  if (!item || item.archivedAt) return apiError(404, "not_found", [msg("api.notFound")]);
  const stances = await stancesOf([item.id]);
  return Response.json({
    id: item.id,
    kind: item.kind,
    forum: item.forum.code,
    year: item.year,
    projectNumber: item.projectNumber,
    titleEn: item.titleEn,
    titleZh: item.titleZh,
    status: item.status,
    proposer: economyJson(item.proposer),
    fundAccount: item.fundAccount,
    apecFundingUsd: item.apecFundingUsd,
    coFundingUsd: item.coFundingUsd,
    expectedStart: item.expectedStart,
    expectedEnd: item.expectedEnd,
    summary: item.summary,
    coSponsorships: item.coSponsorships.map((c) => ({ economy: economyJson(c.economy), joinedOn: c.joinedOn, withdrawnOn: c.withdrawnOn })),
    milestones: item.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      titleZh: m.titleZh,
      precision: m.precision,
      dueStart: m.dueStart,
      dueEnd: m.dueEnd,
      anchor: m.anchor,
      status: m.status,
      completedOn: m.completedOn,
    })),
    position: stances.get(item.id) ?? null,
    version: item.version,
  });
}
