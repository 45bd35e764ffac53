"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setOfficeName } from "@/lib/office/actions";
import { FormMessage, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

/** The administrators' name of the office for the cover of its mission reports, in both languages. */
export function OfficeNameForm({ nameEn, nameZh, version }: { nameEn: string | null; nameZh: string | null; version: number }) {
  const t = useTranslations("officeName");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(setOfficeName, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <TextField name="nameZh" label={t("nameZh")} state={state} initial={nameZh ?? ""} hint={t("nameZhHint")} className="max-w-xl" />
      <TextField name="nameEn" label={t("nameEn")} state={state} initial={nameEn ?? ""} hint={t("nameEnHint")} className="max-w-xl" />
      <div>
        <SubmitButton pendingText={tc("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
