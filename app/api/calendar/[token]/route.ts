import { calendarFeed } from "@/lib/calendar/feed";
import { catalogueTranslator } from "@/lib/i18n/catalogue";
import { isLocale } from "@/lib/i18n/config";
import { translateMessage } from "@/lib/i18n/message";
import { parseListRequest, rawQuery } from "@/lib/items/list-request";
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
  const requested = url.searchParams.get("lang");
  const locale = isLocale(requested) ? requested : isLocale(user.locale) ? user.locale : "en";
  // A calendar app keeps the address it was given: a language it does not know falls back, not fails.
  const filters = await parseListRequest(rawQuery(url.searchParams, ["lang"]), itemFiltersSchema);
  if (!filters.ok) {
    const t = catalogueTranslator(locale);
    return new Response(`${filters.problems.map((message) => translateMessage(t as never, message)).join("\n")}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  // Links in events point where officers reach the app (NEXTAUTH_URL behind a proxy).
  const base = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : `${url.protocol}//${url.host}`;
  const ics = await calendarFeed(filters.data, locale, base);
  // RFC 5545 ends every line, the last one included, with CRLF.
  const body = ics.endsWith("\r\n") ? ics : `${ics}\r\n`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="sccp-work-plan.ics"',
      "Cache-Control": "private, max-age=300",
    },
  });
}
