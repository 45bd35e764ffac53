import Link from "next/link";
import { NavLink } from "./nav-link";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2 text-slate-900">
          <span className="text-lg font-semibold tracking-tight">SCCP Tracker</span>
          <span className="hidden text-sm text-slate-500 sm:inline">APEC Sub-Committee on Customs Procedures</span>
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-1 text-sm">
          <NavLink href="/">Overview</NavLink>
          <NavLink href="/items">Work plan</NavLink>
          <NavLink href="/economies">Economies</NavLink>
          <NavLink href="/meetings">Meetings</NavLink>
        </nav>
      </div>
    </header>
  );
}
