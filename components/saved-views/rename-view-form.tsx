"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { renameView } from "@/lib/saved-views/actions";
import { FormMessage, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

/** Renames one of the officer's views, in a disclosure beside it; a plain form without JavaScript. */
export function RenameViewForm({ id, name }: { id: number; name: string }) {
  const t = useTranslations("savedViews");
  const [state, action] = useActionState(renameView, null);
  return (
    <details className="text-sm" open={state && !state.ok ? true : undefined}>
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-50">
        {t("rename")}
      </summary>
      <form action={action} className="mt-2 flex flex-col gap-2" aria-label={t("renameLabel", { name })} noValidate>
        <input type="hidden" name="id" value={id} />
        <div className="flex flex-wrap items-end gap-2">
          <TextField name="name" label={t("newName")} state={state} initial={name} required />
          <SubmitButton size="sm">{t("renameSubmit")}</SubmitButton>
        </div>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
