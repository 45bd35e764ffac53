"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createApiToken } from "@/lib/tokens/actions";
import { FormMessage, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";
import { OneTimeSecret } from "./one-time-secret";

export function ApiTokenForm() {
  const t = useTranslations("api");
  const [state, action] = useActionState(createApiToken, null);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <div className="flex flex-wrap items-end gap-3">
        <TextField name="label" label={t("label")} state={state} required />
        <SubmitButton>{t("create")}</SubmitButton>
      </div>
      <FormMessage state={state} />
      {state?.ok && state.secret ? <OneTimeSecret secret={state.secret} /> : null}
    </form>
  );
}
