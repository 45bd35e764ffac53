import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { UnreadableLink } from "@/components/items/unreadable-link";
import { WorkPlanViews } from "@/components/items/work-plan-views";
import { DueLabel } from "@/components/milestones/due-label";
import { hasDays } from "@/components/milestones/period-views";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { formatMonth, isoDay, lastDayOfMonth } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { localTitle, meetingName, milestoneTitle } from "@/lib/i18n/data";
import { describeFilters } from "@/lib/items/describe-filters";
import { filterNames } from "@/lib/items/filter-data";
import { filteredHref } from "@/lib/items/filter-query";
import { parseListRequest } from "@/lib/items/list-request";
import { calendarSchema } from "@/lib/items/schema";
import { formatMeetingDate, hasMeetingDays } from "@/lib/meetings/dates";
import { meetingsInPeriod, MILESTONE_LIMIT, milestonesInPeriod } from "@/lib/milestones/views";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";
const MAX_PER_DAY = 4;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monthCalendar"))("title") };
}

function shiftMonth(month: string, by: number): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (number - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * A month of the filtered work plan: milestones with a day (and meetings) on their days; those
 * known only to the month, quarter or year listed above the grid for the month their period ends.
 */
export default async function CalendarPage({ searchParams }: PageProps<"/calendar">) {
  await requirePageUser();
  const [t, tAll, locale] = await Promise.all([getTranslations("monthCalendar"), getTranslations(), getLocale()]);
  const parsed = await parseListRequest(await searchParams, calendarSchema);
  if (!parsed.ok) return <UnreadableLink title={t("title")} messages={parsed.problems} />;
  const { month: requested, ...filters } = parsed.data;
  const today = officeToday();
  const month = requested ?? today.slice(0, 7);
  const [year, number] = month.split("-").map(Number) as [number, number];
  const first = isoDay(year, number, 1);
  const last = isoDay(year, number, lastDayOfMonth(year, number));
  const [found, meetings, names] = await Promise.all([
    milestonesInPeriod(filters, first, last, today),
    meetingsInPeriod(first, last),
    filterNames(locale as Locale),
  ]);
  const truncated = found.length > MILESTONE_LIMIT;
  const milestones = found.slice(0, MILESTONE_LIMIT);
  const dayless = milestones.filter((milestone) => !hasDays(milestone));
  const onDays = milestones.filter(hasDays);
  // A meeting known only to a month, quarter or year is never put on a day: like a milestone, it
  // is listed above the grid of the month its period ends.
  const meetingsOnDays = meetings.filter(hasMeetingDays);
  const daylessMeetings = meetings.filter((entry) => !hasMeetingDays(entry) && entry.endDate !== null && entry.endDate <= last);
  const described = describeFilters(filters, names, tAll as never, locale as Locale);
  // Weeks start on Monday, as in the officers' diaries; blanks pad the first week.
  const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const days = Array.from({ length: lastDayOfMonth(year, number) }, (_, index) => isoDay(year, number, index + 1));
  const weekdays = Array.from({ length: 7 }, (_, index) =>
    new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + index))),
  );

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <WorkPlanViews current="calendar" filters={filters} />
      <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
        {month > "1989-01" ? (
          <Link
            href={filteredHref("/calendar", filters, { month: shiftMonth(month, -1) }) as never}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
          >
            {t("previousMonth")}
          </Link>
        ) : null}
        <h2 className="text-lg font-semibold text-slate-900">{formatMonth(year, number, locale as Locale)}</h2>
        {month < "2100-12" ? (
          <Link
            href={filteredHref("/calendar", filters, { month: shiftMonth(month, 1) }) as never}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
          >
            {t("nextMonth")}
          </Link>
        ) : null}
        <span className="text-slate-600" role="status" data-testid="row-count">
          {t("count", { count: milestones.length })}
          {described.length ? ` · ${described.join(" · ")}` : ""}
        </span>
      </div>
      {truncated ? <Notice tone="info" title={tAll("views.truncated", { count: MILESTONE_LIMIT })} /> : null}
      {daylessMeetings.length > 0 ? (
        <section
          className="mb-3 rounded-lg border border-dashed border-amber-300 bg-white p-3"
          aria-labelledby="dayless-meetings"
          data-testid="calendar-dayless-meetings"
        >
          <h3 id="dayless-meetings" className="mb-2 text-sm font-semibold text-slate-800">
            {tAll("meetingDates.calendarDayless", { month: formatMonth(year, number, locale as Locale) })}
          </h3>
          <ul className="grid gap-2 text-sm sm:grid-cols-2">
            {daylessMeetings.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-center gap-2">
                <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{formatMeetingDate(entry, locale as Locale)}</span>
                <Link href={`/meetings/${entry.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {meetingName(entry, locale as Locale)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {dayless.length > 0 ? (
        <section className="mb-3 rounded-lg border border-dashed border-brand-300 bg-white p-3" aria-labelledby="dayless" data-testid="calendar-dayless">
          <h3 id="dayless" className="mb-2 text-sm font-semibold text-slate-800">
            {t("dayless", { month: formatMonth(year, number, locale as Locale) })}
          </h3>
          <ul className="grid gap-2 text-sm sm:grid-cols-2">
            {dayless.map((milestone) => (
              <li key={milestone.id} className="flex flex-wrap items-center gap-2">
                <DueLabel milestone={milestone} today={today} />
                <span className="text-slate-800">{milestoneTitle(milestone, locale as Locale)}</span>
                <Link href={`/items/${milestone.item.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {localTitle(milestone.item, locale as Locale).text}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="calendar">
        <div className="grid min-w-[56rem] grid-cols-7 text-xs">
          {weekdays.map((weekday) => (
            <div key={weekday} className="border-b border-slate-200 bg-slate-50 px-2 py-1.5 text-center font-semibold text-slate-600">
              {weekday}
            </div>
          ))}
          {Array.from({ length: lead }, (_, index) => (
            <div key={`blank-${index}`} className="border-b border-l border-slate-100 bg-slate-50/50" />
          ))}
          {days.map((day) => {
            const due = onDays.filter((milestone) => milestone.dueStart! <= day && milestone.dueEnd! >= day);
            const meeting = meetingsOnDays.filter((entry) => entry.startDate <= day && entry.endDate >= day);
            return (
              <div key={day} className={`min-h-28 border-b border-l border-slate-100 p-1.5 ${day === today ? "bg-brand-50/60" : ""}`} data-day={day}>
                <p className="mb-1 text-right font-semibold text-slate-500">{Number(day.slice(8))}</p>
                <ul className="flex flex-col gap-1">
                  {meeting.map((entry) => (
                    <li key={`m-${entry.id}`}>
                      <Link href={`/meetings/${entry.id}`} className="block truncate rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">
                        {meetingName(entry, locale as Locale)}
                      </Link>
                    </li>
                  ))}
                  {due.slice(0, MAX_PER_DAY).map((milestone) => (
                    <li key={milestone.id}>
                      <Link
                        href={`/items/${milestone.item.id}`}
                        className="block truncate rounded bg-brand-50 px-1.5 py-0.5 text-brand-900"
                        title={`${milestoneTitle(milestone, locale as Locale)} · ${localTitle(milestone.item, locale as Locale).text}`}
                      >
                        {milestone.precision === "ANCHOR" ? `${milestone.anchor} · ` : ""}
                        {milestoneTitle(milestone, locale as Locale)}
                      </Link>
                    </li>
                  ))}
                  {due.length > MAX_PER_DAY ? <li className="text-slate-500">{t("more", { count: due.length - MAX_PER_DAY })}</li> : null}
                </ul>
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}
