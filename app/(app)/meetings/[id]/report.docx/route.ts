import { getLocale } from "next-intl/server";
import { requireRouteUser } from "@/lib/auth/route-user";
import { catalogueTranslator } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/config";
import { msg, translateMessage } from "@/lib/i18n/message";
import { meetingIdSchema } from "@/lib/meetings/schema";
import { buildReport } from "@/lib/mission-report/build";
import { reportDocx } from "@/lib/mission-report/docx";
import { loadMissionReport } from "@/lib/mission-report/queries";
import { reportDisposition, reportLanguage } from "@/lib/mission-report/request";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** GET /meetings/{id}/report.docx?lang=zh-TW|en: the meeting's mission report as a Word document, in Chinese unless asked for English. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const reader = (await getLocale()) as Locale;
  const allowed = await requireRouteUser(request, reader);
  if (!allowed.ok) return allowed.response;
  const refuse = (status: 400 | 404, message: string) =>
    new Response(`${translateMessage(catalogueTranslator(reader) as never, message)}\n`, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });

  const language = reportLanguage(new URL(request.url).searchParams.get("lang"));
  if (!language.ok) return refuse(400, language.problem);
  const raw = (await params).id;
  const id = meetingIdSchema.safeParse(raw);
  const report = id.success ? await loadMissionReport(id.data) : null;
  if (!report) return refuse(404, msg("missionReport.notFound", { id: raw.slice(0, 20) }));

  const outline = buildReport(report, { language: language.language, today: officeToday() });
  const file = await reportDocx(outline);
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": DOCX,
      "Content-Disposition": reportDisposition(report, outline.title, language.language),
      "Content-Length": String(file.byteLength),
      "Cache-Control": "no-store",
    },
  });
}
