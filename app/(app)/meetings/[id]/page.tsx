import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingDocuments } from "@/components/documents/meeting-documents";
import { EconomyLink } from "@/components/economies/economy-link";
import { MeetingFollowUps } from "@/components/follow-ups/follow-up-sections";
import { ActionButton } from "@/components/forms/action-button";
import { SavedNotice } from "@/components/forms/saved-notice";
import { ItemSummaryList } from "@/components/items/item-summary-list";
import { MeetingRecordSummary } from "@/components/meeting-records/meeting-record-summary";
import { LinkItemForm } from "@/components/meetings/link-item-form";
import { DefinitionList } from "@/components/ui/definition-list";
import { EmptyState, Section } from "@/components/ui/section";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { localTitle, meetingName } from "@/lib/i18n/data";
import { unlinkItemFromMeeting } from "@/lib/meetings/actions";
import { formatMeetingDate } from "@/lib/meetings/dates";
import { linkableItems } from "@/lib/meetings/form-options";
import { getMeeting } from "@/lib/meetings/queries";
import { meetingIdSchema } from "@/lib/meetings/schema";

export const dynamic = "force-dynamic";

const secondaryButton = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50";

async function loadMeeting(params: PageProps<"/meetings/[id]">["params"]) {
  await requirePageUser();
  const id = meetingIdSchema.safeParse((await params).id);
  return id.success ? getMeeting(id.data) : null;
}

export async function generateMetadata({ params }: PageProps<"/meetings/[id]">): Promise<Metadata> {
  const meeting = await loadMeeting(params);
  const [te, locale] = await Promise.all([getTranslations("errors"), getLocale()]);
  return { title: meeting ? meetingName(meeting, locale as Locale) : te("meetingNotFound") };
}

export default async function MeetingPage({ params, searchParams }: PageProps<"/meetings/[id]">) {
  const user = await requirePageUser();
  const meeting = await loadMeeting(params);
  if (!meeting) notFound();
  const canEdit = hasRole(user.role, "EDITOR");
  const [t, td, tf, tn, ti, tb, tr, kinds, localeTag, { saved }] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("meetingDates"),
    getTranslations("fields"),
    getTranslations("nav"),
    getTranslations("item"),
    getTranslations("brief"),
    getTranslations("missionReport.page"),
    getTranslations("enums.meetingKind"),
    getLocale(),
    searchParams,
  ]);
  const locale = localeTag as Locale;
  const zh = locale === "zh-TW";
  const absent = meeting.attendances.filter((a) => !a.attended);
  const present = meeting.attendances.filter((a) => a.attended);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/meetings" className="underline-offset-2 hover:underline">
            {tn("meetings")}
          </Link>{" "}
          / {kinds(meeting.kind)}
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{zh && meeting.nameZh ? meeting.nameZh : meeting.name}</h1>
        {meeting.nameZh ? (
          <p lang={zh ? "en" : "zh-Hant-TW"} className="mt-1 text-lg text-slate-600">
            {zh ? meeting.name : meeting.nameZh}
          </p>
        ) : null}
        <div className="mt-3 flex flex-wrap gap-2 text-sm">
          {canEdit ? (
            <Link href={`/meetings/${meeting.id}/edit`} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
              {t("edit")}
            </Link>
          ) : null}
          <Link href={`/meetings/${meeting.id}/brief`} className={secondaryButton}>
            {tb("open")}
          </Link>
          <Link href={`/meetings/${meeting.id}/report`} className={secondaryButton}>
            {tr("open")}
          </Link>
          <a href={`/meetings/${meeting.id}/report.docx`} download className={secondaryButton}>
            {tr("download")}
          </a>
        </div>
      </div>

      <SavedNotice saved={saved} subject="meeting" />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <MeetingRecordSummary meetingId={meeting.id} />
          <Section title={t("itemsReported")} aside={`${meeting.items.length}`}>
            {meeting.items.length === 0 ? (
              <EmptyState>{t("noItems")}</EmptyState>
            ) : (
              <ItemSummaryList
                items={meeting.items.map((entry) => entry.item)}
                showProposer
                detail={(item) => {
                  const entry = meeting.items.find((e) => e.item.id === item.id);
                  return (
                    <>
                      {entry?.agendaItem ? <p className="text-xs text-slate-500">{ti("agenda", { agenda: entry.agendaItem })}</p> : null}
                      {entry?.note ? <p className="mt-1 text-sm text-slate-700">{entry.note}</p> : null}
                      {canEdit ? (
                        <div className="mt-2">
                          <ActionButton
                            action={unlinkItemFromMeeting}
                            fields={{ meetingId: meeting.id, itemId: item.id }}
                            label={t("removeLabel", { title: localTitle(item, locale).text })}
                            confirm={t("confirmRemove")}
                          >
                            {t("removeFromMeeting")}
                          </ActionButton>
                        </div>
                      ) : null}
                    </>
                  );
                }}
              />
            )}
          </Section>
          {canEdit ? (
            <Section title={t("addItem")}>
              <LinkItemForm meetingId={meeting.id} items={await linkableItems(meeting.id)} />
            </Section>
          ) : null}
          <MeetingFollowUps meetingId={meeting.id} canEdit={canEdit} />
          <MeetingDocuments meetingId={meeting.id} canEdit={canEdit} query={await searchParams} />
          {meeting.notes ? (
            <Section title={t("notes")}>
              <ul className="list-disc space-y-1 pl-5 text-sm leading-6 text-slate-800">
                {meeting.notes
                  .split("\n")
                  .filter((line) => line.trim())
                  .map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
              </ul>
            </Section>
          ) : null}
        </div>
        <div className="flex flex-col gap-6">
          <Section title={t("details")}>
            <DefinitionList
              entries={[
                [t("dates"), formatMeetingDate(meeting, locale)],
                // A forum's own meeting has no organiser of its own to show as missing.
                ...(meeting.external ? [[td("organiser"), meeting.organiser] as [string, string | null]] : []),
                [tf("forumCode"), meeting.forum?.code ?? null],
                [tf("place"), meeting.place],
                [tf("format"), meeting.format],
                [tf("chair"), meeting.chair],
                [tf("attendeeCount"), meeting.attendeeCount !== null ? String(meeting.attendeeCount) : null],
              ]}
            />
          </Section>
          {meeting.attendances.length > 0 ? (
            <Section title={t("economies")} aside={t("attended", { present: present.length, total: meeting.attendances.length })}>
              {absent.length > 0 ? (
                <p className="text-sm text-slate-700">
                  {t("absent")}{" "}
                  {absent.map((a, index) => (
                    <span key={a.economy.code}>
                      <EconomyLink economy={a.economy} />
                      {index < absent.length - 1 ? (zh ? "、" : ", ") : ""}
                    </span>
                  ))}
                </p>
              ) : (
                <p className="text-sm text-slate-700">{t("allAttended")}</p>
              )}
            </Section>
          ) : null}
          {meeting.organisations.length > 0 ? (
            <Section title={t("alsoPresent")}>
              <ul className="flex flex-col gap-1 text-sm text-slate-800">
                {meeting.organisations.map(({ organisation }) => (
                  <li key={organisation.code}>{zh && organisation.nameZh ? organisation.nameZh : organisation.name}</li>
                ))}
              </ul>
            </Section>
          ) : (
            <Section title={t("alsoPresent")}>
              <EmptyState>{t("noOrganisation")}</EmptyState>
            </Section>
          )}
        </div>
      </div>
    </div>
  );
}
