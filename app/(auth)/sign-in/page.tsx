import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths: a callback URL must never send an officer to another site. */
function safeCallback(value: string | string[] | undefined): string {
  const path = typeof value === "string" ? value : "/";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl as never);
  const error = typeof params.error === "string" ? params.error : undefined;
  return <SignInForm callbackUrl={callbackUrl} initialError={error === "CredentialsSignin" ? "Wrong email or password." : error} />;
}
