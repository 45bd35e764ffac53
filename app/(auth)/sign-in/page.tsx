import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm, type SecondStepWords, type SingleSignOn } from "@/components/auth/sign-in-form";
import { currentLocalSignIn, currentOidcConfig } from "@/lib/auth/oidc-config";
import { oidcErrorKey } from "@/lib/auth/oidc-messages";
import { BREAK_GLASS_NOT_READY, LOCAL_SIGN_IN_OFF } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { signInMessageFromAddress } from "@/lib/auth/sign-in-messages";
import { decodeMessage } from "@/lib/i18n/message";
import { sameSitePath } from "@/lib/same-site-path";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signIn") };
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = sameSitePath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl as never);
  const [t, secondStep, tAll] = await Promise.all([getTranslations("auth"), getTranslations("security.signIn"), getTranslations()]);
  // Single sign-on's errors are told here, in the reader's language; the oidc namespace does not
  // travel to the browser, so the form gets these words ready-made.
  const oidcError = oidcErrorKey(params.error);
  const shown = oidcError ? tAll(oidcError) : signInMessageFromAddress(params.error);
  const oidc = currentOidcConfig();
  const local = currentLocalSignIn();
  const breakGlassAsked = params.local === "1" && !local.enabled && local.breakGlassEmail !== null;
  const singleSignOn: SingleSignOn | null = oidc
    ? { label: tAll("oidc.signInWith", { name: oidc.name }), pending: tAll("oidc.redirecting"), or: tAll("oidc.or") }
    : null;
  const refusals = Object.fromEntries(
    [LOCAL_SIGN_IN_OFF, BREAK_GLASS_NOT_READY].map((message) => {
      const key = decodeMessage(message)!.key;
      return [key, tAll(key)];
    }),
  );
  const words: SecondStepWords = {
    code: secondStep("code"),
    codeHelp: secondStep("codeHelp"),
    recoveryCode: secondStep("recoveryCode"),
    recoveryCodeHelp: secondStep("recoveryCodeHelp"),
    useCode: secondStep("useCode"),
    useRecoveryCode: secondStep("useRecoveryCode"),
    verify: secondStep("verify"),
  };
  return (
    <>
      {params.changed === "1" ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t("passwordChangedSignIn")}
        </p>
      ) : null}
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={shown}
        words={words}
        singleSignOn={singleSignOn}
        password={
          local.enabled
            ? { shown: true }
            : breakGlassAsked
              ? { shown: true, note: tAll("oidc.breakGlassNote") }
              : { shown: false, breakGlassLink: local.breakGlassEmail ? tAll("oidc.breakGlassLink") : undefined }
        }
        refusals={refusals}
      />
    </>
  );
}
