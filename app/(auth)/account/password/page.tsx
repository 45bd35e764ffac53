import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { requirePageUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const user = await requirePageUser({ allowPasswordChange: true });
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold text-slate-900">Change your password</h1>
      {user.mustChangePassword ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          You signed in with a one-time password. Choose your own before you continue.
        </p>
      ) : (
        <p className="text-sm text-slate-600">Signed in as {user.email}.</p>
      )}
      <ChangePasswordForm />
      {!user.mustChangePassword ? (
        <Link href="/" className="text-sm text-brand-700 underline-offset-2 hover:underline">Back to the overview</Link>
      ) : null}
    </div>
  );
}
