"use client";

import type { Route } from "next";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ActionResult } from "@/lib/actions/result";
import { ConflictPanel } from "../forms/conflict-panel";
import { DateField, FormMessage, SelectField, TextField, type FieldOption } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";
import { useVersionedForm } from "../forms/use-versioned-form";

// Only the fields of the chosen precision are read; the others hide by CSS alone (:has), so the
// choice works before, and without, scripts. Written out whole for Tailwind to find.
const DAYS_HIDDEN =
  "group-has-[[name=datePrecision]_[value=MONTH]:checked]/meeting:hidden group-has-[[name=datePrecision]_[value=QUARTER]:checked]/meeting:hidden group-has-[[name=datePrecision]_[value=YEAR]:checked]/meeting:hidden group-has-[[name=datePrecision]_[value=UNDATED]:checked]/meeting:hidden";
const PERIOD_HIDDEN =
  "group-has-[[name=datePrecision]_[value=DAY]:checked]/meeting:hidden group-has-[[name=datePrecision]_[value=ANCHOR]:checked]/meeting:hidden group-has-[[name=datePrecision]_[value=UNDATED]:checked]/meeting:hidden";
const ANCHOR_HIDDEN =
  "group-has-[[name=datePrecision]_[value=DAY]:checked]/meeting:hidden group-has-[[name=datePrecision]_[value=MONTH]:checked]/meeting:hidden group-has-[[name=datePrecision]_[value=QUARTER]:checked]/meeting:hidden group-has-[[name=datePrecision]_[value=YEAR]:checked]/meeting:hidden group-has-[[name=datePrecision]_[value=UNDATED]:checked]/meeting:hidden";
const ORGANISER_HIDDEN = "group-has-[[name=external]_option:not([value=on]):checked]/meeting:hidden";
const PRECISIONS = ["DAY", "MONTH", "QUARTER", "YEAR", "ANCHOR", "UNDATED"] as const;

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
  const td = useTranslations("meetingDates");
  const kinds = useTranslations("enums.meetingKind");
  const KINDS = (["MEETING", "WORKSHOP", "OTHER"] as const).map((value) => ({ value, label: kinds(value) }));
  const precisions = PRECISIONS.map((value) => ({ value, label: td(`precision.${value}`) }));
  const organisers = [
    { value: "", label: td("apecMeeting") },
    { value: "on", label: td("externalMeeting") },
  ];
  const { state, formAction, conflict, baseFields } = useVersionedForm(action, meeting, initial);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {baseFields}
      {conflict ? <ConflictPanel conflict={conflict} subject="meeting" cancelHref={cancelHref} /> : <FormMessage state={state} />}
      <div className="group/meeting grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <TextField name="name" label={f("meetingName")} state={state} initial={initial.name} required className="sm:col-span-2" />
        <TextField name="nameZh" label={f("meetingNameZh")} state={state} initial={initial.nameZh} className="sm:col-span-2" />
        <TextField name="shortName" label={f("shortName")} state={state} initial={initial.shortName} hint={t("shortNameHint")} />
        <SelectField name="kind" label={f("meetingKind")} state={state} initial={initial.kind ?? "MEETING"} options={KINDS} />
        <fieldset className="grid gap-4 rounded-md border border-slate-200 p-3 sm:col-span-2 sm:grid-cols-2">
          <legend className="px-1 text-sm font-medium text-slate-700">{td("when")}</legend>
          <SelectField
            name="datePrecision"
            label={td("precisionLabel")}
            state={state}
            initial={initial.datePrecision ?? "DAY"}
            options={precisions}
            hint={td("precisionHint")}
            className="sm:col-span-2"
          />
          <DateField name="startDate" label={f("startDate")} state={state} initial={initial.startDate} hint={td("daysHint")} className={DAYS_HIDDEN} />
          <DateField name="endDate" label={f("endDate")} state={state} initial={initial.endDate} hint={td("endHint")} className={DAYS_HIDDEN} />
          <TextField name="period" label={td("period")} state={state} initial={initial.period} hint={td("periodHint")} className={PERIOD_HIDDEN} />
          <TextField name="dateAnchor" label={td("anchor")} state={state} initial={initial.dateAnchor} hint={td("anchorHint")} className={ANCHOR_HIDDEN} />
        </fieldset>
        <SelectField name="external" label={td("organisedBy")} state={state} initial={initial.external ?? ""} options={organisers} />
        <TextField name="organiser" label={td("organiser")} state={state} initial={initial.organiser} hint={td("organiserHint")} className={ORGANISER_HIDDEN} />
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
