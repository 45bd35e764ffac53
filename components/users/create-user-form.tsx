"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createUser } from "@/lib/users/actions";
import { FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";
import { OneTimeSecret } from "./one-time-secret";

export function CreateUserForm({ roles }: { roles: FieldOption[] }) {
  const t = useTranslations("users");
  const f = useTranslations("fields");
  const [state, formAction] = useActionState(createUser, null);
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-4" aria-label={t("createLabel")} noValidate>
      <TextField name="name" label={f("userName")} state={state} required />
      <TextField name="email" label={f("email")} type="email" state={state} required />
      <SelectField name="role" label={f("role")} state={state} initial="VIEWER" options={roles} />
      <div className="flex items-end">
        <SubmitButton>{t("createAccount")}</SubmitButton>
      </div>
      <div className="sm:col-span-4">
        <FormMessage state={state} />
        {state?.ok && state.secret ? <OneTimeSecret secret={state.secret} /> : null}
      </div>
    </form>
  );
}
