"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * Says a page is on its way while a link's next page is read. A loading.tsx would do this by
 * streaming every signed-in page behind a skeleton, which costs what officers rely on: without
 * JavaScript the page would stay a skeleton, a missing item would answer 200 instead of 404 and a
 * server redirect would become a client one. This watches the navigation instead, and the HTML
 * each page sends stays whole.
 */
export function NavigationProgress({ label }: { label: string }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const here = `${pathname}?${searchParams.toString()}`;
  // The page a link was followed from: the navigation is pending until the location moves on.
  const [leaving, setLeaving] = useState<string | null>(null);
  // Once the location moved on, the navigation is over, whatever page comes next (back included).
  const [seen, setSeen] = useState(here);
  if (seen !== here) {
    setSeen(here);
    setLeaving(null);
  }

  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin || (to.pathname === window.location.pathname && to.search === window.location.search)) return;
      setLeaving(`${window.location.pathname}?${new URLSearchParams(window.location.search).toString()}`);
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  if (leaving !== here) return null;
  return (
    <div role="status" aria-live="polite" className="fixed inset-x-0 top-0 z-50 print:hidden">
      <div aria-hidden="true" className="h-0.5 w-full bg-sky-600 motion-safe:animate-pulse" />
      <span className="sr-only">{label}</span>
    </div>
  );
}
