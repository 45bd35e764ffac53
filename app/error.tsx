"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 pt-10">
      <Notice headingLevel={1} title={t("errorTitle")}>
        <p>{t("errorBody", { digest: error.digest ?? "—" })}</p>
        <button type="button" onClick={reset} className="mt-2 rounded-md border border-amber-400 bg-white px-3 py-1 text-sm font-medium">
          {t("tryAgain")}
        </button>
      </Notice>
    </main>
  );
}
