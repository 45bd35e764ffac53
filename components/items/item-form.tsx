"use client";

import type { Route } from "next";
import Link from "next/link";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { type FieldOption, FormMessage, SelectField, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

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
}

export function ItemForm({ action, options, initial = {}, item, cancelHref }: ItemFormProps) {
  const [state, formAction] = useActionState(action, null);
  const conflict = state && !state.ok ? state.conflict : undefined;
  const version = conflict ? conflict.savedVersion : item?.version;

  return (
    <form action={formAction} className="flex flex-col gap-6" noValidate>
      {item ? (
        <>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      {conflict ? (
        <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="conflict">
          <h2 className="font-semibold">Someone saved this item while you were editing it.</h2>
          <p className="mt-1">
            {conflict.fields.length
              ? "For each field they changed differently, keep your value or take the saved one, then save again. Nothing has been overwritten."
              : "Their change does not touch the fields you edited. Save again to apply yours on top of theirs."}{" "}
            <Link href={cancelHref} className="font-medium underline">Cancel and see the saved item</Link>.
          </p>
        </div>
      ) : (
        <FormMessage state={state} />
      )}

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-900">The item</legend>
        <TextField name="titleEn" label="English title" state={state} initial={initial.titleEn} required className="sm:col-span-2" />
        <TextField name="titleZh" label="Chinese title" state={state} initial={initial.titleZh} className="sm:col-span-2" />
        <SelectField name="kind" label="Kind" state={state} initial={initial.kind} options={options.kinds} empty="Not stated" />
        <SelectField name="status" label="Status" state={state} initial={initial.status ?? "PROPOSED"} options={options.statuses} required />
        <SelectField name="proposerCode" label="Proposing economy" state={state} initial={initial.proposerCode} options={options.economies} empty="Choose…" required />
        <SelectField name="forumCode" label="Forum" state={state} initial={initial.forumCode ?? "SCCP"} options={options.fora} required />
        <TextField name="year" label="Work-plan year" type="number" state={state} initial={initial.year ?? String(new Date().getFullYear())} required />
        <TextField name="projectNumber" label="APEC project number" state={state} initial={initial.projectNumber} hint='As APEC writes it, e.g. "SCCP 01 2024A".' />
      </fieldset>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-900">Funding and schedule</legend>
        <SelectField name="fundAccount" label="Fund account" state={state} initial={initial.fundAccount} options={options.fundAccounts} empty="Not stated" />
        <SelectField name="subFundId" label="APEC Support Fund sub-fund" state={state} initial={initial.subFundId} options={options.subFunds} empty="None" />
        <TextField name="apecFundingUsd" label="APEC funding (USD)" state={state} initial={initial.apecFundingUsd} hint="Whole US dollars." />
        <TextField name="coFundingUsd" label="Co-funding (USD)" state={state} initial={initial.coFundingUsd} hint="Whole US dollars." />
        <TextField name="overseer" label="Project overseer" state={state} initial={initial.overseer} className="sm:col-span-2" />
        <TextField name="expectedStart" label="Expected start" type="date" state={state} initial={initial.expectedStart} />
        <TextField name="expectedEnd" label="Expected completion" type="date" state={state} initial={initial.expectedEnd} />
      </fieldset>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">Summary and notes</legend>
        <TextField name="summary" label="Summary" multiline rows={4} state={state} initial={initial.summary} />
        <TextField name="notes" label="Notes" multiline rows={4} state={state} initial={initial.notes} />
      </fieldset>

      <div className="flex items-center gap-3">
        <SubmitButton pendingText="Saving…">{conflict ? "Save my choices" : item ? "Save changes" : "Create item"}</SubmitButton>
        <Link href={cancelHref} className="text-sm text-slate-700 underline-offset-2 hover:underline">Cancel</Link>
      </div>
    </form>
  );
}
