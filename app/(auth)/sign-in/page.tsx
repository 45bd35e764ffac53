import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm, type SecondStepWords } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { signInMessageFromAddress } from "@/lib/auth/sign-in-messages";
import { sameSitePath } from "@/lib/same-site-path";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signIn") };
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = sameSitePath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl as never);
  const shown = signInMessageFromAddress(params.error);
  const [t, secondStep] = await Promise.all([getTranslations("auth"), getTranslations("security.signIn")]);
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
      <SignInForm callbackUrl={callbackUrl} initialError={shown} words={words} />
    </>
  );
}
