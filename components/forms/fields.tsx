"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import type { ActionResult, ConflictField } from "@/lib/actions/result";
import { formatDay, isIsoDay } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { translateMessage } from "@/lib/i18n/message";

export interface FieldOption {
  value: string;
  label: string;
}

interface BaseFieldProps {
  name: string;
  label: string;
  state: ActionResult | null;
  /** The stored value the form starts from. */
  initial?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

/** What the field shows: what the user typed last (echoed back by the action), else the stored value. */
export function fieldValue(state: ActionResult | null, name: string, initial = ""): string {
  return state && !state.ok && state.values && name in state.values ? state.values[name]! : initial;
}

function errorsFor(state: ActionResult | null, name: string): string[] {
  return state && !state.ok ? (state.fieldErrors?.[name] ?? []) : [];
}

function conflictFor(state: ActionResult | null, name: string): ConflictField | undefined {
  return state && !state.ok ? state.conflict?.fields.find((field) => field.name === name) : undefined;
}

function FieldShell({
  id,
  label,
  hint,
  errors,
  required,
  children,
  className,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors: string[];
  required?: boolean;
  children: ReactNode;
  className?: string;
}) {
  const t = useTranslations();
  return (
    <div className={`flex flex-col gap-1 text-sm ${className ?? ""}`}>
      <label htmlFor={id} className="font-medium text-slate-700">
        {label}
        {required ? <span className="text-rose-700"> *</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <ul id={`${id}-error`} className="text-xs text-rose-800">
          {errors.map((error) => (
            <li key={error}>{translateMessage(t, error)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const inputClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm aria-[invalid=true]:border-rose-500";

/**
 * On a stale edit the field becomes a choice between the user's value and the one saved meanwhile,
 * the user's pre-selected; the form then posts the choice with the saved version.
 */
function ConflictChoice({ conflict, label, display }: { conflict: ConflictField; label: string; display: (value: string) => string }) {
  const t = useTranslations();
  return (
    <fieldset className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid={`conflict-${conflict.name}`}>
      <legend className="px-1 font-medium text-amber-950">{t("forms.changedMeanwhile", { label })}</legend>
      <label className="flex items-start gap-2">
        <input type="radio" name={conflict.name} value={conflict.yours} defaultChecked className="mt-1" />
        <span>
          {t("forms.keepMine")} <strong className="whitespace-pre-wrap">{display(conflict.yours) || t("common.emptyValue")}</strong>
        </span>
      </label>
      <label className="mt-1 flex items-start gap-2">
        <input type="radio" name={conflict.name} value={conflict.saved} className="mt-1" />
        <span>
          {t("forms.takeSaved")} <strong className="whitespace-pre-wrap">{display(conflict.saved) || t("common.emptyValue")}</strong>
        </span>
      </label>
    </fieldset>
  );
}

/**
 * Unique on the page: an item's page holds one milestone form per milestone plus the new-milestone
 * form, and a label (or hint) pointing at a repeated id names only the first field that has it.
 */
function useFieldId(name: string): string {
  return `field-${name}-${useId().replace(/[^\w-]/g, "")}`;
}

function describedBy(name: string, hint: unknown, errors: string[]) {
  return [hint ? `${name}-hint` : null, errors.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  name,
  label,
  state,
  initial,
  hint,
  required,
  className,
  type = "text",
  multiline = false,
  rows = 4,
}: BaseFieldProps & { type?: string; multiline?: boolean; rows?: number }) {
  const id = useFieldId(name);
  const conflict = conflictFor(state, name);
  if (conflict) return <ConflictChoice conflict={conflict} label={label} display={(v) => v} />;
  const errors = errorsFor(state, name);
  const common = {
    id,
    name,
    defaultValue: fieldValue(state, name, initial),
    "aria-invalid": errors.length > 0,
    "aria-describedby": describedBy(id, hint, errors),
    required,
    className: inputClass,
  };
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required} className={className}>
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type={type} />}
    </FieldShell>
  );
}

/** Kept on one line: a hint wrapped after "2024-06-" reads as a different format. */
const DATE_EXAMPLE = "2024-06-30";

/**
 * A calendar day typed as YYYY-MM-DD, the format the actions read. A native date input shows its
 * placeholder and picker in the browser's language, not the app's; this field states the format in
 * the app's language and reads a typed day back in words ("That is 30 Jun 2024."), and it needs no
 * script to post.
 */
export function DateField({ name, label, state, initial, hint, required, className }: BaseFieldProps) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const id = useFieldId(name);
  const value = fieldValue(state, name, initial);
  // What the officer is typing, for the reading; an action's answer resets the form to `value`.
  const [typed, setTyped] = useState<{ state: ActionResult | null; text: string } | null>(null);
  const conflict = conflictFor(state, name);
  const readable = (day: string) => (isIsoDay(day) ? formatDay(day, locale) : day);
  if (conflict) return <ConflictChoice conflict={conflict} label={label} display={readable} />;
  const errors = errorsFor(state, name);
  const current = typed && typed.state === state ? typed.text : value;
  const fullHint = (
    <>
      {hint ? <>{hint} </> : null}
      {t("forms.dateHint")} <span className="whitespace-nowrap">{DATE_EXAMPLE}</span>
      {isIsoDay(current.trim()) ? (
        <span data-testid={`date-reading-${name}`}> · {t("forms.dateReads", { date: formatDay(current.trim(), locale) })}</span>
      ) : null}
    </>
  );
  return (
    <FieldShell id={id} label={label} hint={fullHint} errors={errors} required={required} className={className}>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={value}
        onChange={(event) => setTyped({ state, text: event.currentTarget.value })}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, true, errors)}
        required={required}
        className={`${inputClass} w-40`}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  state,
  initial,
  hint,
  required,
  className,
  options,
  empty,
}: BaseFieldProps & { options: FieldOption[]; empty?: string }) {
  const id = useFieldId(name);
  const display = (value: string) => options.find((o) => o.value === value)?.label ?? value;
  const conflict = conflictFor(state, name);
  if (conflict) return <ConflictChoice conflict={conflict} label={label} display={display} />;
  const errors = errorsFor(state, name);
  const value = fieldValue(state, name, initial);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required} className={className}>
      <select
        // Shows the value an action echoed back; while there is none, a page refresh underneath
        // must not reset what the officer chose.
        key={state ? `echo-${value}` : "initial"}
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, hint, errors)}
        className={inputClass}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** The form-level outcome, announced to screen readers. */
export function FormMessage({ state }: { state: ActionResult | null }) {
  const t = useTranslations();
  return (
    <div aria-live="polite" role="status">
      {state ? (
        <p
          className={`rounded-md border px-3 py-2 text-sm ${state.ok ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-rose-200 bg-rose-50 text-rose-900"}`}
        >
          {translateMessage(t, state.message)}
        </p>
      ) : null}
    </div>
  );
}
