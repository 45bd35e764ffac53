import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SIGN_IN_FAILED } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
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
  // Only messages the sign-in itself produces: a link cannot put words of its own on this page.
  const error = typeof params.error === "string" ? params.error : undefined;
  const known = error ? decodeMessage(error) : null;
  const shown = !error ? undefined : known && (known.key === "auth.wrong" || known.key === "auth.locked") ? error : SIGN_IN_FAILED;
  const t = await getTranslations("auth");
  return (
    <>
      {params.changed === "1" ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t("passwordChangedSignIn")}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} initialError={shown} />
    </>
  );
}
