import { Readable } from "node:stream";
import { getLocale } from "next-intl/server";
import { requireRouteUser } from "@/lib/auth/route-user";
import { coSponsorshipCsv } from "@/lib/exports/co-sponsorships";
import { exportSettingsSchema } from "@/lib/exports/schema";
import { coSponsorshipWorkbook } from "@/lib/exports/xlsx";
import { catalogueTranslator } from "@/lib/i18n/catalogue";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translateMessage } from "@/lib/i18n/message";
import { parseListRequest } from "@/lib/items/list-request";
import { listQuerySchema } from "@/lib/items/schema";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

/** The table's filters and the file's settings, in one query. */
const exportRequestSchema = listQuerySchema(exportSettingsSchema.shape);

/**
 * GET /items/export?proposer=PE&q=…&format=csv|xlsx&layout=items|long|milestones&sep=comma|semicolon&lang=en|zh-TW
 * The work-plan table's filters, in the reader's language unless lang asks for the other.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const requested = params.get("lang");
  const locale = isLocale(requested) ? requested : ((await getLocale()) as Locale);
  const allowed = await requireRouteUser(request, locale);
  if (!allowed.ok) return allowed.response;
  const { user } = allowed;

  const parsed = await parseListRequest(params, exportRequestSchema);
  if (!parsed.ok) {
    const t = catalogueTranslator(locale);
    return new Response(parsed.problems.map((message) => translateMessage(t as never, message)).join("\n") + "\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { format, layout, sep, lang: _lang, ...filters } = parsed.data;
  if (format === "xlsx") {
    const workbook = await coSponsorshipWorkbook(filters, locale, `${user.name} <${user.email}>`);
    return new Response(Readable.toWeb(workbook) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="sccp-co-sponsorships-${officeToday()}.xlsx"`,
        "Cache-Control": "no-store",
      },
    });
  }
  const csv = await coSponsorshipCsv(filters, layout, sep, locale);
  const name = `sccp-co-sponsorships${layout === "items" ? "" : `-${layout}`}-${officeToday()}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
