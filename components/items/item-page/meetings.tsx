import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import { meetingName } from "@/lib/i18n/data";
import { formatMeetingDate } from "@/lib/meetings/dates";
import type { ItemSectionProps } from "./types";

/** The meetings the item was reported at, oldest first (those not yet dated last), with the agenda line and note of each. */
export async function ItemMeetings({ item, locale }: Omit<ItemSectionProps, "canEdit">) {
  const t = await getTranslations("item");
  return (
    <Section title={t("reportedAt")}>
      {item.reports.length === 0 ? (
        <EmptyState>{t("notReported")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100">
          {item.reports.map((report) => (
            <li key={report.meeting.id} className="py-3 text-sm">
              <Link href={`/meetings/${report.meeting.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {meetingName(report.meeting, locale)}
              </Link>{" "}
              <span className="text-slate-500">{formatMeetingDate(report.meeting, locale)}</span>
              {report.agendaItem ? <p className="text-xs text-slate-500">{t("agenda", { agenda: report.agendaItem })}</p> : null}
              {report.note ? <p className="mt-1 text-slate-700">{report.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
