"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { translateMessage } from "@/lib/i18n/message";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("auth");
  const tAll = useTranslations();
  const [error, setError] = useState(initialError ? translateMessage(tAll, initialError) : undefined);
  const [pending, setPending] = useState(false);

  async function submit(form: FormData) {
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(!result || result.error === "CredentialsSignin" || !result.error ? t("wrong") : translateMessage(tAll, result.error));
      return;
    }
    // A full load: pages prefetched while signed out are cached as redirects to this page.
    window.location.assign(callbackUrl);
  }

  return (
    <form action={submit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
      <h1 className="text-xl font-semibold text-slate-900">{t("signIn")}</h1>
      <div aria-live="polite" role="status">
        {error ? <p className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900">{error}</p> : null}
      </div>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium text-slate-700">{t("email")}</span>
        <input name="email" type="email" autoComplete="username" required className="rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium text-slate-700">{t("password")}</span>
        <input name="password" type="password" autoComplete="current-password" required className="rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("signingIn") : t("signIn")}
      </button>
      <noscript>
        <p className="text-sm text-amber-900">{t("needsJs")}</p>
      </noscript>
    </form>
  );
}
