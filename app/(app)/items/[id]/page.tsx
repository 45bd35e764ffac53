import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddCoSponsorForm } from "@/components/co-sponsors/add-co-sponsor-form";
import { EconomyLink } from "@/components/economies/economy-link";
import { ActionButton } from "@/components/forms/action-button";
import { ItemStatusBadge } from "@/components/items/item-status-badge";
import { MilestoneControls } from "@/components/milestones/milestone-controls";
import { MilestoneForm } from "@/components/milestones/milestone-form";
import { MilestoneList } from "@/components/milestones/milestone-list";
import { DefinitionList } from "@/components/ui/definition-list";
import { Notice } from "@/components/ui/notice";
import { EmptyState, Section } from "@/components/ui/section";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { removeCoSponsor, withdrawCoSponsor } from "@/lib/co-sponsors/actions";
import { formatDay, formatDayRange } from "@/lib/dates";
import { listEconomies } from "@/lib/economies/queries";
import type { Locale } from "@/lib/i18n/config";
import { economyName, localTitle, meetingName, otherTitle } from "@/lib/i18n/data";
import { archiveItem, deleteItem, restoreItem } from "@/lib/items/actions";
import { getItem } from "@/lib/items/queries";
import { itemIdSchema } from "@/lib/items/schema";
import { addMilestone } from "@/lib/milestones/actions";
import { shareDate } from "@/lib/milestones/order";
import { officeDay, officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";

async function loadItem(params: PageProps<"/items/[id]">["params"]) {
  await requirePageUser();
  const id = itemIdSchema.safeParse((await params).id);
  return id.success ? getItem(id.data) : null;
}

export async function generateMetadata({ params }: PageProps<"/items/[id]">): Promise<Metadata> {
  const [item, locale, te] = await Promise.all([loadItem(params), getLocale(), getTranslations("errors")]);
  return { title: item ? localTitle(item, locale as Locale).text : te("itemNotFound") };
}

export default async function ItemPage({ params }: PageProps<"/items/[id]">) {
  const user = await requirePageUser();
  const item = await loadItem(params);
  if (!item) notFound();
  const [t, tf, tk, tfund, tms, localeTag] = await Promise.all([
    getTranslations("item"),
    getTranslations("fields"),
    getTranslations("enums.itemKind"),
    getTranslations("enums.fundAccount"),
    getTranslations("enums.milestoneStatus"),
    getLocale(),
  ]);
  const locale = localeTag as Locale;
  const usd = new Intl.NumberFormat(locale === "zh-TW" ? "zh-TW" : "en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
  const title = localTitle(item, locale);
  const subtitle = otherTitle(item, locale);
  const canEdit = hasRole(user.role, "EDITOR") && !item.archivedAt;
  const milestoneStatuses = (["PLANNED", "DONE", "LATE", "CANCELLED"] as const).map((value) => ({ value, label: tms(value) }));
  const economies = canEdit
    ? (await listEconomies()).filter((e) => e.code !== item.proposer.code).map((e) => ({ value: e.code, label: economyName(e, locale) }))
    : [];
  const today = officeToday();
  const current = item.coSponsorships.filter((c) => !c.withdrawnOn);
  const withdrawn = item.coSponsorships.filter((c) => c.withdrawnOn);

  return (
    <article className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/items" className="underline-offset-2 hover:underline">
            {t("breadcrumb")}
          </Link>{" "}
          / {item.year} · {tk(item.kind ?? "none")}
        </p>
        <h1 lang={title.lang} className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
          {title.text}
        </h1>
        {title.fallback ? <p className="mt-1 text-sm italic text-slate-500">{t("fallbackTitle")}</p> : null}
        {subtitle ? (
          <p lang={subtitle.lang} className="mt-1 text-lg text-slate-600">
            {subtitle.text}
          </p>
        ) : null}
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <ItemStatusBadge status={item.status} />
          <span className="text-slate-600">
            {t("proposedBy")} <EconomyLink economy={item.proposer} />
          </span>
        </div>
        <div className="mt-4 flex flex-wrap items-start gap-2 text-sm">
          {canEdit ? (
            <Link href={`/items/${item.id}/edit`} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
              {t("edit")}
            </Link>
          ) : null}
          <Link
            href={`/items/${item.id}/history`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50"
          >
            {t("history")}
          </Link>
          {hasRole(user.role, "EDITOR") ? (
            item.archivedAt ? (
              <ActionButton action={restoreItem} fields={{ id: item.id, version: item.version }}>
                {t("restore")}
              </ActionButton>
            ) : (
              <ActionButton action={archiveItem} fields={{ id: item.id, version: item.version }} confirm={t("confirmArchive")}>
                {t("archive")}
              </ActionButton>
            )
          ) : null}
          {item.archivedAt && hasRole(user.role, "ADMIN") ? (
            <ActionButton action={deleteItem} fields={{ id: item.id, version: item.version }} tone="danger" confirm={t("confirmDelete")}>
              {t("deleteForGood")}
            </ActionButton>
          ) : null}
        </div>
      </div>

      {item.archivedAt ? <Notice title={t("archivedOn", { date: formatDay(officeDay(item.archivedAt), locale) })}>{t("archivedBody")}</Notice> : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <Section title={t("milestones")} aside={t("milestonesCount", { count: item.milestones.length })}>
            <MilestoneList
              milestones={item.milestones}
              today={today}
              controls={
                canEdit
                  ? (milestone, index) => {
                      const previous = item.milestones[index - 1];
                      const next = item.milestones[index + 1];
                      return (
                        <MilestoneControls
                          milestone={milestone}
                          before={previous && shareDate(previous, milestone) ? previous : undefined}
                          after={next && shareDate(next, milestone) ? next : undefined}
                          statuses={milestoneStatuses}
                        />
                      );
                    }
                  : undefined
              }
            />
            {canEdit ? (
              <details className="mt-3 rounded-md border border-slate-200 px-3 py-2 text-sm">
                <summary className="cursor-pointer font-medium text-brand-700">{t("addMilestone")}</summary>
                <div className="mt-3">
                  <MilestoneForm action={addMilestone} hidden={{ itemId: item.id }} statuses={milestoneStatuses} submitLabel={t("addMilestone")} />
                </div>
              </details>
            ) : null}
          </Section>

          {item.summary || item.notes ? (
            <Section title={t("summaryNotes")}>
              {item.summary ? <p className="text-sm leading-6 text-slate-800">{item.summary}</p> : null}
              {item.notes ? <p className="mt-3 whitespace-pre-line text-sm leading-6 text-slate-700">{item.notes}</p> : null}
            </Section>
          ) : null}

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
                    <span className="text-slate-500">{formatDayRange(report.meeting.startDate, report.meeting.endDate, locale)}</span>
                    {report.agendaItem ? <p className="text-xs text-slate-500">{t("agenda", { agenda: report.agendaItem })}</p> : null}
                    {report.note ? <p className="mt-1 text-slate-700">{report.note}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>

        <div className="flex flex-col gap-6">
          <Section title={t("coSponsors")} aside={item.kind === "INITIATIVE" ? t("initiativesNeedNone") : `${current.length}`}>
            {current.length === 0 ? (
              <EmptyState>{t("noCoSponsor")}</EmptyState>
            ) : (
              <ul className="flex flex-col gap-1.5 text-sm" aria-label={t("coSponsorList")}>
                {current.map((c) => (
                  <li key={c.economy.code} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                    <span>
                      <EconomyLink economy={c.economy} />
                      {c.joinedOn ? <span className="ml-2 text-xs text-slate-500">{t("since", { date: formatDay(c.joinedOn, locale) })}</span> : null}
                    </span>
                    {canEdit ? (
                      <span className="flex gap-1.5">
                        <ActionButton
                          action={withdrawCoSponsor}
                          fields={{ itemId: item.id, economyCode: c.economy.code }}
                          label={t("withdrewLabel", { economy: economyName(c.economy, locale) })}
                          size="sm"
                          confirm={t("confirmWithdraw", { economy: economyName(c.economy, locale) })}
                        >
                          {t("withdrew")}
                        </ActionButton>
                        <ActionButton
                          action={removeCoSponsor}
                          fields={{ itemId: item.id, economyCode: c.economy.code }}
                          tone="danger"
                          size="sm"
                          label={t("removeLabel", { economy: economyName(c.economy, locale) })}
                          confirm={t("confirmRemove", { economy: economyName(c.economy, locale) })}
                        >
                          {t("remove")}
                        </ActionButton>
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {canEdit ? <AddCoSponsorForm itemId={item.id} economies={economies} /> : null}
            {withdrawn.length > 0 ? (
              <div className="mt-3 border-t border-slate-100 pt-3">
                <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("withdrawn")}</h3>
                <ul className="mt-1 flex flex-col gap-1 text-sm">
                  {withdrawn.map((c) => (
                    <li key={c.economy.code} className="flex items-baseline justify-between gap-3 text-slate-500">
                      <EconomyLink economy={c.economy} />
                      <span className="text-xs">{formatDay(c.withdrawnOn!, locale)}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </Section>

          <Section title={t("details")}>
            <DefinitionList
              entries={[
                [tf("forumCode"), item.forum.code],
                [tf("projectNumber"), item.projectNumber],
                [
                  tf("fundAccount"),
                  item.fundAccount
                    ? `${tfund(item.fundAccount)}${item.subFund ? ` – ${locale === "zh-TW" && item.subFund.nameZh ? item.subFund.nameZh : item.subFund.name}` : ""}`
                    : null,
                ],
                [tf("apecFundingUsd"), item.apecFundingUsd !== null ? usd.format(item.apecFundingUsd) : null],
                [tf("coFundingUsd"), item.coFundingUsd !== null ? usd.format(item.coFundingUsd) : null],
                [tf("overseer"), item.overseer],
                [tf("expectedStart"), item.expectedStart ? formatDay(item.expectedStart, locale) : null],
                [tf("expectedEnd"), item.expectedEnd ? formatDay(item.expectedEnd, locale) : null],
              ]}
            />
          </Section>

          {item.priorities.length > 0 ? (
            <Section title={t("serves")}>
              <ul className="flex flex-col gap-2 text-sm">
                {item.priorities.map(({ priority }) => (
                  <li key={`${priority.framework.name}-${priority.number}`}>
                    <span className="text-slate-500">
                      {t("priority", {
                        framework: locale === "zh-TW" && priority.framework.nameZh ? priority.framework.nameZh : priority.framework.name,
                        number: priority.number,
                      })}
                    </span>{" "}
                    {locale === "zh-TW" && priority.titleZh ? priority.titleZh : priority.titleEn}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </div>
      </div>
    </article>
  );
}
