"use client";

import type { Route } from "next";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ActionResult } from "@/lib/actions/result";
import { ConflictPanel } from "../forms/conflict-panel";
import { DateField, FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";
import { useVersionedForm } from "../forms/use-versioned-form";

interface MeetingFormProps {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  fora: FieldOption[];
  initial?: Record<string, string>;
  meeting?: { id: number; version: number };
  cancelHref: Route;
}

export function MeetingForm({ action, fora, initial = {}, meeting, cancelHref }: MeetingFormProps) {
  const t = useTranslations("meetings");
  const f = useTranslations("fields");
  const tc = useTranslations("common");
  const tf = useTranslations("forms");
  const kinds = useTranslations("enums.meetingKind");
  const KINDS = (["MEETING", "WORKSHOP", "OTHER"] as const).map((value) => ({ value, label: kinds(value) }));
  const { state, formAction, conflict, baseFields } = useVersionedForm(action, meeting, initial);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {baseFields}
      {conflict ? <ConflictPanel conflict={conflict} subject="meeting" cancelHref={cancelHref} /> : <FormMessage state={state} />}
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <TextField name="name" label={f("meetingName")} state={state} initial={initial.name} required className="sm:col-span-2" />
        <TextField name="nameZh" label={f("meetingNameZh")} state={state} initial={initial.nameZh} className="sm:col-span-2" />
        <TextField name="shortName" label={f("shortName")} state={state} initial={initial.shortName} hint={t("shortNameHint")} />
        <SelectField name="kind" label={f("meetingKind")} state={state} initial={initial.kind ?? "MEETING"} options={KINDS} />
        <DateField name="startDate" label={f("startDate")} state={state} initial={initial.startDate} required />
        <DateField name="endDate" label={f("endDate")} state={state} initial={initial.endDate} required />
        <SelectField name="forumCode" label={f("forumCode")} state={state} initial={initial.forumCode ?? "SCCP"} options={fora} empty={tc("none")} />
        <TextField name="place" label={f("place")} state={state} initial={initial.place} />
        <TextField name="format" label={f("format")} state={state} initial={initial.format} hint={t("formatHint")} />
        <TextField name="attendeeCount" label={f("attendeeCount")} state={state} initial={initial.attendeeCount} />
        <TextField name="chair" label={f("chair")} state={state} initial={initial.chair} className="sm:col-span-2" />
        <TextField
          name="notes"
          label={f("meetingNotes")}
          multiline
          rows={5}
          state={state}
          initial={initial.notes}
          className="sm:col-span-2"
          hint={t("notesHint")}
        />
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton pendingText={tc("saving")}>{conflict ? tf("saveChoices") : meeting ? t("save") : t("create")}</SubmitButton>
        <Link href={cancelHref} className="text-sm text-slate-700 underline-offset-2 hover:underline">
          {tc("cancel")}
        </Link>
      </div>
    </form>
  );
}
