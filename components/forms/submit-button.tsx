"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

const TONES = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  danger: "border border-rose-300 bg-white text-rose-800 hover:bg-rose-50",
} as const;

interface SubmitButtonProps {
  children: ReactNode;
  tone?: keyof typeof TONES;
  size?: "sm" | "md";
  pendingText?: string;
  name?: string;
  value?: string;
}

export function SubmitButton({ children, tone = "primary", size = "md", pendingText, name, value }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  const sizing = size === "sm" ? "px-2 py-0.5 text-xs" : "px-3 py-1.5 text-sm";
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={`rounded-md font-medium disabled:opacity-60 ${sizing} ${TONES[tone]}`}>
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
