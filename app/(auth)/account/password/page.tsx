import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { requirePageUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("changePasswordTitle") };
}

export default async function ChangePasswordPage() {
  const user = await requirePageUser({ allowPasswordChange: true });
  const t = await getTranslations("auth");
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold text-slate-900">{t("changePasswordTitle")}</h1>
      {user.mustChangePassword ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">{t("oneTimeNotice")}</p>
      ) : (
        <p className="text-sm text-slate-600">{t("signedInAs", { email: user.email })}</p>
      )}
      <ChangePasswordForm />
      {!user.mustChangePassword ? (
        <Link href="/" className="text-sm text-brand-700 underline-offset-2 hover:underline">
          {t("backToOverview")}
        </Link>
      ) : null}
    </div>
  );
}
