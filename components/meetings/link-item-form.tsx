"use client";

import { useActionState } from "react";
import { linkItemToMeeting } from "@/lib/meetings/actions";
import { type FieldOption, FormMessage, SelectField, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

export function LinkItemForm({ meetingId, items }: { meetingId: number; items: FieldOption[] }) {
  const [state, formAction] = useActionState(linkItemToMeeting, null);
  return (
    <form action={formAction} className="grid gap-3" aria-label="Add an item reported at this meeting" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <SelectField name="itemId" label="Item" state={state} options={items} empty="Choose an item…" />
      <TextField name="agendaItem" label="Agenda item" state={state} />
      <TextField name="note" label="What was reported" multiline rows={3} state={state} />
      <div>
        <SubmitButton tone="secondary">Add to this meeting</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
