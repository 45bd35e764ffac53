import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/session";
import { hasRole, ROLE_LABEL } from "@/lib/auth/roles";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ user }: { user: CurrentUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2 text-slate-900">
          <span className="text-lg font-semibold tracking-tight">SCCP Tracker</span>
          <span className="hidden text-sm text-slate-500 lg:inline">APEC Sub-Committee on Customs Procedures</span>
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-1 text-sm">
          <NavLink href="/">Overview</NavLink>
          <NavLink href="/items">Work plan</NavLink>
          <NavLink href="/economies">Economies</NavLink>
          <NavLink href="/meetings">Meetings</NavLink>
          {user && hasRole(user.role, "ADMIN") ? (
            <>
              <NavLink href="/admin/users">Users</NavLink>
              <NavLink href="/admin/audit">Audit</NavLink>
            </>
          ) : null}
        </nav>
        {user ? (
          <div className="ml-auto flex items-center gap-3 text-sm">
            <Link href="/account/password" className="text-slate-700 underline-offset-2 hover:underline" title={user.email}>
              {user.name}
            </Link>
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{ROLE_LABEL[user.role]}</span>
            <SignOutButton />
          </div>
        ) : null}
      </div>
    </header>
  );
}
