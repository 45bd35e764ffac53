"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

type Section =
  | "/"
  | "/items"
  | "/economies"
  | "/meetings"
  | "/actions"
  | "/documents"
  | "/admin/users"
  | "/admin/audit"
  | "/admin/sign-in-locks"
  | "/admin/outbox"
  | "/admin/settings";

export function NavLink({ href, children, size = "md" }: { href: Section; children: ReactNode; size?: "sm" | "md" }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded-md ${size === "sm" ? "px-2 py-1" : "px-3 py-1.5"} ${current ? "bg-brand-50 font-medium text-brand-800" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"}`}
    >
      {children}
    </Link>
  );
}

/**
 * A menu in the header: a native disclosure, so it opens without JavaScript; with it, it also
 * closes when a link in it is followed (the header stays on screen across pages), on Escape, and
 * on a click elsewhere.
 */
export function NavMenu({ summary, align = "left", testId, children }: { summary: ReactNode; align?: "left" | "right"; testId?: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("click", close);
    return () => document.removeEventListener("click", close);
  }, []);
  return (
    <details
      ref={menu}
      className="group relative"
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !menu.current?.open) return;
        menu.current.open = false;
        menu.current.querySelector("summary")?.focus();
      }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest("a[href]")) menu.current!.open = false;
      }}
    >
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900 group-open:bg-slate-100 group-open:text-slate-900 [&::-webkit-details-marker]:hidden">
        {summary}
        <span aria-hidden="true" className="inline-block text-xs text-slate-500 transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div
        // On a phone the panel spans the screen's width below its summary, wherever the summary wrapped to.
        className={`absolute z-30 mt-1 w-72 rounded-lg border border-slate-200 bg-white p-2 text-sm shadow-lg max-sm:fixed max-sm:inset-x-4 max-sm:w-auto ${align === "right" ? "sm:right-0" : "sm:left-0"}`}
      >
        {children}
      </div>
    </details>
  );
}
