"use client";

import { useActionState } from "react";
import { addCoSponsor } from "@/lib/co-sponsors/actions";
import { type FieldOption, FormMessage, SelectField, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

export function AddCoSponsorForm({ itemId, economies }: { itemId: number; economies: FieldOption[] }) {
  const [state, formAction] = useActionState(addCoSponsor, null);
  return (
    <form action={formAction} className="mt-3 flex flex-col gap-3 border-t border-slate-100 pt-3" aria-label="Add a co-sponsor" noValidate>
      <input type="hidden" name="itemId" value={itemId} />
      <SelectField name="economyCode" label="Add a co-sponsor" state={state} options={economies} empty="Choose an economy…" />
      <TextField name="joinedOn" label="Joined on" type="date" state={state} hint="Leave empty if not known." />
      <div>
        <SubmitButton tone="secondary">Add co-sponsor</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
