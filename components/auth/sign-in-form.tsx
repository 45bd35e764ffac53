"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { decodeMessage, translateMessage } from "@/lib/i18n/message";

/** The second step, for an account with a second factor: the password is kept and sent again with the code. */
type Step = { kind: "password" } | { kind: "code"; email: string; password: string; recovery: boolean };

const inputClass = "rounded-md border border-slate-300 px-3 py-2";

/**
 * The second step's words, given by the page: only the sign-in page needs them, so they do not
 * travel with every page as the client-side catalogue does.
 */
export interface SecondStepWords {
  code: string;
  codeHelp: string;
  recoveryCode: string;
  recoveryCodeHelp: string;
  useCode: string;
  useRecoveryCode: string;
  verify: string;
}

export function SignInForm({ callbackUrl, initialError, words }: { callbackUrl: string; initialError?: string; words: SecondStepWords }) {
  const t = useTranslations("auth");
  const tAll = useTranslations();
  const [error, setError] = useState(initialError ? translateMessage(tAll, initialError) : undefined);
  const [pending, setPending] = useState(false);
  const [step, setStep] = useState<Step>({ kind: "password" });

  async function submit(form: FormData) {
    setPending(true);
    setError(undefined);
    const email = step.kind === "code" ? step.email : String(form.get("email") ?? "");
    const password = step.kind === "code" ? step.password : String(form.get("password") ?? "");
    const second =
      step.kind !== "code" ? {} : step.recovery ? { recoveryCode: String(form.get("recoveryCode") ?? "") } : { code: String(form.get("code") ?? "") };
    const result = await signIn("credentials", { email, password, ...second, redirect: false });
    setPending(false);
    if (!result || result.error) {
      const key = result?.error ? decodeMessage(result.error)?.key : undefined;
      if (key === "auth.codeNeeded") {
        setStep({ kind: "code", email, password, recovery: false });
        return;
      }
      // The password no longer holds (changed or reset meanwhile): start again from it.
      if (key === "auth.wrong") setStep({ kind: "password" });
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
      {step.kind === "password" ? (
        <>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium text-slate-700">{t("email")}</span>
            <input name="email" type="email" autoComplete="username" required className={inputClass} />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium text-slate-700">{t("password")}</span>
            <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
          </label>
        </>
      ) : (
        <>
          <p className="text-sm font-medium text-slate-900">{step.email}</p>
          <p className="text-sm text-slate-700">{step.recovery ? words.recoveryCodeHelp : words.codeHelp}</p>
          {step.recovery ? (
            <label key="recovery" className="flex flex-col gap-1 text-sm">
              <span className="font-medium text-slate-700">{words.recoveryCode}</span>
              <input name="recoveryCode" type="text" autoComplete="off" spellCheck={false} required autoFocus className={`${inputClass} font-mono`} />
            </label>
          ) : (
            <label key="code" className="flex flex-col gap-1 text-sm">
              <span className="font-medium text-slate-700">{words.code}</span>
              <input
                name="code"
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9 ]*"
                maxLength={7}
                required
                autoFocus
                className={`${inputClass} font-mono tracking-widest`}
              />
            </label>
          )}
          <button
            type="button"
            className="self-start text-sm text-brand-700 underline-offset-2 hover:underline"
            onClick={() => {
              setError(undefined);
              setStep({ ...step, recovery: !step.recovery });
            }}
          >
            {step.recovery ? words.useCode : words.useRecoveryCode}
          </button>
        </>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("signingIn") : step.kind === "code" ? words.verify : t("signIn")}
      </button>
      <noscript>
        <p className="text-sm text-amber-900">{t("needsJs")}</p>
      </noscript>
    </form>
  );
}
