"use client";

import { useActionState } from "react";
import { bulkUpdateItems } from "@/lib/items/actions";
import type { FieldOption } from "../forms/fields";
import { FormMessage } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

export const BULK_FORM_ID = "bulk-edit";

/** The rows' checkboxes belong to this form through their form attribute, so it works without JavaScript. */
export function BulkEditBar({ statuses, economies }: { statuses: FieldOption[]; economies: FieldOption[] }) {
  const [state, formAction] = useActionState(bulkUpdateItems, null);
  const errors = state && !state.ok ? Object.values(state.fieldErrors ?? {}).flat() : [];
  return (
    <form id={BULK_FORM_ID} action={formAction} className="mb-3 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm" aria-label="Change the selected items">
      <span className="font-medium text-slate-700">Selected items:</span>
      <label className="flex items-center gap-2">
        <span className="sr-only">New status</span>
        <select name="status" defaultValue="" className="rounded-md border border-slate-300 px-2 py-1">
          <option value="">Status…</option>
          {statuses.map((s) => (
            <option key={s.value} value={s.value}>{s.label}</option>
          ))}
        </select>
      </label>
      <SubmitButton tone="secondary" name="operation" value="status">Set status</SubmitButton>
      <label className="flex items-center gap-2">
        <span className="sr-only">Co-sponsor to add</span>
        <select name="economyCode" defaultValue="" className="rounded-md border border-slate-300 px-2 py-1">
          <option value="">Economy…</option>
          {economies.map((e) => (
            <option key={e.value} value={e.value}>{e.label}</option>
          ))}
        </select>
      </label>
      <SubmitButton tone="secondary" name="operation" value="coSponsor">Add as co-sponsor</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
        {errors.length ? <p className="mt-1 text-xs text-rose-800">{errors.join(" ")}</p> : null}
      </div>
    </form>
  );
}
