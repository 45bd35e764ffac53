import { useTranslations } from "next-intl";

/** While a signed-in page reads: the header stays put, and a quiet outline of the page says it is coming. */
export default function SignedInLoading() {
  const t = useTranslations("errors");
  return (
    <div role="status" aria-live="polite" className="pt-2">
      <p className="text-sm text-slate-600">{t("loadingPage")}</p>
      <div aria-hidden="true" className="mt-4 space-y-3 motion-safe:animate-pulse">
        <div className="h-6 w-1/3 rounded bg-slate-200" />
        <div className="h-4 w-1/2 rounded bg-slate-100" />
        <div className="h-40 rounded-lg border border-slate-200 bg-white" />
      </div>
    </div>
  );
}
