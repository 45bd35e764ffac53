import Link from "next/link";
import { AgendaList } from "@/components/milestones/agenda-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { formatDay, formatDayRange } from "@/lib/dates";
import { workPlanCounts } from "@/lib/items/queries";
import { ITEM_KIND_COUNT_LABEL } from "@/lib/labels";
import { listMeetings } from "@/lib/meetings/queries";
import { milestoneAgenda } from "@/lib/milestones/queries";
import { officeToday } from "@/lib/today";
import { requirePageUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

const HORIZON_DAYS = 90;

export default async function OverviewPage() {
  await requirePageUser();
  const today = officeToday();
  const [agenda, counts, meetings] = await Promise.all([milestoneAgenda(today, HORIZON_DAYS), workPlanCounts(), listMeetings()]);
  const latestMeeting = meetings.find((meeting) => meeting.startDate <= today);

  return (
    <>
      <PageHeader title="Overview" subtitle={`What is late and what is due, as of ${formatDay(today)}.`} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <Section title="Overdue" id="overdue" aside={`${agenda.overdue.length}`}>
            <AgendaList milestones={agenda.overdue} today={today} empty="Nothing is overdue." />
          </Section>
          <Section title={`Due in the next ${HORIZON_DAYS} days`} id="upcoming" aside={`${agenda.upcoming.length}`}>
            <AgendaList milestones={agenda.upcoming} today={today} empty={`Nothing falls due in the next ${HORIZON_DAYS} days.`} />
          </Section>
          <Section title="Waiting for a date" id="undated" aside={`${agenda.undated.length}`}>
            <AgendaList milestones={agenda.undated} today={today} empty="Every open milestone has a date." />
          </Section>
        </div>
        <div className="flex flex-col gap-6">
          <Section title="Items by year">
            <ul className="flex flex-col gap-3 text-sm">
              {counts.map((year) => (
                <li key={year.year}>
                  <p className="font-medium text-slate-900">
                    {year.year}: {year.total === 1 ? "1 item" : `${year.total} items`}
                  </p>
                  <p className="text-slate-600">
                    {[
                      ...Object.entries(ITEM_KIND_COUNT_LABEL).flatMap(([kind, [one, many]]) => {
                        const n = year.byKind.get(kind);
                        return n ? [`${n} ${n === 1 ? one : many}`] : [];
                      }),
                      ...(year.byKind.get(null) ? [`${year.byKind.get(null)} with funding not stated`] : []),
                    ].join(", ")}
                  </p>
                </li>
              ))}
            </ul>
            <p className="mt-3 text-sm">
              <Link href="/items" className="text-brand-700 underline-offset-2 hover:underline">Open the work plan</Link>
            </p>
          </Section>
          {latestMeeting ? (
            <Section title="Latest meeting">
              <Link href={`/meetings/${latestMeeting.id}`} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
                {latestMeeting.shortName ?? latestMeeting.name}
              </Link>
              <p className="text-sm text-slate-600">{formatDayRange(latestMeeting.startDate, latestMeeting.endDate)}</p>
              <p className="mt-1 text-xs text-slate-500">
                {latestMeeting._count.items === 1 ? "1 item reported" : `${latestMeeting._count.items} items reported`}
              </p>
            </Section>
          ) : null}
        </div>
      </div>
    </>
  );
}
