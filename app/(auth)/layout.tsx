import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/language-switcher";

export default async function SignedOutLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-screen flex-col items-center bg-slate-50 px-4 pt-10">
      <header className="flex w-full max-w-md flex-col items-center">
        <div className="mb-6 flex w-full justify-end">
          <LanguageSwitcher />
        </div>
        <Link href="/" className="mb-8 text-center">
          <span className="block text-2xl font-semibold tracking-tight text-slate-900">{t("appName")}</span>
          <span className="block text-sm text-slate-500">{t("appTagline")}</span>
        </Link>
      </header>
      <main id="main" className="w-full max-w-md">
        {children}
      </main>
    </div>
  );
}
