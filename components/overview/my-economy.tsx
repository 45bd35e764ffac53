import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";
import { translateMessage } from "@/lib/i18n/message";
import { FIRST_VISIT_DAYS, NEXT_DAYS, type EconomyOverview } from "@/lib/overview/queries";
import { formatInstant } from "@/lib/today";
import { ItemTitle } from "../items/item-title";
import { AgendaList } from "../milestones/agenda-list";
import { EmptyState, Section } from "../ui/section";

type Names = { economy: string; economyZh: string };

/**
 * The overview's opening: what the officer's economy proposes and co-sponsors that is overdue,
 * due soon, or changed by others since their last visit. Each list is cut short; the work plan's
 * proposer and co-sponsor filters hold the rest.
 */
export async function MyEconomy({ overview }: { overview: EconomyOverview }) {
  const [t, tAll, locale] = await Promise.all([getTranslations("myEconomy"), getTranslations(), getLocale()]);
  const name = economyName(overview.economy, locale as Locale);
  const names = { economy: name, economyZh: name };
  const { changes, economy, today } = overview;
  return (
    <section aria-labelledby="my-economy" className="mb-8 flex flex-col gap-4" data-testid="my-economy">
      <h2 id="my-economy" className="text-lg font-semibold text-slate-900">
        {t("title", names)}
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("overdue")} id="my-overdue" aside={`${overview.overdue.total}`}>
          <AgendaList milestones={overview.overdue.milestones} today={today} empty={t("overdueEmpty")} />
          <WorkPlanLinks code={economy.code} due="overdue" names={names} counts={overview.overdue} />
        </Section>
        <Section title={t("next", { days: NEXT_DAYS })} id="my-next" aside={`${overview.next.total}`}>
          <AgendaList milestones={overview.next.milestones} today={today} empty={t("nextEmpty", { days: NEXT_DAYS })} />
          <WorkPlanLinks code={economy.code} due={`${NEXT_DAYS}d`} names={names} counts={overview.next} />
        </Section>
        <div className="lg:col-span-2">
          <Section title={changes.firstVisit ? t("changedFirst", { days: FIRST_VISIT_DAYS }) : t("changed")} id="my-changes" aside={`${changes.total}`}>
            <p className="text-xs text-slate-500">{t("changedSince", { when: formatInstant(changes.since, locale as Locale) })}</p>
            {changes.events.length === 0 ? (
              <EmptyState>{t("changedEmpty")}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {changes.events.map((event) => (
                  <li key={event.id} className="grid gap-1 py-2 sm:grid-cols-[2fr_3fr] sm:gap-6" data-testid="my-change">
                    <ItemTitle item={event.item} />
                    <div>
                      <p className="text-sm text-slate-800">{translateMessage(tAll, event.summary)}</p>
                      <p className="mt-0.5 text-xs text-slate-500">
                        {[event.user?.name, formatInstant(event.at, locale as Locale)].filter(Boolean).join(" · ")}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {changes.total > changes.events.length ? (
              <p className="mt-2 text-xs text-slate-500">{t("moreChanges", { count: changes.total - changes.events.length })}</p>
            ) : null}
          </Section>
        </div>
      </div>
    </section>
  );
}

/** The table filters by proposer or by co-sponsor, not either: one link for each that has items. */
async function WorkPlanLinks({
  code,
  due,
  names,
  counts,
}: {
  code: string;
  due: string;
  names: Names;
  counts: { proposedItems: number; coSponsoredItems: number };
}) {
  const t = await getTranslations("myEconomy");
  const links = [
    { href: `/items?proposer=${code}&due=${due}`, label: t("proposedLink", { ...names, count: counts.proposedItems }), count: counts.proposedItems },
    { href: `/items?coSponsor=${code}&due=${due}`, label: t("coSponsoredLink", { ...names, count: counts.coSponsoredItems }), count: counts.coSponsoredItems },
  ].filter((link) => link.count > 0);
  if (links.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-slate-600">
      {t("inWorkPlan")}{" "}
      {links.map((link, at) => (
        <span key={link.href}>
          {at ? " · " : null}
          <Link href={link.href as never} className="text-brand-700 underline-offset-2 hover:underline">
            {link.label}
          </Link>
        </span>
      ))}
    </p>
  );
}
