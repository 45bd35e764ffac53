"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setSecondFactorRequired } from "@/lib/office/actions";
import { FormMessage } from "../forms/fields";
import { SubmitButton } from "../forms/submit-button";

/** The administrators' rule: a second factor for every officer, or for the administrators only. */
export function SecondFactorSettingForm({ required, version, label, save }: { required: boolean; version: number; label: string; save: string }) {
  const tc = useTranslations("common");
  const [state, formAction] = useActionState(setSecondFactorRequired, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name="required" defaultChecked={required} className="mt-0.5 h-4 w-4 rounded border-slate-300" />
        <span>{label}</span>
      </label>
      <div>
        <SubmitButton pendingText={tc("saving")}>{save}</SubmitButton>
      </div>
    </form>
  );
}
