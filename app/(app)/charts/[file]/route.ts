import { getLocale } from "next-intl/server";
import { requireRouteUser } from "@/lib/auth/route-user";
import { chartFile, readChartRequest } from "@/lib/charts/registry";
import { chartPng, chartSvg } from "@/lib/charts/render";
import { DOWNLOAD_CONTENT_SECURITY_POLICY } from "@/lib/documents/limits";
import { catalogueTranslator } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/config";
import { translateMessage } from "@/lib/i18n/message";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

const CONTENT_TYPES = { svg: "image/svg+xml", png: "image/png" } as const;

function text(status: 400 | 404, body: string): Response {
  return new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * GET /charts/{name}.{svg|png}?{the page's query}: the chart a page shows, as a file, in the
 * reader's language. An SVG can hold script and links, so like a stored file it goes out as an
 * attachment under the sandbox policy, never to be rendered as a page of this site.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const locale = (await getLocale()) as Locale;
  const allowed = await requireRouteUser(request, locale);
  if (!allowed.ok) return allowed.response;
  const t = catalogueTranslator(locale);
  const notFound = () => text(404, t("planCharts.notFound"));

  const file = chartFile((await params).file);
  if (!file) return notFound();
  const parsed = await readChartRequest(file.name, new URL(request.url).searchParams);
  if (!parsed.ok) return text(400, parsed.problems.map((problem) => translateMessage(t as never, problem)).join("\n"));
  const today = officeToday();
  const spec = await parsed.data.draw(locale, today);
  if (!spec) return notFound();

  const body = file.format === "svg" ? chartSvg(spec) : new Uint8Array(chartPng(spec));
  const fileName = ["sccp", file.name, parsed.data.subject, today].filter(Boolean).join("-");
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[file.format],
      "Content-Disposition": `attachment; filename="${fileName}.${file.format}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": DOWNLOAD_CONTENT_SECURITY_POLICY,
    },
  });
}
