import { Readable } from "node:stream";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { coSponsorshipCsv } from "@/lib/exports/co-sponsorships";
import { EXPORT_SETTINGS, exportSettingsSchema } from "@/lib/exports/schema";
import { coSponsorshipWorkbook } from "@/lib/exports/xlsx";
import { isLocale } from "@/lib/i18n/config";
import { msg, translateMessage } from "@/lib/i18n/message";
import en from "@/lib/i18n/messages/en.json";
import zhTW from "@/lib/i18n/messages/zh-TW.json";
import { unknownCodeIn } from "@/lib/items/filter-data";
import { itemFiltersSchema } from "@/lib/items/schema";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

/**
 * GET /items/export?proposer=PE&q=…&format=csv|xlsx&layout=items|long|milestones&sep=comma|semicolon&lang=en|zh-TW
 * The work-plan table's filters, in the reader's language unless lang asks for the other.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthorized", message: "Sign in to export." }, { status: 401 });

  const params = new URL(request.url).searchParams;
  const requested = params.get("lang");
  const locale = isLocale(requested) ? requested : ((await getLocale()) as "en" | "zh-TW");
  const t = createTranslator({ locale, messages: locale === "zh-TW" ? zhTW : en });
  const refuse = (messages: string[]) =>
    new Response(messages.map((message) => translateMessage(t as never, message)).join("\n") + "\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });

  const filterParams: Record<string, string | string[]> = {};
  const settingParams: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    if ((EXPORT_SETTINGS as readonly string[]).includes(key)) {
      if (all.length > 1) return refuse([msg("v.repeatedFilter", { name: key, count: all.length })]);
      settingParams[key] = all[0]!;
    } else filterParams[key] = all.length > 1 ? all : all[0]!;
  }
  const filters = itemFiltersSchema.safeParse(filterParams);
  const settings = exportSettingsSchema.safeParse(settingParams);
  if (!filters.success || !settings.success) {
    return refuse([...(filters.error?.issues ?? []), ...(settings.error?.issues ?? [])].map((issue) => issue.message));
  }

  const unknown = await unknownCodeIn(filters.data);
  if (unknown) return refuse([unknown]);
  if (settings.data.format === "xlsx") {
    const workbook = await coSponsorshipWorkbook(filters.data, locale, `${user.name} <${user.email}>`);
    return new Response(Readable.toWeb(workbook) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="sccp-co-sponsorships-${officeToday()}.xlsx"`,
        "Cache-Control": "no-store",
      },
    });
  }
  const csv = await coSponsorshipCsv(filters.data, settings.data.layout, settings.data.sep, locale);
  const name = `sccp-co-sponsorships${settings.data.layout === "items" ? "" : `-${settings.data.layout}`}-${officeToday()}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
