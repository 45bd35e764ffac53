import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { roleAddsToName } from "./header-user";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ user }: { user: CurrentUser | null }) {
  const [t, tc, tr, tcal, tapi] = await Promise.all([
    getTranslations("nav"),
    getTranslations("common"),
    getTranslations("enums.role"),
    getTranslations("calendar"),
    getTranslations("api"),
  ]);
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2 text-slate-900">
          <span className="text-lg font-semibold tracking-tight">{tc("appName")}</span>
          <span className="hidden text-sm text-slate-500 lg:inline">{tc("appTagline")}</span>
        </Link>
        <nav aria-label={t("main")} className="flex flex-wrap gap-1 text-sm">
          <NavLink href="/">{t("overview")}</NavLink>
          <NavLink href="/items">{t("workPlan")}</NavLink>
          <NavLink href="/economies">{t("economies")}</NavLink>
          <NavLink href="/meetings">{t("meetings")}</NavLink>
          {user && hasRole(user.role, "ADMIN") ? (
            <>
              <NavLink href="/admin/users">{t("users")}</NavLink>
              <NavLink href="/admin/audit">{t("audit")}</NavLink>
              <NavLink href="/admin/sign-in-locks">{t("signInLocks")}</NavLink>
            </>
          ) : null}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <LanguageSwitcher />
          {user ? (
            <>
              <span className="flex items-baseline gap-1.5" data-testid="signed-in-user">
                <Link href="/account/password" className="text-slate-700 underline-offset-2 hover:underline" title={user.email}>
                  {user.name}
                </Link>
                {roleAddsToName(user.name, tr(user.role)) ? <span className="text-xs text-slate-500">· {tr(user.role)}</span> : null}
              </span>
              <Link href="/account/calendar" className="text-slate-700 underline-offset-2 hover:underline">
                {tcal("nav")}
              </Link>
              <Link href="/account/api-tokens" className="text-slate-700 underline-offset-2 hover:underline">
                {tapi("nav")}
              </Link>
              <SignOutButton label={t("signOut")} />
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
