"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setOfficeEconomy } from "@/lib/office/actions";
import { FormMessage, SelectField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

/** The administrators' choice of the office's economy; the version it was opened at travels with it. */
export function OfficeEconomyForm({ economies, current, version }: { economies: FieldOption[]; current: string | null; version: number }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(setOfficeEconomy, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="economyCode"
        label={t("economy")}
        state={state}
        initial={current ?? ""}
        options={economies}
        empty={t("office.none")}
        hint={t("office.economyHelp")}
        className="max-w-md"
      />
      <div>
        <SubmitButton pendingText={tc("saving")}>{t("office.save")}</SubmitButton>
      </div>
    </form>
  );
}
