"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { linkItemToMeeting } from "@/lib/meetings/actions";
import { FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

export function LinkItemForm({ meetingId, items }: { meetingId: number; items: FieldOption[] }) {
  const t = useTranslations("meetings");
  const f = useTranslations("fields");
  const [state, formAction] = useActionState(linkItemToMeeting, null);
  return (
    <form action={formAction} className="grid grid-cols-1 gap-3 [&_select]:min-w-0" aria-label={t("addItemLabel")} noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <SelectField name="itemId" label={f("itemId")} state={state} options={items} empty={t("chooseItem")} />
      <TextField name="agendaItem" label={f("agendaItem")} state={state} />
      <TextField name="note" label={f("reportNote")} multiline rows={3} state={state} />
      <div>
        <SubmitButton tone="secondary">{t("addToMeeting")}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
