"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { translateMessage } from "@/lib/i18n/message";

/** A server action's refusal, in the reader's language, announced as it appears; nothing otherwise. */
export function ActionRefusal({ result, size = "xs" }: { result: ActionResult | null; size?: "xs" | "sm" }) {
  const t = useTranslations();
  if (!result || result.ok) return null;
  return (
    <p role="alert" className={size === "xs" ? "max-w-xs text-xs text-rose-800" : "text-sm text-rose-800"}>
      {translateMessage(t, result.message)}
    </p>
  );
}
