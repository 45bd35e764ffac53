"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { DigestFrequency } from "@/lib/db/generated/enums";
import { setOwnDigest } from "@/lib/users/actions";
import { DIGEST_FREQUENCIES, WEEKDAYS } from "@/lib/users/digest-options";
import { fieldValue, FormMessage, SelectField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

/** How often the officer's digest comes: never, daily, or weekly on a chosen day. */
export function DigestForm({ frequency, weekday, help }: { frequency: DigestFrequency; weekday: number; help: string }) {
  const t = useTranslations("settings.account");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(setOwnDigest, null);
  const chosen = fieldValue(state, "digestFrequency", frequency);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate aria-label={t("digestHeading")}>
      <FormMessage state={state} />
      <p className="text-sm text-slate-600">{help}</p>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="mb-1 font-medium text-slate-700">{t("frequency")}</legend>
        {DIGEST_FREQUENCIES.map((value) => (
          <label key={`${value}-${state ? "echo" : "initial"}`} className="flex items-center gap-2">
            <input type="radio" name="digestFrequency" value={value} defaultChecked={chosen === value} />
            {t(`frequencies.${value}`)}
          </label>
        ))}
      </fieldset>
      <SelectField
        name="digestWeekday"
        label={t("weekday")}
        state={state}
        initial={String(weekday)}
        options={WEEKDAYS.map((day) => ({ value: String(day), label: t(`weekdays.${day}`) }))}
        hint={t("weekdayHelp")}
        className="max-w-xs"
      />
      <div>
        <SubmitButton pendingText={tc("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
