"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addCoSponsor } from "@/lib/co-sponsors/actions";
import { DateField, FormMessage, SelectField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

export function AddCoSponsorForm({ itemId, economies }: { itemId: number; economies: FieldOption[] }) {
  const t = useTranslations("coSponsorForm");
  const f = useTranslations("fields");
  const [state, formAction] = useActionState(addCoSponsor, null);
  return (
    <form action={formAction} className="mt-3 flex flex-col gap-3 border-t border-slate-100 pt-3" aria-label={t("label")} noValidate>
      <input type="hidden" name="itemId" value={itemId} />
      <SelectField name="economyCode" label={t("label")} state={state} options={economies} empty={t("choose")} />
      <DateField name="joinedOn" label={f("joinedOn")} state={state} hint={t("joinedHint")} />
      <div>
        <SubmitButton tone="secondary">{t("add")}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
