import { createTranslator } from "next-intl";
import { calendarFeed } from "@/lib/calendar/feed";
import { isLocale } from "@/lib/i18n/config";
import { translateMessage } from "@/lib/i18n/message";
import en from "@/lib/i18n/messages/en.json";
import zhTW from "@/lib/i18n/messages/zh-TW.json";
import { unknownCodeIn } from "@/lib/items/filter-data";
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
  const query = Object.fromEntries(
    [...url.searchParams.keys()]
      .filter((key) => key !== "lang")
      .map((key) => {
        const all = url.searchParams.getAll(key);
        return [key, all.length > 1 ? all : all[0]!];
      }),
  );
  const requested = url.searchParams.get("lang");
  const locale = isLocale(requested) ? requested : isLocale(user.locale) ? user.locale : "en";
  const t = createTranslator({ locale, messages: locale === "zh-TW" ? zhTW : en });
  const refuse = (messages: string[]) =>
    new Response(`${messages.map((message) => translateMessage(t as never, message)).join("\n")}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const filters = itemFiltersSchema.safeParse(query);
  if (!filters.success) return refuse(filters.error.issues.map((issue) => issue.message));
  const unknown = await unknownCodeIn(filters.data);
  if (unknown) return refuse([unknown]);

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
