"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { DateField, FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

interface MilestoneFormProps {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  hidden: Record<string, string | number>;
  initial?: Record<string, string>;
  statuses: FieldOption[];
  submitLabel: string;
}

export function MilestoneForm({ action, hidden, initial = {}, statuses, submitLabel }: MilestoneFormProps) {
  const t = useTranslations("milestoneForm");
  const f = useTranslations("fields");
  const tf = useTranslations("forms");
  const [state, formAction] = useActionState(action, null);
  const conflict = state && !state.ok ? state.conflict : undefined;
  const echoed = state && !state.ok ? state.values : undefined;
  // The version and values this form was opened on. Other changes on the page refresh the props
  // underneath an open form; the edit must still be checked against what the officer saw, so the
  // base is kept from the first render and renewed only after this form's own save.
  const [base, setBase] = useState(hidden);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setBase(hidden);
  }
  const based = (name: string, value: string | number) => {
    if (name === "version") return conflict ? conflict.savedVersion : (echoed?.version ?? base.version ?? value);
    if (name === "original") return conflict?.saved ? JSON.stringify(conflict.saved) : (echoed?.original ?? base.original ?? value);
    return value;
  };
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={based(name, value)} />
      ))}
      {conflict ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 sm:col-span-2">
          {conflict.fields.length ? t("conflict") : t("conflictNone")}
        </p>
      ) : null}
      <TextField name="title" label={f("milestoneTitle")} state={state} initial={initial.title} required className="sm:col-span-2" />
      <TextField name="titleZh" label={f("milestoneTitleZh")} state={state} initial={initial.titleZh} className="sm:col-span-2" />
      <TextField name="due" label={f("due")} state={state} initial={initial.due} hint={t("dueHint")} />
      <TextField name="anchor" label={f("anchor")} state={state} initial={initial.anchor} hint={t("anchorHint")} />
      <SelectField name="status" label={f("status")} state={state} initial={initial.status ?? "PLANNED"} options={statuses} />
      <DateField name="completedOn" label={f("completedOn")} state={state} initial={initial.completedOn} />
      <TextField name="note" label={f("note")} multiline rows={2} state={state} initial={initial.note} className="sm:col-span-2" />
      <div className="flex items-center gap-3 sm:col-span-2">
        <SubmitButton tone="secondary">{conflict ? tf("saveChoices") : submitLabel}</SubmitButton>
      </div>
      <div className="sm:col-span-2">{conflict ? null : <FormMessage state={state} />}</div>
    </form>
  );
}
