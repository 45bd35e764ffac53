import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/section";
import { formatDayRange } from "@/lib/dates";
import { MEETING_KIND_LABEL } from "@/lib/labels";
import { listMeetings } from "@/lib/meetings/queries";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Meetings" };

export default async function MeetingsPage() {
  const user = await requirePageUser();
  const meetings = await listMeetings();
  return (
    <>
      <PageHeader title="Meetings" subtitle="Meetings and workshops where the work plan was reported, newest first.">
        {hasRole(user.role, "EDITOR") ? (
          <Link href="/meetings/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            New meeting
          </Link>
        ) : null}
      </PageHeader>
      <div className="rounded-lg border border-slate-200 bg-white px-4">
        {meetings.length === 0 ? (
          <EmptyState>No meeting recorded yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {meetings.map((meeting) => (
              <li key={meeting.id} className="flex flex-col gap-1 py-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
                <div className="min-w-0">
                  <Link href={`/meetings/${meeting.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {meeting.shortName ?? meeting.name}
                  </Link>
                  {meeting.shortName ? <p className="text-sm text-slate-600">{meeting.name}</p> : null}
                  <p className="mt-1 text-xs text-slate-500">
                    {[meeting.place, meeting.format].filter(Boolean).join(" · ") || "Place not recorded"} ·{" "}
                    {meeting._count.items === 1 ? "1 item reported" : `${meeting._count.items} items reported`}
                  </p>
                </div>
                <div className="flex shrink-0 items-center gap-2 text-sm text-slate-700">
                  <Badge tone="muted">{MEETING_KIND_LABEL[meeting.kind]}</Badge>
                  {formatDayRange(meeting.startDate, meeting.endDate)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
