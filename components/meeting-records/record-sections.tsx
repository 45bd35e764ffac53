import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { recommendationFollowUpCounts } from "@/lib/follow-ups/queries";
import type { Locale } from "@/lib/i18n/config";
import { economyName, localTitle } from "@/lib/i18n/data";
import {
  addDelegationMember,
  addIntervention,
  addRecommendation,
  createAgendaItem,
  deleteAgendaItem,
  moveAgendaItem,
  moveDelegationMember,
  moveIntervention,
  moveRecommendation,
  removeDelegationMember,
  removeIntervention,
  removeRecommendation,
  updateAgendaItem,
  updateDelegationMember,
  updateIntervention,
  updateMeetingReport,
  updateRecommendation,
} from "@/lib/meeting-records/actions";
import type { MeetingRecord, RecordAgendaItem, RecordIntervention } from "@/lib/meeting-records/queries";
import { RecommendationFollowUp } from "../follow-ups/recommendation-follow-up";
import type { FieldOption } from "../forms/fields";
import { EmptyState, Section } from "../ui/section";
import { agendaHeading } from "./agenda-heading";
import { AgendaItemForm } from "./agenda-item-form";
import { RecordControls } from "./record-controls";
import { MeetingReportForm } from "./report-form";
import { DelegationMemberForm, InterventionForm, RecommendationForm } from "./simple-forms";

export interface RecordOptions {
  reported: FieldOption[];
  others: FieldOption[];
  economies: FieldOption[];
}

/** A record's fields as its form's starting values: strings, "" for nothing. */
function values<T extends object>(record: T, keys: (keyof T & string)[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, record[key] === null || record[key] === undefined ? "" : String(record[key])]));
}

function AddForm({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="mt-3 rounded-md border border-dashed border-slate-300 px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">{title}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

function Prose({ text, lang }: { text: string; lang?: string }) {
  return (
    <div lang={lang} className="whitespace-pre-wrap break-words text-sm leading-6 text-slate-800 [overflow-wrap:anywhere]">
      {text}
    </div>
  );
}

export async function DelegationSection({ record, canEdit }: { record: MeetingRecord; canEdit: boolean }) {
  const [t, zh] = [await getTranslations("meetingRecords"), (await getLocale()) === "zh-TW"];
  const roles = (["HEAD", "DELEGATE", "ADVISER"] as const).map((role) => ({ value: role, label: t(`roles.${role}`) }));
  return (
    <Section title={t("sections.delegation")} aside={record.delegation.length ? String(record.delegation.length) : undefined}>
      {record.delegation.length === 0 ? <EmptyState>{t("empty.delegation")}</EmptyState> : null}
      <ol className="flex flex-col divide-y divide-slate-100">
        {record.delegation.map((member, index) => {
          const name = zh && member.nameZh ? member.nameZh : member.name;
          const other = zh ? (member.nameZh ? member.name : null) : member.nameZh;
          const title = zh && member.titleZh ? member.titleZh : member.title;
          return (
            <li key={member.id} className="py-2 text-sm">
              <p className="text-slate-900">
                <span className="font-medium">{name}</span>
                {other ? <span className="ml-2 text-slate-500">{other}</span> : null}
                <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t(`roles.${member.role}`)}</span>
              </p>
              {title ? <p className="text-slate-600">{title}</p> : null}
              {canEdit ? (
                <RecordControls
                  what={member.name}
                  move={moveDelegationMember}
                  remove={removeDelegationMember}
                  removeFields={{ id: member.id }}
                  removeLabel={t("actions.removeMember")}
                  confirmRemove={t("actions.confirmRemoveMember", { member: member.name })}
                  first={index === 0}
                  last={index === record.delegation.length - 1}
                  editLabel={t("actions.editMember")}
                >
                  <DelegationMemberForm
                    action={updateDelegationMember}
                    hidden={{ id: member.id }}
                    initial={values(member, ["name", "nameZh", "title", "titleZh", "role"])}
                    roles={roles}
                    submitLabel={t("actions.saveMember")}
                  />
                </RecordControls>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canEdit ? (
        <AddForm title={t("actions.newMember")}>
          <DelegationMemberForm action={addDelegationMember} hidden={{ meetingId: record.id }} roles={roles} submitLabel={t("actions.addMember")} />
        </AddForm>
      ) : null}
    </Section>
  );
}

export async function ReportSection({ record, canEdit }: { record: MeetingRecord; canEdit: boolean }) {
  const t = await getTranslations("meetingRecords");
  const initial = values(record, ["reportTitle", "purpose", "reportSummary"]);
  return (
    <Section title={t("sections.report")}>
      {canEdit ? (
        <MeetingReportForm action={updateMeetingReport} meeting={record} initial={initial} />
      ) : (
        <dl className="flex flex-col gap-3 text-sm">
          {(
            [
              ["reportTitle", record.reportTitle],
              ["purpose", record.purpose],
              ["summary", record.reportSummary],
            ] as const
          ).map(([key, text]) => (
            <div key={key}>
              <dt className="font-medium text-slate-700">{t(`view.${key}`)}</dt>
              <dd className="mt-1">{text ? <Prose text={text} /> : <span className="text-slate-500">{t("view.notWritten")}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}

/** Our interventions under one agenda item, or in general: each moves among these. */
async function InterventionList({
  interventions,
  canEdit,
  agendaItems,
}: {
  interventions: RecordIntervention[];
  canEdit: boolean;
  agendaItems: FieldOption[];
}) {
  const t = await getTranslations("meetingRecords");
  return (
    <ul className="flex flex-col gap-2">
      {interventions.map((intervention, index) => (
        <li key={intervention.id} className="rounded-md border-l-4 border-brand-200 bg-brand-50/40 px-3 py-2 text-sm">
          {intervention.speaker ? <p className="text-xs font-medium text-slate-600">{intervention.speaker}</p> : null}
          <Prose text={intervention.text} />
          {canEdit ? (
            <RecordControls
              what={intervention.text.slice(0, 40)}
              move={moveIntervention}
              remove={removeIntervention}
              removeFields={{ id: intervention.id }}
              removeLabel={t("actions.removeIntervention")}
              confirmRemove={t("actions.confirmRemoveIntervention")}
              first={index === 0}
              last={index === interventions.length - 1}
              editLabel={t("actions.editIntervention")}
            >
              <InterventionForm
                action={updateIntervention}
                hidden={{ id: intervention.id }}
                initial={values(intervention, ["speaker", "text", "agendaItemId"])}
                agendaItems={agendaItems}
                submitLabel={t("actions.saveIntervention")}
              />
            </RecordControls>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Part({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="mt-3">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</h4>
      <div className="mt-1">{children}</div>
    </div>
  );
}

async function AgendaItemView({
  agenda,
  index,
  record,
  canEdit,
  options,
  agendaItems,
}: {
  agenda: RecordAgendaItem;
  index: number;
  record: MeetingRecord;
  canEdit: boolean;
  options: RecordOptions;
  agendaItems: FieldOption[];
}) {
  const [t, locale] = [await getTranslations("meetingRecords"), (await getLocale()) as Locale];
  const heading = agendaHeading(agenda, locale === "zh-TW");
  const linked = agenda.workItems.map((item) => ({ value: String(item.id), label: `${item.year} · ${localTitle(item, locale).text}` }));
  const itemChoices = [...options.reported, ...linked.filter((item) => !options.reported.some((one) => one.value === item.value))];
  return (
    <li className="py-4" id={`agenda-${agenda.id}`}>
      <h3 className="text-base font-semibold text-slate-900">
        {agenda.number ? <span className="mr-2 tabular-nums text-slate-500">{agenda.number}</span> : null}
        {heading.text}
      </h3>
      {heading.other ? (
        <p lang={heading.otherLang} className="text-sm text-slate-600">
          {heading.other}
        </p>
      ) : null}
      {agenda.workItems.length ? (
        <Part label={t("view.workItems")}>
          <ul className="flex flex-col gap-1 text-sm">
            {agenda.workItems.map((item) => (
              <li key={item.id}>
                <Link href={`/items/${item.id}`} className="text-brand-700 underline underline-offset-2">
                  {localTitle(item, locale).text}
                </Link>
                <span className="ml-2 text-xs text-slate-500">
                  {item.year} · {t("view.proposedBy", { economy: economyName(item.proposer, locale) })}
                  {item.archived ? ` · ${t("view.archived")}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </Part>
      ) : null}
      {agenda.discussion ? (
        <Part label={t("view.discussion")}>
          <Prose text={agenda.discussion} />
        </Part>
      ) : null}
      {agenda.speakers.length ? (
        <Part label={t("view.speakers")}>
          <ul className="flex flex-col gap-0.5 text-sm text-slate-800">
            {agenda.speakers.map((speaker) => (
              <li key={speaker.id}>
                <span className="font-medium">{speaker.name}</span>
                {[speaker.title, speaker.organisation, speaker.economy ? economyName(speaker.economy, locale) : null].filter(Boolean).map((part) => (
                  <span key={part} className="text-slate-600">
                    {locale === "zh-TW" ? "，" : ", "}
                    {part}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </Part>
      ) : null}
      {agenda.decisions ? (
        <Part label={t("view.decisions")}>
          <Prose text={agenda.decisions} />
        </Part>
      ) : null}
      {agenda.interventions.length ? (
        <Part label={t("view.ours")}>
          <InterventionList interventions={agenda.interventions} canEdit={canEdit} agendaItems={agendaItems} />
        </Part>
      ) : null}
      {canEdit ? (
        <RecordControls
          what={heading.text}
          move={moveAgendaItem}
          remove={deleteAgendaItem}
          removeFields={{ id: agenda.id, version: agenda.version }}
          removeLabel={t("actions.removeAgenda")}
          confirmRemove={t("actions.confirmRemoveAgenda", { heading: heading.text })}
          first={index === 0}
          last={index === record.agenda.length - 1}
          editLabel={t("actions.editAgenda")}
        >
          <AgendaItemForm
            action={updateAgendaItem}
            hidden={{ id: agenda.id, version: agenda.version }}
            initial={values(agenda, ["number", "headingEn", "headingZh", "discussion", "decisions"])}
            speakers={agenda.speakers.map((speaker) => ({
              name: speaker.name,
              title: speaker.title ?? "",
              organisation: speaker.organisation ?? "",
              economyCode: speaker.economy?.code ?? "",
            }))}
            itemChoices={itemChoices}
            ticked={linked.map((item) => item.value)}
            otherItems={options.others.filter((item) => !linked.some((one) => one.value === item.value))}
            economies={options.economies}
            submitLabel={t("actions.saveAgenda")}
          />
        </RecordControls>
      ) : null}
    </li>
  );
}

const agendaOptions = (record: MeetingRecord, zh: boolean): FieldOption[] =>
  record.agenda.map((agenda) => ({ value: String(agenda.id), label: `${agenda.number ? `${agenda.number} ` : ""}${agendaHeading(agenda, zh).text}` }));

export async function AgendaSection({ record, canEdit, options }: { record: MeetingRecord; canEdit: boolean; options: RecordOptions }) {
  const [t, zh] = [await getTranslations("meetingRecords"), (await getLocale()) === "zh-TW"];
  const agendaItems = agendaOptions(record, zh);
  return (
    <Section title={t("sections.agenda")} aside={record.agenda.length ? String(record.agenda.length) : undefined}>
      {record.agenda.length === 0 ? <EmptyState>{t("empty.agenda")}</EmptyState> : null}
      <ol className="flex flex-col divide-y divide-slate-100">
        {record.agenda.map((agenda, index) => (
          <AgendaItemView key={agenda.id} agenda={agenda} index={index} record={record} canEdit={canEdit} options={options} agendaItems={agendaItems} />
        ))}
      </ol>
      {canEdit ? (
        <AddForm title={t("actions.newAgenda")}>
          <AgendaItemForm
            action={createAgendaItem}
            hidden={{ meetingId: record.id }}
            itemChoices={options.reported}
            otherItems={options.others}
            economies={options.economies}
            submitLabel={t("actions.addAgenda")}
          />
        </AddForm>
      ) : null}
    </Section>
  );
}

export async function InterventionsSection({ record, canEdit }: { record: MeetingRecord; canEdit: boolean }) {
  const [t, zh] = [await getTranslations("meetingRecords"), (await getLocale()) === "zh-TW"];
  const general = record.interventions.filter((intervention) => intervention.agendaItemId === null);
  const agendaItems = agendaOptions(record, zh);
  return (
    <Section title={t("sections.general")}>
      {general.length === 0 ? <EmptyState>{t("empty.general")}</EmptyState> : null}
      <InterventionList interventions={general} canEdit={canEdit} agendaItems={agendaItems} />
      {canEdit ? (
        <AddForm title={t("actions.newIntervention")}>
          <InterventionForm action={addIntervention} hidden={{ meetingId: record.id }} agendaItems={agendaItems} submitLabel={t("actions.addIntervention")} />
        </AddForm>
      ) : null}
    </Section>
  );
}

export async function RecommendationsSection({ record, canEdit }: { record: MeetingRecord; canEdit: boolean }) {
  const [t, followUps] = await Promise.all([getTranslations("meetingRecords"), recommendationFollowUpCounts(record.id)]);
  return (
    <Section title={t("sections.recommendations")} aside={record.recommendations.length ? String(record.recommendations.length) : undefined}>
      {record.recommendations.length === 0 ? <EmptyState>{t("empty.recommendations")}</EmptyState> : null}
      <ol className="flex flex-col divide-y divide-slate-100">
        {record.recommendations.map((recommendation, index) => (
          <li key={recommendation.id} className="py-3">
            <h3 className="text-sm font-semibold text-slate-900">{recommendation.heading}</h3>
            {recommendation.body ? <Prose text={recommendation.body} /> : null}
            <RecommendationFollowUp recommendation={recommendation} meetingId={record.id} count={followUps.get(recommendation.id) ?? 0} canEdit={canEdit} />
            {canEdit ? (
              <RecordControls
                what={recommendation.heading}
                move={moveRecommendation}
                remove={removeRecommendation}
                removeFields={{ id: recommendation.id }}
                removeLabel={t("actions.removeRecommendation")}
                confirmRemove={t("actions.confirmRemoveRecommendation", { heading: recommendation.heading })}
                first={index === 0}
                last={index === record.recommendations.length - 1}
                editLabel={t("actions.editRecommendation")}
              >
                <RecommendationForm
                  action={updateRecommendation}
                  hidden={{ id: recommendation.id }}
                  initial={values(recommendation, ["heading", "body"])}
                  submitLabel={t("actions.saveRecommendation")}
                />
              </RecordControls>
            ) : null}
          </li>
        ))}
      </ol>
      {canEdit ? (
        <AddForm title={t("actions.newRecommendation")}>
          <RecommendationForm action={addRecommendation} hidden={{ meetingId: record.id }} submitLabel={t("actions.addRecommendation")} />
        </AddForm>
      ) : null}
    </Section>
  );
}
