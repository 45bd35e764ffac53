"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeOwnPassword } from "@/lib/users/actions";
import { FormMessage, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

export function ChangePasswordForm() {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(changeOwnPassword, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField name="currentPassword" label={t("currentPassword")} type="password" state={state} required />
      <TextField name="newPassword" label={t("newPassword")} type="password" state={state} required hint={t("newPasswordHint")} />
      <TextField name="confirmPassword" label={t("confirmPassword")} type="password" state={state} required />
      <div>
        <SubmitButton pendingText={tc("saving")}>{t("changePassword")}</SubmitButton>
      </div>
    </form>
  );
}
