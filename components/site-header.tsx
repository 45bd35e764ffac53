import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { viewsFor } from "@/lib/saved-views/queries";
import { roleAddsToName } from "./header-user";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink, NavMenu } from "./nav-link";
import { NotificationBell } from "./notifications/bell";
import { ViewsMenu } from "./saved-views/views-menu";
import { SignOutButton } from "./sign-out-button";

const menuLink = "block rounded-md px-2 py-1.5 text-slate-700 hover:bg-slate-100 hover:text-slate-900";

export async function SiteHeader({ user }: { user: CurrentUser | null }) {
  const [t, th, tc, tr, tcal, tapi, tsec, locale] = await Promise.all([
    getTranslations("nav"),
    getTranslations("siteHeader"),
    getTranslations("common"),
    getTranslations("enums.role"),
    getTranslations("calendar"),
    getTranslations("api"),
    getTranslations("security"),
    getLocale(),
  ]);
  const views = user ? await viewsFor(user.id, locale) : null;
  const admin = user !== null && hasRole(user.role, "ADMIN");
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        {/* The tagline is the name's tooltip: beside six sections and the menus, a line under the name
            would push the bell and the account onto a second row at 1280px. */}
        <Link href="/" title={tc("appTagline")} className="text-lg font-semibold leading-tight tracking-tight text-slate-900">
          {tc("appName")}
        </Link>
        <nav aria-label={t("main")} className="flex flex-wrap items-center gap-1 text-sm">
          <NavLink href="/">{t("overview")}</NavLink>
          <NavLink href="/items">{t("workPlan")}</NavLink>
          <NavLink href="/economies">{t("economies")}</NavLink>
          <NavLink href="/meetings">{t("meetings")}</NavLink>
          {user ? <NavLink href="/actions">{t("myActions")}</NavLink> : null}
          {user ? <NavLink href="/documents">{t("documents")}</NavLink> : null}
          {views ? <ViewsMenu mine={views.mine} shared={views.shared} /> : null}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? <NotificationBell userId={user.id} /> : null}
          <LanguageSwitcher />
          {user ? (
            <NavMenu
              align="right"
              testId="account-menu"
              summary={
                <span className="flex items-baseline gap-1.5" data-testid="signed-in-user">
                  <span className="max-w-40 truncate text-slate-800">{user.name}</span>
                  {roleAddsToName(user.name, tr(user.role)) ? <span className="text-xs text-slate-500">· {tr(user.role)}</span> : null}
                </span>
              }
            >
              <p className="truncate px-2 pb-1.5 pt-1 text-xs text-slate-500" title={user.email}>
                {user.email}
              </p>
              <ul className="border-t border-slate-100 pt-1">
                <li>
                  <Link href="/account/password" className={menuLink}>
                    {th("password")}
                  </Link>
                </li>
                <li>
                  <Link href="/account/security" className={menuLink}>
                    {tsec("nav")}
                  </Link>
                </li>
                <li>
                  <Link href="/account/notifications" className={menuLink}>
                    {th("notifications")}
                  </Link>
                </li>
                <li>
                  <Link href="/account/calendar" className={menuLink}>
                    {tcal("nav")}
                  </Link>
                </li>
                <li>
                  <Link href="/account/api-tokens" className={menuLink}>
                    {tapi("nav")}
                  </Link>
                </li>
              </ul>
              <div className="mt-1 border-t border-slate-100 px-2 pt-2">
                <SignOutButton label={t("signOut")} />
              </div>
            </NavMenu>
          ) : null}
        </div>
      </div>
      {admin ? (
        <div className="border-t border-slate-100 bg-slate-50">
          <nav aria-label={th("administration")} className="mx-auto flex max-w-7xl flex-wrap items-center gap-1 px-4 py-1 text-xs sm:px-6">
            <span className="mr-2 font-medium uppercase tracking-wide text-slate-500">{th("administration")}</span>
            <NavLink href="/admin/users" size="sm">
              {t("users")}
            </NavLink>
            <NavLink href="/admin/audit" size="sm">
              {t("audit")}
            </NavLink>
            <NavLink href="/admin/sign-in-locks" size="sm">
              {t("signInLocks")}
            </NavLink>
            <NavLink href="/admin/outbox" size="sm">
              {th("outbox")}
            </NavLink>
            <NavLink href="/admin/settings" size="sm">
              {th("settings")}
            </NavLink>
          </nav>
        </div>
      ) : null}
    </header>
  );
}
