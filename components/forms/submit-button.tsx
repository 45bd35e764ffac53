"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

const TONES = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  danger: "border border-rose-300 bg-white text-rose-800 hover:bg-rose-50",
} as const;

export function SubmitButton({ children, tone = "primary", pendingText, name, value }: { children: ReactNode; tone?: keyof typeof TONES; pendingText?: string; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${TONES[tone]}`}>
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
