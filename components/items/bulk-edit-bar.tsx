"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState } from "react";
import { translateMessage } from "@/lib/i18n/message";
import { bulkUpdateItems } from "@/lib/items/actions";
import { FormMessage, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";
import { BULK_FORM_ID } from "./bulk-form";

/** The rows' checkboxes belong to this form through their form attribute, so it works without JavaScript. */
export function BulkEditBar({ statuses, economies }: { statuses: FieldOption[]; economies: FieldOption[] }) {
  const t = useTranslations("items");
  const tAll = useTranslations();
  const [state, formAction] = useActionState(bulkUpdateItems, null);
  const errors = state && !state.ok ? Object.values(state.fieldErrors ?? {}).flat() : [];
  return (
    <form
      id={BULK_FORM_ID}
      action={formAction}
      // React resets a form after its action, which would untick every selected row on a refusal;
      // with JavaScript the post is made by hand so the selection stays. Without it, a plain post.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
      className="mb-3 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      aria-label={t("bulkLabel")}
    >
      <span className="font-medium text-slate-700">{t("bulkSelected")}</span>
      <label className="flex items-center gap-2">
        <span className="sr-only">{t("bulkNewStatus")}</span>
        <select name="status" defaultValue="" className="rounded-md border border-slate-300 px-2 py-1">
          <option value="">{t("bulkStatusPlaceholder")}</option>
          {statuses.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton tone="secondary" name="operation" value="status">
        {t("bulkSetStatus")}
      </SubmitButton>
      <label className="flex items-center gap-2">
        <span className="sr-only">{t("bulkEconomy")}</span>
        <select name="economyCode" defaultValue="" className="rounded-md border border-slate-300 px-2 py-1">
          <option value="">{t("bulkEconomyPlaceholder")}</option>
          {economies.map((e) => (
            <option key={e.value} value={e.value}>
              {e.label}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton tone="secondary" name="operation" value="coSponsor">
        {t("bulkAddCoSponsor")}
      </SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
        {errors.length ? <p className="mt-1 text-xs text-rose-800">{errors.map((error) => translateMessage(tAll, error)).join(" ")}</p> : null}
      </div>
    </form>
  );
}
