import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { meetingRecordSummary } from "@/lib/meeting-records/queries";
import { Section } from "../ui/section";
import { agendaHeading } from "./agenda-heading";

/** The meeting's record in brief, for its page: each agenda heading with what it holds, and the way in. */
export async function MeetingRecordSummary({ meetingId }: { meetingId: number }) {
  const [summary, t, locale] = await Promise.all([meetingRecordSummary(meetingId), getTranslations("meetingRecords.summary"), getLocale()]);
  const zh = locale === "zh-TW";
  return (
    <Section
      title={t("title")}
      aside={
        <Link href={`/meetings/${meetingId}/record`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t("open")}
        </Link>
      }
    >
      <p className="text-sm text-slate-600">{t("totals", { members: summary.delegation, recommendations: summary.recommendations })}</p>
      {summary.agenda.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <ol className="mt-2 flex flex-col divide-y divide-slate-100">
          {summary.agenda.map((agenda) => {
            const heading = agendaHeading(agenda, zh);
            return (
              <li key={agenda.id} className="flex flex-col gap-0.5 py-2 text-sm sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                <span className="text-slate-900">
                  {agenda.number ? <span className="mr-2 tabular-nums text-slate-500">{agenda.number}</span> : null}
                  {heading.text}
                </span>
                <span className="shrink-0 text-xs text-slate-500">
                  {t("counts", { workItems: agenda._count.workItems, speakers: agenda._count.speakers, interventions: agenda._count.interventions })}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
