"use client";

import type { Route } from "next";
import Link from "next/link";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { type FieldOption, FormMessage, SelectField, TextField } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

interface MeetingFormProps {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  fora: FieldOption[];
  initial?: Record<string, string>;
  meeting?: { id: number; version: number };
  cancelHref: Route;
}

const KINDS = [
  { value: "MEETING", label: "Meeting" },
  { value: "WORKSHOP", label: "Workshop" },
  { value: "OTHER", label: "Other event" },
];

export function MeetingForm({ action, fora, initial = {}, meeting, cancelHref }: MeetingFormProps) {
  const [state, formAction] = useActionState(action, null);
  const conflict = state && !state.ok ? state.conflict : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {meeting ? (
        <>
          <input type="hidden" name="id" value={meeting.id} />
          <input type="hidden" name="version" value={conflict ? conflict.savedVersion : meeting.version} />
        </>
      ) : null}
      {conflict ? (
        <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="conflict">
          <h2 className="font-semibold">Someone saved this meeting while you were editing it.</h2>
          <p>Keep your value or take the saved one for each field below, then save again. <Link href={cancelHref} className="underline">Cancel</Link>.</p>
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <TextField name="name" label="Name" state={state} initial={initial.name} required className="sm:col-span-2" />
        <TextField name="nameZh" label="Chinese name" state={state} initial={initial.nameZh} className="sm:col-span-2" />
        <TextField name="shortName" label="Short name" state={state} initial={initial.shortName} hint='e.g. "SCCP2 2024".' />
        <SelectField name="kind" label="Kind" state={state} initial={initial.kind ?? "MEETING"} options={KINDS} />
        <TextField name="startDate" label="First day" type="date" state={state} initial={initial.startDate} required />
        <TextField name="endDate" label="Last day" type="date" state={state} initial={initial.endDate} required />
        <SelectField name="forumCode" label="Forum" state={state} initial={initial.forumCode ?? "SCCP"} options={fora} empty="None" />
        <TextField name="place" label="Place" state={state} initial={initial.place} />
        <TextField name="format" label="Format" state={state} initial={initial.format} hint="In person, virtual or hybrid." />
        <TextField name="attendeeCount" label="Participants" state={state} initial={initial.attendeeCount} />
        <TextField name="chair" label="Chair" state={state} initial={initial.chair} className="sm:col-span-2" />
        <TextField name="notes" label="Notes" multiline rows={5} state={state} initial={initial.notes} className="sm:col-span-2" hint="One point per line." />
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton pendingText="Saving…">{conflict ? "Save my choices" : meeting ? "Save changes" : "Create meeting"}</SubmitButton>
        <Link href={cancelHref} className="text-sm text-slate-700 underline-offset-2 hover:underline">Cancel</Link>
      </div>
    </form>
  );
}
