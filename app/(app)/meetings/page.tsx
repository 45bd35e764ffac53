import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/section";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { formatDayRange } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { meetingName } from "@/lib/i18n/data";
import { listMeetings } from "@/lib/meetings/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

export default async function MeetingsPage() {
  const user = await requirePageUser();
  const [meetings, t, tc, kinds, locale] = await Promise.all([
    listMeetings(),
    getTranslations("meetings"),
    getTranslations("common"),
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
      <div className="rounded-lg border border-slate-200 bg-white px-4">
        {meetings.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {meetings.map((meeting) => (
              <li key={meeting.id} className="flex flex-col gap-1 py-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
                <div className="min-w-0">
                  <Link href={`/meetings/${meeting.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {meetingName(meeting, locale as Locale)}
                  </Link>
                  {meeting.shortName || (locale === "zh-TW" && meeting.nameZh) ? (
                    <p className="text-sm text-slate-600">{locale === "zh-TW" ? (meeting.shortName ?? meeting.name) : meeting.name}</p>
                  ) : null}
                  <p className="mt-1 text-xs text-slate-500">
                    {[meeting.place, meeting.format].filter(Boolean).join(" · ") || t("placeNotRecorded")} ·{" "}
                    {tc("itemsReported", { count: meeting._count.items })}
                  </p>
                </div>
                <div className="flex shrink-0 items-center gap-2 text-sm text-slate-700">
                  <Badge tone="muted">{kinds(meeting.kind)}</Badge>
                  {formatDayRange(meeting.startDate, meeting.endDate, locale as Locale)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
