"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

interface RecordFormProps {
  action: Action;
  hidden: Record<string, string | number>;
  initial?: Record<string, string>;
  submitLabel: string;
}

function Hidden({ fields }: { fields: Record<string, string | number> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

export function DelegationMemberForm({ action, hidden, initial = {}, submitLabel, roles }: RecordFormProps & { roles: FieldOption[] }) {
  const t = useTranslations("meetingRecords");
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" noValidate>
      <Hidden fields={hidden} />
      <TextField name="name" label={t("fields.memberName")} state={state} initial={initial.name} required />
      <TextField name="nameZh" label={t("fields.memberNameZh")} state={state} initial={initial.nameZh} />
      <TextField name="title" label={t("fields.memberTitle")} state={state} initial={initial.title} />
      <TextField name="titleZh" label={t("fields.memberTitleZh")} state={state} initial={initial.titleZh} />
      <SelectField name="role" label={t("fields.role")} state={state} initial={initial.role ?? "DELEGATE"} options={roles} />
      <div className="flex items-end">
        <SubmitButton tone="secondary">{submitLabel}</SubmitButton>
      </div>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function InterventionForm({ action, hidden, initial = {}, submitLabel, agendaItems }: RecordFormProps & { agendaItems: FieldOption[] }) {
  const t = useTranslations("meetingRecords");
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2 [&_select]:w-full [&_select]:min-w-0" noValidate>
      <Hidden fields={hidden} />
      <TextField name="speaker" label={t("fields.speaker")} state={state} initial={initial.speaker} />
      <SelectField
        name="agendaItemId"
        label={t("fields.agendaItem")}
        state={state}
        initial={initial.agendaItemId}
        options={agendaItems}
        empty={t("noAgendaItem")}
      />
      <TextField name="text" label={t("fields.interventionText")} multiline rows={4} state={state} initial={initial.text} required className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <SubmitButton tone="secondary">{submitLabel}</SubmitButton>
      </div>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function RecommendationForm({ action, hidden, initial = {}, submitLabel }: RecordFormProps) {
  const t = useTranslations("meetingRecords");
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="grid gap-3" noValidate>
      <Hidden fields={hidden} />
      <TextField name="heading" label={t("fields.heading")} state={state} initial={initial.heading} required />
      <TextField name="body" label={t("fields.body")} multiline rows={4} state={state} initial={initial.body} />
      <div>
        <SubmitButton tone="secondary">{submitLabel}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
