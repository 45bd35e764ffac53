"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { updateDocumentDetails } from "@/lib/documents/actions";
import { FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

interface DetailsFormProps {
  document: { id: number; version: number; title: string; kind: string; language: string; apecNumber: string | null };
  kinds: FieldOption[];
  languages: FieldOption[];
}

/** A document's title, kind, language and APEC number, edited without touching its file. */
export function DocumentDetailsForm({ document, kinds, languages }: DetailsFormProps) {
  const t = useTranslations("documents");
  const [state, formAction] = useActionState(updateDocumentDetails, null);
  // The version the form was opened on: a refresh underneath must not hide a colleague's change.
  const [opened] = useState(document.version);
  const conflict = state && !state.ok ? state.conflict : undefined;
  const version = conflict ? conflict.savedVersion : state?.ok ? document.version : opened;
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" aria-label={t("editLabel", { title: document.title })} noValidate>
      <input type="hidden" name="id" value={document.id} />
      <input type="hidden" name="version" value={version} />
      <TextField name="title" label={t("upload.title")} state={state} initial={document.title} required className="sm:col-span-2" />
      <SelectField name="kind" label={t("upload.kind")} state={state} initial={document.kind} options={kinds} />
      <SelectField name="language" label={t("upload.language")} state={state} initial={document.language} options={languages} />
      <TextField name="apecNumber" label={t("upload.apecNumber")} state={state} initial={document.apecNumber ?? ""} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <SubmitButton tone="secondary">{t("saveDetails")}</SubmitButton>
      </div>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
