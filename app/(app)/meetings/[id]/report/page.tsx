import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/meetings/print-button";
import { ReportView } from "@/components/mission-report/report-view";
import { Notice } from "@/components/ui/notice";
import { requirePageUser } from "@/lib/auth/session";
import { translateMessage } from "@/lib/i18n/message";
import { meetingIdSchema } from "@/lib/meetings/schema";
import { buildReport } from "@/lib/mission-report/build";
import { loadMissionReport } from "@/lib/mission-report/queries";
import { reportLanguage } from "@/lib/mission-report/request";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("missionReport.page"))("title") };
}

/** The mission report as a printable page, in Chinese unless ?lang=en; the .docx is made from the same outline. */
export default async function MissionReportPage({ params, searchParams }: PageProps<"/meetings/[id]/report">) {
  await requirePageUser();
  const [{ id: rawId }, query, t, tAll] = await Promise.all([params, searchParams, getTranslations("missionReport.page"), getTranslations()]);
  const id = meetingIdSchema.safeParse(rawId);
  const report = id.success ? await loadMissionReport(id.data) : null;
  if (!report) notFound();
  const language = reportLanguage(typeof query.lang === "string" ? query.lang : null);
  if (!language.ok) {
    return <Notice headingLevel={1} title={translateMessage(tAll, language.problem)} />;
  }
  const outline = buildReport(report, { language: language.language, today: officeToday() });
  const { id: meetingId } = report.meeting;
  const switchClass = (active: boolean) =>
    `rounded-md px-2 py-1 ${active ? "bg-brand-700 font-medium text-white" : "text-brand-800 underline hover:bg-slate-100"}`;

  return (
    <>
      <div className="mx-auto mb-6 flex max-w-[180mm] flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3 text-sm print:hidden">
        <nav aria-label={t("language")} className="flex items-center gap-1">
          <span className="mr-1 text-slate-600">{t("language")}</span>
          <Link
            href={`/meetings/${meetingId}/report`}
            className={switchClass(language.language === "zh-TW")}
            aria-current={language.language === "zh-TW" ? "page" : undefined}
            lang="zh-Hant-TW"
          >
            {t("languageZh")}
          </Link>
          <Link
            href={`/meetings/${meetingId}/report?lang=en`}
            className={switchClass(language.language === "en")}
            aria-current={language.language === "en" ? "page" : undefined}
            lang="en"
          >
            {t("languageEn")}
          </Link>
        </nav>
        <div className="flex items-center gap-3">
          <a
            href={`/meetings/${meetingId}/report.docx${language.language === "en" ? "?lang=en" : ""}`}
            className="font-medium text-brand-800 underline"
            download
          >
            {t("download")}
          </a>
          <PrintButton label={t("print")} />
        </div>
      </div>
      <ReportView outline={outline} />
    </>
  );
}
