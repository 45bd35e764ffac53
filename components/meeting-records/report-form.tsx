"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { FormMessage, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";
import { useVersionedForm } from "../forms/use-versioned-form";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** The report's prose kept on the meeting, under the meeting's version: a colleague's edit of other fields is merged. */
export function MeetingReportForm({ action, meeting, initial }: { action: Action; meeting: { id: number; version: number }; initial: Record<string, string> }) {
  const t = useTranslations("meetingRecords");
  const tf = useTranslations("forms");
  const { state, formAction, conflict, baseFields } = useVersionedForm(action, meeting, initial);
  return (
    <form action={formAction} className="grid gap-3" noValidate>
      {baseFields}
      {conflict ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("conflict")}
        </p>
      ) : null}
      <TextField name="reportTitle" label={t("fields.reportTitle")} hint={t("hints.reportTitle")} state={state} initial={initial.reportTitle} />
      <TextField name="purpose" label={t("fields.purpose")} multiline rows={4} state={state} initial={initial.purpose} />
      <TextField name="reportSummary" label={t("fields.reportSummary")} multiline rows={6} state={state} initial={initial.reportSummary} />
      <div>
        <SubmitButton tone="secondary">{conflict ? tf("saveChoices") : t("actions.saveReport")}</SubmitButton>
      </div>
      {conflict ? null : <FormMessage state={state} />}
    </form>
  );
}
