"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { setPosition } from "@/lib/positions/actions";
import { DateField, FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

interface PositionFormProps {
  itemId: number;
  /** The position's version as the page loaded it; 0 when there is none yet. */
  version: number;
  initial: Record<string, string>;
  stances: FieldOption[];
}

/** Records or changes our economy's position; a plain form post, so it works without JavaScript. */
export function PositionForm({ itemId, version, initial, stances }: PositionFormProps) {
  const t = useTranslations("positions");
  const tf = useTranslations("forms");
  const [state, formAction] = useActionState(setPosition, null);
  const conflict = state && !state.ok ? state.conflict : undefined;
  const echoed = state && !state.ok ? state.values : undefined;
  // The version and values the officer opened: a refresh underneath (another form on the page)
  // must not move the base of this edit; only this form's own save renews it.
  const current = { version: String(version), original: JSON.stringify(initial) };
  const [base, setBase] = useState(current);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setBase(current);
  }
  const postedVersion = conflict ? String(conflict.savedVersion) : (echoed?.version ?? base.version);
  const original = conflict?.saved ? JSON.stringify(conflict.saved) : (echoed?.original ?? base.original);
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label={t("formLabel")} noValidate>
      <input type="hidden" name="id" value={itemId} />
      <input type="hidden" name="version" value={postedVersion} />
      <input type="hidden" name="original" value={original} />
      {conflict ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {conflict.fields.length ? t("conflict") : t("conflictNone")}
        </p>
      ) : null}
      <SelectField name="stance" label={t("stanceLabel")} state={state} initial={initial.stance} options={stances} empty={t("chooseStance")} required />
      <DateField name="deadline" label={t("deadline")} state={state} initial={initial.deadline} hint={t("deadlineHint")} />
      <TextField name="decidedBy" label={t("decidedBy")} state={state} initial={initial.decidedBy} hint={t("decidedByHint")} />
      <TextField name="note" label={t("note")} state={state} initial={initial.note} multiline rows={3} />
      <div className="flex items-center gap-3">
        <SubmitButton tone="secondary">{conflict ? tf("saveChoices") : version ? t("save") : t("record")}</SubmitButton>
      </div>
      <div>{conflict ? null : <FormMessage state={state} />}</div>
    </form>
  );
}
