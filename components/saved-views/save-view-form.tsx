"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { translateMessage } from "@/lib/i18n/message";
import { saveView } from "@/lib/saved-views/actions";
import { VIEW_NAME_MAX } from "@/lib/saved-views/limits";
import { FormMessage, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

/**
 * "Save this view" on the work plan: the page's own query (as the table read it) goes with the
 * form, so what is saved is what the officer sees; a plain form, it works without JavaScript.
 */
export function SaveViewForm({ query, suggestedName }: { query: string; suggestedName: string }) {
  const t = useTranslations("savedViews");
  const tAll = useTranslations();
  const [state, action] = useActionState(saveView, null);
  const queryProblems = state && !state.ok ? (state.fieldErrors?.query ?? []) : [];
  return (
    <details className="relative text-sm" data-testid="save-view" open={state ? true : undefined}>
      <summary className="cursor-pointer font-medium text-brand-700">{t("saveThisView")}</summary>
      <form
        action={action}
        className="absolute right-0 z-20 mt-2 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-lg"
        noValidate
      >
        <input type="hidden" name="query" value={query} />
        <TextField name="name" label={t("name")} state={state} initial={suggestedName.slice(0, VIEW_NAME_MAX)} required />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="shared" defaultChecked={state && !state.ok ? state.values?.shared === "on" : false} className="size-4" />
          {t("shareWithColleagues")}
        </label>
        <div className="flex items-center justify-between gap-3">
          <SubmitButton>{t("save")}</SubmitButton>
          <Link href="/views" className="text-brand-700 underline-offset-2 hover:underline">
            {t("manage")}
          </Link>
        </div>
        <FormMessage state={state} />
        {queryProblems.length ? (
          <ul className="text-xs text-rose-800">
            {queryProblems.map((problem) => (
              <li key={problem}>{translateMessage(tAll, problem)}</li>
            ))}
          </ul>
        ) : null}
      </form>
    </details>
  );
}
