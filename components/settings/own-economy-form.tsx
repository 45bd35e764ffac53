"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setOwnEconomy } from "@/lib/users/actions";
import { FormMessage, SelectField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

/** The officer's own economy; the empty choice follows the office's, named in `officeChoice`. */
export function OwnEconomyForm({ economies, current, officeChoice }: { economies: FieldOption[]; current: string | null; officeChoice: string }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(setOwnEconomy, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate aria-label={t("account.economyHeading")}>
      <FormMessage state={state} />
      <SelectField
        name="economyCode"
        label={t("economy")}
        state={state}
        initial={current ?? ""}
        options={economies}
        empty={officeChoice}
        hint={t("account.economyHelp")}
        className="max-w-md"
      />
      <div>
        <SubmitButton pendingText={tc("saving")}>{t("account.save")}</SubmitButton>
      </div>
    </form>
  );
}
