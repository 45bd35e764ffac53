"use client";

import type { Route } from "next";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ActionResult } from "@/lib/actions/result";
import { ConflictPanel } from "../forms/conflict-panel";
import { DateField, FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";
import { useVersionedForm } from "../forms/use-versioned-form";

export interface ItemFormOptions {
  economies: FieldOption[];
  fora: FieldOption[];
  subFunds: FieldOption[];
  kinds: FieldOption[];
  statuses: FieldOption[];
  fundAccounts: FieldOption[];
}

interface ItemFormProps {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  options: ItemFormOptions;
  initial?: Record<string, string>;
  item?: { id: number; version: number };
  cancelHref: Route;
  /** The office's current year, from the server, for a new item. */
  defaultYear: string;
}

export function ItemForm({ action, options, initial = {}, item, cancelHref, defaultYear }: ItemFormProps) {
  const t = useTranslations("itemForm");
  const f = useTranslations("fields");
  const tc = useTranslations("common");
  const tf = useTranslations("forms");
  const { state, formAction, conflict, baseFields } = useVersionedForm(action, item, initial);

  return (
    <form action={formAction} className="flex flex-col gap-6" noValidate>
      {baseFields}
      {conflict ? <ConflictPanel conflict={conflict} subject="item" cancelHref={cancelHref} /> : <FormMessage state={state} />}

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("theItem")}</legend>
        <TextField name="titleEn" label={f("titleEn")} state={state} initial={initial.titleEn} required className="sm:col-span-2" />
        <TextField name="titleZh" label={f("titleZh")} state={state} initial={initial.titleZh} className="sm:col-span-2" />
        <SelectField name="kind" label={f("kind")} state={state} initial={initial.kind} options={options.kinds} empty={tc("notStated")} />
        <SelectField name="status" label={f("status")} state={state} initial={initial.status ?? "PROPOSED"} options={options.statuses} required />
        <SelectField
          name="proposerCode"
          label={f("proposerCode")}
          state={state}
          initial={initial.proposerCode}
          options={options.economies}
          empty={tc("choose")}
          required
        />
        <SelectField name="forumCode" label={f("forumCode")} state={state} initial={initial.forumCode ?? "SCCP"} options={options.fora} required />
        <TextField name="year" label={f("year")} type="number" state={state} initial={initial.year ?? defaultYear} required />
        <TextField name="projectNumber" label={f("projectNumber")} state={state} initial={initial.projectNumber} hint={t("projectNumberHint")} />
      </fieldset>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("funding")}</legend>
        <SelectField
          name="fundAccount"
          label={f("fundAccount")}
          state={state}
          initial={initial.fundAccount}
          options={options.fundAccounts}
          empty={tc("notStated")}
        />
        <SelectField name="subFundId" label={f("subFundId")} state={state} initial={initial.subFundId} options={options.subFunds} empty={tc("none")} />
        <TextField name="apecFundingUsd" label={f("apecFundingUsd")} state={state} initial={initial.apecFundingUsd} hint={t("usdHint")} />
        <TextField name="coFundingUsd" label={f("coFundingUsd")} state={state} initial={initial.coFundingUsd} hint={t("usdHint")} />
        <TextField name="overseer" label={f("overseer")} state={state} initial={initial.overseer} className="sm:col-span-2" />
        <DateField name="expectedStart" label={f("expectedStart")} state={state} initial={initial.expectedStart} />
        <DateField name="expectedEnd" label={f("expectedEnd")} state={state} initial={initial.expectedEnd} />
      </fieldset>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("summaryNotes")}</legend>
        <TextField name="summary" label={f("summary")} multiline rows={4} state={state} initial={initial.summary} />
        <TextField name="notes" label={f("notes")} multiline rows={4} state={state} initial={initial.notes} />
      </fieldset>

      <div className="flex items-center gap-3">
        <SubmitButton pendingText={tc("saving")}>{conflict ? tf("saveChoices") : item ? t("save") : t("create")}</SubmitButton>
        <Link href={cancelHref} className="text-sm text-slate-700 underline-offset-2 hover:underline">
          {tc("cancel")}
        </Link>
      </div>
    </form>
  );
}
