import { getLocale } from "next-intl/server";
import { z } from "zod";
import { requireRouteUser } from "@/lib/auth/route-user";
import { systemClock } from "@/lib/clock";
import { followUpCsv, followUpWorkbook } from "@/lib/follow-ups/export";
import { parseMyActionsQuery } from "@/lib/follow-ups/list-request";
import { listFollowUps } from "@/lib/follow-ups/queries";
import { catalogueTranslator } from "@/lib/i18n/catalogue";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { msg, translateMessage } from "@/lib/i18n/message";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(["csv", "xlsx"], { message: msg("followUps.v.filter") });

/** GET /actions/export?format=csv|xlsx&status=open|done|dropped|all&owner=me|all&lang=en|zh-TW: the "My actions" list as a file. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const requested = params.get("lang");
  const locale = isLocale(requested) ? requested : ((await getLocale()) as Locale);
  const allowed = await requireRouteUser(request, locale);
  if (!allowed.ok) return allowed.response;
  const query = parseMyActionsQuery(params);
  const format = formatSchema.safeParse(params.get("format") ?? "csv");
  if (!query.success || !format.success) {
    const t = catalogueTranslator(locale);
    const problems = [...(query.success ? [] : query.error.issues), ...(format.success ? [] : format.error.issues)];
    return new Response(problems.map((issue) => translateMessage(t as never, issue.message)).join("\n") + "\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const now = systemClock();
  const today = officeToday(now);
  const actions = await listFollowUps({ ownerId: query.data.owner === "all" ? null : allowed.user.id, status: query.data.status });
  const name = `sccp-actions-${today}`;
  if (format.data === "xlsx") {
    return new Response(Buffer.from(await followUpWorkbook(actions, locale, today, now)), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${name}.xlsx"`,
        "Cache-Control": "no-store",
      },
    });
  }
  return new Response(followUpCsv(actions, locale, today), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"`, "Cache-Control": "no-store" },
  });
}
