import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { EconomyCounts } from "@/components/economies/economy-counts";
import { ItemSummaryList } from "@/components/items/item-summary-list";
import { EmptyState, Section } from "@/components/ui/section";
import { requirePageUser } from "@/lib/auth/session";
import { economyActivityChart } from "@/lib/charts/economy-charts";
import { chartFileHref } from "@/lib/charts/spec";
import { formatDay } from "@/lib/dates";
import { economyCountsByYear, getEconomyProfile } from "@/lib/economies/queries";
import { economyCodeSchema } from "@/lib/economies/schema";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";
import { itemFiltersSchema } from "@/lib/items/schema";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";
/** The lists show the newest work; the table holds the rest, filterable and sortable. */
const LIST_LIMIT = 25;

async function loadProfile(params: PageProps<"/economies/[code]">["params"]) {
  await requirePageUser();
  const code = economyCodeSchema.safeParse((await params).code);
  return code.success ? getEconomyProfile(code.data, LIST_LIMIT) : null;
}

export async function generateMetadata({ params }: PageProps<"/economies/[code]">): Promise<Metadata> {
  const profile = await loadProfile(params);
  const [locale, te] = await Promise.all([getLocale(), getTranslations("errors")]);
  return { title: profile ? economyName(profile.economy, locale as Locale) : te("economyNotFound") };
}

export default async function EconomyPage({ params }: PageProps<"/economies/[code]">) {
  await requirePageUser();
  const profile = await loadProfile(params);
  if (!profile) notFound();
  const { economy, proposed, coSponsored, withdrawn } = profile;
  const [t, tn, localeTag, counts] = await Promise.all([getTranslations("economies"), getTranslations("nav"), getLocale(), economyCountsByYear(economy.code)]);
  const locale = localeTag as Locale;
  const zh = locale === "zh-TW";
  const name = economyName(economy, locale);
  // Over the whole live plan, as the lists below (an economy that took no part has only the empty
  // counts); the economy is found, so its chart is too.
  const activity = (await economyActivityChart(economy.code, itemFiltersSchema.parse({}), locale, officeToday()))!;
  const chartQuery = new URLSearchParams({ economy: economy.code });

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/economies" className="underline-offset-2 hover:underline">
            {tn("economies")}
          </Link>{" "}
          / {economy.code}
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
          {zh ? economy.nameZh : economy.name}
          {!zh && economy.shortName ? <span className="font-normal text-slate-500"> ({economy.shortName})</span> : null}
        </h1>
        <p lang={zh ? "en" : "zh-Hant-TW"} className="mt-1 text-lg text-slate-600">
          {zh ? economy.name : economy.nameZh}
        </p>
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <li>
            <a href={`/items/export?coSponsor=${economy.code}`} download className="text-brand-700 underline-offset-2 hover:underline">
              {t("exportCoSponsored")}
            </a>
          </li>
          <li>
            <a href={`/items/export?proposer=${economy.code}`} download className="text-brand-700 underline-offset-2 hover:underline">
              {t("exportProposed")}
            </a>
          </li>
        </ul>
      </div>

      {counts.length ? (
        <ChartFigure
          spec={activity}
          downloads={{ svg: chartFileHref(activity.name, "svg", chartQuery), png: chartFileHref(activity.name, "png", chartQuery) }}
        />
      ) : null}

      <Section title={t("countsTitle")}>
        {counts.length ? <EconomyCounts code={economy.code} years={counts} /> : <EmptyState>{t("countsEmpty")}</EmptyState>}
      </Section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section
          title={t("proposes")}
          aside={
            proposed.total > 0 ? (
              <Link href={`/items?proposer=${economy.code}`} className="text-brand-700 underline-offset-2 hover:underline">
                {t("inTable", { count: proposed.total })}
              </Link>
            ) : (
              "0"
            )
          }
        >
          {proposed.total === 0 ? (
            <EmptyState>{t("proposesNothing", { economy: zh ? name : economy.name })}</EmptyState>
          ) : (
            <ItemSummaryList items={proposed.items} />
          )}
          {proposed.total > proposed.items.length ? (
            <Link href={`/items?proposer=${economy.code}`} className="mt-2 inline-block text-sm text-brand-700 underline-offset-2 hover:underline">
              {t("moreInTable", { count: proposed.total - proposed.items.length })}
            </Link>
          ) : null}
        </Section>
        <Section title={t("coSponsors")} aside={`${coSponsored.total}`}>
          {coSponsored.total === 0 ? (
            <EmptyState>{t("coSponsorsNothing", { economy: zh ? name : economy.name })}</EmptyState>
          ) : (
            <ItemSummaryList
              items={coSponsored.entries.map((c) => c.item)}
              showProposer
              detail={(item) => {
                const joined = coSponsored.entries.find((c) => c.item.id === item.id)?.joinedOn;
                return joined ? <p className="text-xs text-slate-500">{t("coSponsorSince", { date: formatDay(joined, locale) })}</p> : null;
              }}
            />
          )}
          {coSponsored.total > coSponsored.entries.length ? (
            <Link href={`/items?coSponsor=${economy.code}`} className="mt-2 inline-block text-sm text-brand-700 underline-offset-2 hover:underline">
              {t("moreInTable", { count: coSponsored.total - coSponsored.entries.length })}
            </Link>
          ) : null}
          {withdrawn.total > 0 ? (
            <div className="mt-3 border-t border-slate-100 pt-3">
              <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("withdrawn")}</h3>
              <ItemSummaryList items={withdrawn.entries.map((c) => c.item)} showProposer />
              {withdrawn.total > withdrawn.entries.length ? (
                <p className="mt-2 text-sm text-slate-600">{t("moreWithdrawn", { count: withdrawn.total - withdrawn.entries.length })}</p>
              ) : null}
            </div>
          ) : null}
        </Section>
      </div>
    </div>
  );
}
