import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PlanChartsView } from "@/components/charts/plan-charts-view";
import { AgendaList } from "@/components/milestones/agenda-list";
import { EconomyPrompt } from "@/components/overview/economy-prompt";
import { MyActionsDue, OverdueActions } from "@/components/overview/my-actions";
import { MyEconomy } from "@/components/overview/my-economy";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { milestonesByMonthChart, statusByYearChart } from "@/lib/charts/plan-charts";
import { systemClock } from "@/lib/clock";
import { formatDay } from "@/lib/dates";
import { dueFollowUpsOf, FOLLOW_UP_NEXT_DAYS, overdueFollowUps } from "@/lib/follow-ups/queries";
import type { Locale } from "@/lib/i18n/config";
import { meetingName } from "@/lib/i18n/data";
import { filterQuery } from "@/lib/items/filter-query";
import { workPlanCounts } from "@/lib/items/queries";
import type { ItemFilters } from "@/lib/items/schema";
import { formatMeetingDate, hasMeetingDays } from "@/lib/meetings/dates";
import { listMeetings } from "@/lib/meetings/queries";
import { milestoneAgenda } from "@/lib/milestones/queries";
import { economyOverview, visitOverview } from "@/lib/overview/queries";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

/** Must be one of the table's windows (30 or 90 days), so the "see all" link shows the same list. */
const HORIZON_DAYS = 90;
/** The overview stays a glance; the full list is the filtered table. */
const AGENDA_LIMIT = 20;
const KINDS = ["INITIATIVE", "APEC_FUNDED", "SELF_FUNDED"] as const;
const CHART_YEARS = 5;

export async function generateMetadata() {
  return { title: (await getTranslations("overview"))("title") };
}

export default async function OverviewPage() {
  const user = await requirePageUser();
  const [t, tc, counted, tCharts, locale] = await Promise.all([
    getTranslations("overview"),
    getTranslations("common"),
    getTranslations("enums.itemKindCount"),
    getTranslations("planCharts.overview"),
    getLocale(),
  ]);
  const now = systemClock();
  const today = officeToday(now);
  const since = await visitOverview(user.id, now);
  const [mine, agenda, [counts, byYear], meetings, myActions, lateActions, byMonth] = await Promise.all([
    economyOverview(user.id, now, since),
    milestoneAgenda(today, HORIZON_DAYS, AGENDA_LIMIT),
    workPlanCounts().then(async (counts) => [counts, await statusByYearChart(recentYears(counts), locale as Locale, today)] as const),
    listMeetings(),
    dueFollowUpsOf(user.id, today),
    overdueFollowUps(today, AGENDA_LIMIT),
    milestonesByMonthChart({}, locale as Locale, today),
  ]);
  // The latest that has surely begun: on its days, or once the whole month or period has passed.
  const latestMeeting = meetings.find((meeting) =>
    hasMeetingDays(meeting) ? meeting.startDate <= today : meeting.endDate !== null && meeting.endDate < today,
  );

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { date: formatDay(today, locale as Locale) })} />
      {mine ? <MyEconomy overview={mine} /> : <EconomyPrompt isAdmin={hasRole(user.role, "ADMIN")} />}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <MyActionsDue actions={myActions} today={today} days={FOLLOW_UP_NEXT_DAYS} />
          {/* An overdue action counts as an overdue milestone does: in the same figure, listed beneath. */}
          <Section title={t("overdue")} id="overdue" aside={`${agenda.overdue.total + lateActions.total}`}>
            <AgendaList milestones={agenda.overdue.milestones} today={today} empty={t("overdueEmpty")} />
            <SeeAll total={agenda.overdue.total} href="/items?due=overdue" label={t("seeAllInTable", { count: agenda.overdue.total })} />
            <OverdueActions actions={lateActions.actions} total={lateActions.total} today={today} />
          </Section>
          <Section title={t("upcoming", { days: HORIZON_DAYS })} id="upcoming" aside={`${agenda.upcoming.total}`}>
            <AgendaList milestones={agenda.upcoming.milestones} today={today} empty={t("upcomingEmpty", { days: HORIZON_DAYS })} />
            <SeeAll total={agenda.upcoming.total} href={`/items?due=${HORIZON_DAYS}d`} label={t("seeAllInTable", { count: agenda.upcoming.total })} />
          </Section>
          <Section title={t("undated")} id="undated" aside={`${agenda.undated.total}`}>
            <AgendaList milestones={agenda.undated.milestones} today={today} empty={t("undatedEmpty")} />
            <SeeAll total={agenda.undated.total} href="/items?due=undated" label={t("seeAllInTable", { count: agenda.undated.total })} />
          </Section>
        </div>
        <div className="flex flex-col gap-6">
          <Section title={t("byYear")}>
            <ul className="flex flex-col gap-3 text-sm">
              {counts.map((year) => (
                <li key={year.year}>
                  <p className="font-medium text-slate-900">{t("yearTotal", { year: String(year.year), count: year.total })}</p>
                  <p className="text-slate-600">
                    {[
                      ...KINDS.flatMap((kind) => {
                        const count = year.byKind.get(kind);
                        return count ? [counted(kind, { count })] : [];
                      }),
                      ...(year.byKind.get(null) ? [counted("none", { count: year.byKind.get(null)! })] : []),
                    ].join(tc("listSeparator"))}
                  </p>
                </li>
              ))}
            </ul>
            <p className="mt-3 text-sm">
              <Link href="/items" className="text-brand-700 underline-offset-2 hover:underline">
                {t("openWorkPlan")}
              </Link>
            </p>
          </Section>
          {latestMeeting ? (
            <Section title={t("latestMeeting")}>
              <Link href={`/meetings/${latestMeeting.id}`} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
                {meetingName(latestMeeting, locale as Locale)}
              </Link>
              <p className="text-sm text-slate-600">{formatMeetingDate(latestMeeting, locale as Locale)}</p>
              <p className="mt-1 text-xs text-slate-500">{tc("itemsReported", { count: latestMeeting._count.items })}</p>
            </Section>
          ) : null}
        </div>
      </div>
      {/* The whole plan at a glance, below the day's work; the Charts view filters and adds the economies. */}
      <div className="mt-6">
        <Section title={tCharts("title")} id="plan-charts">
          <div className="grid gap-6 lg:grid-cols-2">
            <PlanChartsView specs={[byYear]} query={filterQuery(recentYears(counts))} viewLabel={tCharts("openCharts")} headingLevel={3} />
            <PlanChartsView specs={[byMonth]} query={new URLSearchParams()} viewLabel={tCharts("openCharts")} headingLevel={3} />
          </div>
        </Section>
      </div>
    </>
  );
}

/**
 * The plan's latest years with items: a glance stays readable however many years the plan holds
 * (the large plan's 32 years would be 128 bars); the Charts view shows every year.
 */
function recentYears(counts: Awaited<ReturnType<typeof workPlanCounts>>): ItemFilters {
  return counts.length ? { year: counts.slice(0, CHART_YEARS).map((entry) => entry.year) } : {};
}

/** The rest of a list the overview cuts short, in the work-plan table (items with such milestones). */
function SeeAll({ total, href, label }: { total: number; href: string; label: string }) {
  if (total <= AGENDA_LIMIT) return null;
  return (
    <Link href={href as never} className="mt-2 inline-block text-sm text-brand-700 underline-offset-2 hover:underline">
      {label}
    </Link>
  );
}
