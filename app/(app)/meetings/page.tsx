import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ColumnTable } from "@/components/data-table/column-table";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/section";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { meetingName } from "@/lib/i18n/data";
import { formatMeetingDate } from "@/lib/meetings/dates";
import { listMeetings } from "@/lib/meetings/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

export default async function MeetingsPage() {
  const user = await requirePageUser();
  const [meetings, t, td, tf, kinds, locale] = await Promise.all([
    listMeetings(),
    getTranslations("meetings"),
    getTranslations("meetingDates"),
    getTranslations("fields"),
    getTranslations("enums.meetingKind"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        {hasRole(user.role, "EDITOR") ? (
          <Link href="/meetings/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            {t("new")}
          </Link>
        ) : null}
      </PageHeader>
      {meetings.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ColumnTable
          caption={t("caption")}
          rowKeys
          rows={meetings}
          rowKey={(meeting) => meeting.id}
          columns={[
            {
              id: "meeting",
              header: t("meeting"),
              cell: (meeting) => (
                <>
                  <Link href={`/meetings/${meeting.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {meetingName(meeting, locale as Locale)}
                  </Link>
                  {meeting.shortName || (locale === "zh-TW" && meeting.nameZh) ? (
                    <p className="text-slate-600">{locale === "zh-TW" ? (meeting.shortName ?? meeting.name) : meeting.name}</p>
                  ) : null}
                  {meeting.external && meeting.organiser ? (
                    <p className="text-xs text-slate-600">{td("organisedByName", { organiser: meeting.organiser })}</p>
                  ) : null}
                </>
              ),
            },
            { id: "kind", header: tf("meetingKind"), cell: (meeting) => <Badge tone="muted">{kinds(meeting.kind)}</Badge> },
            {
              id: "dates",
              header: t("dates"),
              cell: (meeting) => formatMeetingDate(meeting, locale as Locale),
              className: "whitespace-nowrap",
            },
            {
              id: "place",
              header: tf("place"),
              cell: (meeting) => [meeting.place, meeting.format].filter(Boolean).join(" · ") || <span className="text-slate-500">{t("placeNotRecorded")}</span>,
              className: "text-slate-700",
            },
            { id: "items", header: t("itemsReported"), numeric: true, cell: (meeting) => meeting._count.items },
          ]}
        />
      )}
    </>
  );
}
