"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { LIST_SEPARATOR } from "@/lib/actions/form-values";
import type { ActionResult } from "@/lib/actions/result";
import { FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

/** Empty rows every form offers for new speakers; saving brings two more. */
const BLANK_SPEAKER_ROWS = 2;

export interface SpeakerValues {
  name: string;
  title: string;
  organisation: string;
  economyCode: string;
}

interface AgendaItemFormProps {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  hidden: Record<string, string | number>;
  initial?: Record<string, string>;
  speakers?: SpeakerValues[];
  /** Boxes to tick: the items reported at the meeting and those already discussed here. */
  itemChoices: FieldOption[];
  ticked?: string[];
  otherItems: FieldOption[];
  economies: FieldOption[];
  submitLabel: string;
}

/**
 * One agenda item with its work-plan items and speakers, saved together. Plain form fields, so it
 * works without JavaScript: a box per item, a list for one more, and a row per speaker.
 */
export function AgendaItemForm({
  action,
  hidden,
  initial = {},
  speakers = [],
  itemChoices,
  ticked = [],
  otherItems,
  economies,
  submitLabel,
}: AgendaItemFormProps) {
  const t = useTranslations("meetingRecords");
  const [state, formAction] = useActionState(action, null);
  // A refused save echoes what was typed; the boxes keep the ticks the officer sent, not the saved ones.
  const echoed = state && !state.ok ? state.values : undefined;
  const tickedNow = echoed ? (echoed["workItemIds[]"] ?? "").split(LIST_SEPARATOR) : ticked;
  const rows = [...speakers, ...Array.from({ length: BLANK_SPEAKER_ROWS }, () => ({ name: "", title: "", organisation: "", economyCode: "" }))];
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField name="number" label={t("fields.number")} hint={t("hints.number")} state={state} initial={initial.number} />
      <TextField name="headingEn" label={t("fields.headingEn")} state={state} initial={initial.headingEn} required className="sm:col-span-3" />
      <TextField name="headingZh" label={t("fields.headingZh")} state={state} initial={initial.headingZh} className="sm:col-start-2 sm:col-span-3" />
      {/* A fieldset is as wide as its longest item title unless told otherwise; so is a select. */}
      <fieldset className="flex min-w-0 flex-col gap-2 text-sm sm:col-span-4 [&_select]:w-full">
        <legend className="font-medium text-slate-700">{t("fields.workItems")}</legend>
        <p className="text-xs text-slate-500">{t("hints.workItems")}</p>
        {itemChoices.length ? (
          <ul className="flex flex-col gap-1">
            {itemChoices.map((item) => (
              <li key={item.value}>
                <label className="flex items-start gap-2">
                  <input
                    key={echoed ? `echo-${tickedNow.join()}` : "initial"}
                    type="checkbox"
                    name="workItemIds[]"
                    value={item.value}
                    defaultChecked={tickedNow.includes(item.value)}
                    className="mt-1"
                  />
                  <span className="min-w-0 break-words">{item.label}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-xs text-slate-500">{t("noReportedItems")}</p>
        )}
        <SelectField name="addWorkItemId" label={t("fields.addWorkItem")} state={state} options={otherItems} empty={t("chooseItem")} />
      </fieldset>
      <TextField
        name="discussion"
        label={t("fields.discussion")}
        hint={t("hints.discussion")}
        multiline
        rows={6}
        state={state}
        initial={initial.discussion}
        className="sm:col-span-4"
      />
      <fieldset className="flex min-w-0 flex-col gap-2 text-sm sm:col-span-4">
        <legend className="font-medium text-slate-700">{t("fields.speakers")}</legend>
        <p className="text-xs text-slate-500">{t("hints.speakers")}</p>
        {rows.map((speaker, row) => (
          <div key={row} className="grid gap-2 rounded-md border border-slate-100 bg-slate-50 p-2 sm:grid-cols-4 [&_select]:w-full">
            <TextField name={`speakers.${row}.name`} label={t("fields.speakerName")} state={state} initial={speaker.name} />
            <TextField name={`speakers.${row}.title`} label={t("fields.speakerTitle")} state={state} initial={speaker.title} />
            <TextField name={`speakers.${row}.organisation`} label={t("fields.speakerOrganisation")} state={state} initial={speaker.organisation} />
            <SelectField
              name={`speakers.${row}.economyCode`}
              label={t("fields.speakerEconomy")}
              state={state}
              initial={speaker.economyCode}
              options={economies}
              empty={t("noEconomy")}
            />
          </div>
        ))}
      </fieldset>
      <TextField name="decisions" label={t("fields.decisions")} multiline rows={3} state={state} initial={initial.decisions} className="sm:col-span-4" />
      <div className="sm:col-span-4">
        <SubmitButton tone="secondary">{submitLabel}</SubmitButton>
      </div>
      <div className="sm:col-span-4">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
