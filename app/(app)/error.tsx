"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";

/**
 * A signed-in page that failed to load: the header stays, so the officer keeps their bearings;
 * the reference lets the administrator find the failure in the server's log.
 */
export default function SignedInError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <Notice headingLevel={1} title={t("errorTitle")}>
      <p>{t("errorBody", { digest: error.digest ?? "—" })}</p>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <button type="button" onClick={reset} className="rounded-md border border-amber-400 bg-white px-3 py-1 text-sm font-medium">
          {t("tryAgain")}
        </button>
        <Link href="/items" className="font-medium underline underline-offset-2">
          {t("backToWorkPlan")}
        </Link>
      </p>
    </Notice>
  );
}
