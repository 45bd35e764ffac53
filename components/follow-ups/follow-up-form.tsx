"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";
import { useVersionedForm } from "../forms/use-versioned-form";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

interface SharedProps {
  owners: FieldOption[];
  initial: Record<string, string>;
  submitLabel: string;
  /** A tighter layout, for the brief's margin and the overview. */
  compact?: boolean;
}

function Fields({ state, owners, initial, compact }: SharedProps & { state: ActionResult | null }) {
  const t = useTranslations("followUps");
  return (
    <>
      <TextField
        name="description"
        label={t("description")}
        state={state}
        initial={initial.description}
        multiline
        rows={compact ? 2 : 3}
        required
        className="sm:col-span-2"
      />
      <SelectField name="ownerId" label={t("owner")} state={state} initial={initial.ownerId} options={owners} required />
      <TextField name="due" label={t("due")} state={state} initial={initial.due} hint={t("dueHint")} />
    </>
  );
}

/**
 * A new action on an item or a meeting (`fixed`: the one it is made on), optionally linked to the
 * other kind too. A plain form: it posts without JavaScript.
 */
export function CreateFollowUpForm({
  action,
  fixed,
  link,
  ...shared
}: SharedProps & {
  action: Action;
  fixed: { itemId: number } | { meetingId: number };
  /** The other side, to choose from; none offered when empty. */
  link?: { name: "itemId" | "meetingId"; options: FieldOption[] };
}) {
  const t = useTranslations("followUps");
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" noValidate data-testid="follow-up-create">
      {Object.entries(fixed).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Fields state={state} {...shared} />
      {link && link.options.length ? (
        <SelectField
          name={link.name}
          label={link.name === "itemId" ? t("linkItem") : t("linkMeeting")}
          state={state}
          initial=""
          options={link.options}
          empty={t("none")}
          className="sm:col-span-2"
        />
      ) : null}
      <div className="flex items-center gap-3 sm:col-span-2">
        <SubmitButton tone="secondary">{shared.submitLabel}</SubmitButton>
      </div>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** The edit form of one action, checked against the version it was opened on (three-way, as milestones). */
export function EditFollowUpForm({ action, record, ...shared }: SharedProps & { action: Action; record: { id: number; version: number } }) {
  const t = useTranslations("followUps");
  const tf = useTranslations("forms");
  const { state, formAction, conflict, baseFields } = useVersionedForm(action, record, shared.initial);
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" noValidate>
      {baseFields}
      {conflict ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 sm:col-span-2">
          {conflict.fields.length ? t("conflict") : t("conflictNone")}
        </p>
      ) : null}
      <Fields state={state} {...shared} />
      <div className="flex items-center gap-3 sm:col-span-2">
        <SubmitButton tone="secondary">{conflict ? tf("saveChoices") : shared.submitLabel}</SubmitButton>
      </div>
      <div className="sm:col-span-2">{conflict ? null : <FormMessage state={state} />}</div>
    </form>
  );
}
