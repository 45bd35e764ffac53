"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { ActionRefusal } from "./action-refusal";
import { SubmitButton } from "./submit-button";

interface ActionButtonProps {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  fields: Record<string, string | number>;
  children: ReactNode;
  tone?: "primary" | "secondary" | "danger";
  /** Asked before submitting, for changes that are hard to undo. */
  confirm?: string;
  label?: string;
  size?: "sm" | "md";
}

/** One button that posts a few hidden fields to a server action and shows its refusal, if any. */
export function ActionButton({ action, fields, children, tone = "secondary", confirm, label, size = "md" }: ActionButtonProps) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form
      action={formAction}
      aria-label={label}
      className="inline-flex flex-col items-start gap-1"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton tone={tone} size={size}>
        {children}
      </SubmitButton>
      <ActionRefusal result={state} />
    </form>
  );
}
