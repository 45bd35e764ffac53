import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { BriefDocuments } from "@/components/documents/brief-documents";
import { EconomyList } from "@/components/economies/economy-link";
import { BriefFollowUps } from "@/components/follow-ups/follow-up-sections";
import { PrintButton } from "@/components/meetings/print-button";
import { DueLabel } from "@/components/milestones/due-label";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { meetingStatusChart } from "@/lib/charts/meeting-charts";
import { chartFileHref } from "@/lib/charts/spec";
import { formatDay } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { economyName, localTitle, meetingName, milestoneTitle, otherTitle } from "@/lib/i18n/data";
import { translateMessage } from "@/lib/i18n/message";
import { getMeetingBrief } from "@/lib/meetings/brief";
import { formatMeetingDate } from "@/lib/meetings/dates";
import { meetingIdSchema } from "@/lib/meetings/schema";
import { officeDay, officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("brief"))("title") };
}

/** A printable A4 brief for a delegation: what will be reported, and what changed since last time. */
export default async function MeetingBriefPage({ params }: PageProps<"/meetings/[id]/brief">) {
  const user = await requirePageUser();
  const id = meetingIdSchema.safeParse((await params).id);
  const brief = id.success ? await getMeetingBrief(id.data) : null;
  if (!brief) notFound();
  const [t, tAll, kinds, statuses, localeTag] = await Promise.all([
    getTranslations("brief"),
    getTranslations(),
    getTranslations("enums.itemKind"),
    getTranslations("enums.itemStatus"),
    getLocale(),
  ]);
  const locale = localeTag as Locale;
  // The brief found the meeting, so its chart exists too.
  const chart = (await meetingStatusChart(brief.meeting.id, locale))!;
  const chartQuery = new URLSearchParams({ meeting: String(brief.meeting.id) });
  const today = officeToday();
  const { meeting, previous, items } = brief;

  return (
    <article className="mx-auto max-w-[180mm] text-slate-900 print:max-w-none">
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4 border-b border-slate-300 pb-4">
        <div>
          <p className="text-sm text-slate-600">{t("title")}</p>
          <h1 className="text-2xl font-semibold">{meetingName(meeting, locale)}</h1>
          <p className="text-sm text-slate-700">
            {formatMeetingDate(meeting, locale)}
            {meeting.place ? ` · ${meeting.place}` : ""}
            {meeting.chair ? ` · ${meeting.chair}` : ""}
          </p>
          <p className="mt-2 text-sm text-slate-700">
            {previous
              ? t("intro", { count: items.length, previous: meetingName(previous, locale), date: formatMeetingDate(previous, locale) })
              : t("introFirst", { count: items.length })}
          </p>
        </div>
        <PrintButton label={t("print")} />
      </header>

      {items.length ? (
        <div className="mb-6">
          <ChartFigure spec={chart} downloads={{ svg: chartFileHref(chart.name, "svg", chartQuery), png: chartFileHref(chart.name, "png", chartQuery) }} />
        </div>
      ) : null}

      <ol className="flex flex-col gap-6">
        {items.map(({ item, agendaItem, note, changes }, index) => {
          const title = localTitle(item, locale);
          const other = otherTitle(item, locale);
          return (
            <li key={item.id} className="break-inside-avoid border-b border-slate-200 pb-5" data-testid="brief-item">
              <h2 className="text-base font-semibold" lang={title.lang}>
                {index + 1}. {title.text}
              </h2>
              {other ? (
                <p lang={other.lang} className="text-sm text-slate-600">
                  {other.text}
                </p>
              ) : null}
              <p className="mt-1 text-xs text-slate-600">
                {item.year} · {kinds(item.kind ?? "none")} · {statuses(item.status)}
                {item.projectNumber ? ` · ${item.projectNumber}` : ""}
                {agendaItem ? ` · ${agendaItem}` : ""}
              </p>
              <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm">
                <dt className="font-medium text-slate-600">{t("proposer")}</dt>
                <dd>{economyName(item.proposer, locale)}</dd>
                <dt className="font-medium text-slate-600">{t("coSponsors")}</dt>
                <dd>{item.coSponsorships.length ? <EconomyList economies={item.coSponsorships.map((c) => c.economy)} /> : t("none")}</dd>
                {note ? (
                  <>
                    <dt className="font-medium text-slate-600">{t("reported")}</dt>
                    <dd>{note}</dd>
                  </>
                ) : null}
                {item.notes ? (
                  <>
                    <dt className="font-medium text-slate-600">{t("notes")}</dt>
                    <dd className="whitespace-pre-line">{item.notes}</dd>
                  </>
                ) : null}
              </dl>
              {item.milestones.length ? (
                <>
                  <h3 className="mt-3 text-sm font-semibold text-slate-700">{t("milestones")}</h3>
                  <ul className="mt-1 flex flex-col gap-1 text-sm">
                    {item.milestones.map((milestone) => (
                      <li key={milestone.id} className="flex flex-wrap items-baseline justify-between gap-3">
                        <span>{milestoneTitle(milestone, locale)}</span>
                        <DueLabel milestone={milestone} today={today} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {previous ? (
                <>
                  <h3 className="mt-3 text-sm font-semibold text-slate-700">{t("changesSince", { previous: meetingName(previous, locale) })}</h3>
                  {changes.length ? (
                    <ul className="mt-1 list-disc pl-5 text-sm" data-testid="brief-changes">
                      {changes.map((change) => (
                        <li key={change.id}>
                          <span className="text-slate-500">{formatDay(officeDay(change.at), locale)}</span> {translateMessage(tAll, change.summary)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="mt-1 text-sm text-slate-500">{t("noChanges")}</p>
                  )}
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
      <BriefFollowUps meetingId={meeting.id} canEdit={hasRole(user.role, "EDITOR")} />
      <BriefDocuments meetingId={meeting.id} />
      <p className="mt-6 text-xs text-slate-500">{t("generated", { date: formatDay(today, locale) })}</p>
    </article>
  );
}
