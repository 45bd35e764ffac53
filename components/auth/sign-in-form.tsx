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

/** The single sign-on button's words, when a provider is configured. */
export interface SingleSignOn {
  label: string;
  pending: string;
  or: string;
}

/**
 * The password form: shown; or, with LOCAL_SIGN_IN=false, hidden behind the break-glass
 * administrator's link (shown with a note once followed).
 */
export type PasswordForm = { shown: true; note?: string } | { shown: false; breakGlassLink?: string };

export function SignInForm({
  callbackUrl,
  initialError,
  words,
  singleSignOn = null,
  password = { shown: true },
  refusals = {},
}: {
  callbackUrl: string;
  initialError?: string;
  words: SecondStepWords;
  singleSignOn?: SingleSignOn | null;
  password?: PasswordForm;
  /** Ready-made words for the server's refusals whose namespace the browser does not have. */
  refusals?: Record<string, string>;
}) {
  const t = useTranslations("auth");
  const tAll = useTranslations();
  const [error, setError] = useState(initialError ? translateMessage(tAll, initialError) : undefined);
  const [pending, setPending] = useState(false);
  const [redirecting, setRedirecting] = useState(false);
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
      const refusal = key ? refusals[key] : undefined;
      setError(refusal ?? (!result || result.error === "CredentialsSignin" || !result.error ? t("wrong") : translateMessage(tAll, result.error)));
      return;
    }
    // A full load: pages prefetched while signed out are cached as redirects to this page.
    window.location.assign(callbackUrl);
  }

  function signInWithProvider() {
    setRedirecting(true);
    setError(undefined);
    // next-auth posts to its sign-in route (with its CSRF token) and the browser goes to the provider.
    void signIn("oidc", { callbackUrl });
  }

  const heading = <h1 className="text-xl font-semibold text-slate-900">{t("signIn")}</h1>;
  const errorBox = (
    <div aria-live="polite" role="status">
      {error ? <p className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900">{error}</p> : null}
    </div>
  );
  const providerButton = singleSignOn ? (
    <button
      type="button"
      onClick={signInWithProvider}
      disabled={redirecting}
      className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
    >
      {redirecting ? singleSignOn.pending : singleSignOn.label}
    </button>
  ) : null;
  const needsJs = (
    <noscript>
      <p className="text-sm text-amber-900">{t("needsJs")}</p>
    </noscript>
  );

  if (!password.shown) {
    return (
      <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {heading}
        {errorBox}
        {providerButton}
        {password.breakGlassLink ? (
          <a
            href={`/sign-in?local=1&callbackUrl=${encodeURIComponent(callbackUrl)}`}
            className="self-start text-sm text-brand-700 underline-offset-2 hover:underline"
          >
            {password.breakGlassLink}
          </a>
        ) : null}
        {needsJs}
      </div>
    );
  }

  return (
    <form action={submit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
      {heading}
      {errorBox}
      {password.note ? <p className="text-sm text-slate-700">{password.note}</p> : null}
      {providerButton && step.kind === "password" ? (
        <>
          {providerButton}
          <p className="text-center text-xs uppercase tracking-wide text-slate-500">{singleSignOn!.or}</p>
        </>
      ) : null}
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
      {needsJs}
    </form>
  );
}
