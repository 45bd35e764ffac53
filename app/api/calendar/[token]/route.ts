import { calendarFeed } from "@/lib/calendar/feed";
import { isLocale } from "@/lib/i18n/config";
import { itemFiltersSchema } from "@/lib/items/schema";
import { userForToken } from "@/lib/tokens/tokens";

export const dynamic = "force-dynamic";

/**
 * GET /api/calendar/<token>.ics?proposer=PE — for calendar apps, which cannot sign in: the
 * personal token in the address is the credential. Unknown, revoked or malformed tokens get the
 * same 404, so the address tells nothing about which tokens exist.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, "");
  const user = await userForToken(token, "calendar");
  if (!user) return new Response("No such calendar.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const url = new URL(request.url);
  const query = Object.fromEntries([...url.searchParams.keys()].filter((key) => key !== "lang").map((key) => {
    const all = url.searchParams.getAll(key);
    return [key, all.length > 1 ? all : all[0]!];
  }));
  const filters = itemFiltersSchema.safeParse(query);
  if (!filters.success) return new Response("This calendar address has a filter the work plan does not know.\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const requested = url.searchParams.get("lang");
  const locale = isLocale(requested) ? requested : isLocale(user.locale) ? user.locale : "en";

  const body = await calendarFeed(filters.data, locale, `${url.protocol}//${url.host}`);
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="sccp-work-plan.ics"', "Cache-Control": "private, max-age=300" },
  });
}
