"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { KeyboardEvent, MouseEvent, ReactNode } from "react";

interface SortHeaderProps {
  label: ReactNode;
  /** The table sorted by this column alone (the next direction, or back to the default order). */
  href: string;
  /** This column added to the current order (Shift+click, Shift+Enter). */
  addHref: string;
  direction: false | "asc" | "desc";
  /** Where this column stands in the order, from 0. */
  position: number;
  /** Several columns sort: show each one's place. */
  numbered: boolean;
  testId?: string;
}

/**
 * A column heading that sorts. It is a link, so sorting works without JavaScript; with it,
 * Shift adds the column to the current order instead of replacing it.
 */
export function SortHeader({ label, href, addHref, direction, position, numbered, testId }: SortHeaderProps) {
  const t = useTranslations("table");
  const router = useRouter();

  function addOnShift(event: MouseEvent<HTMLAnchorElement> | KeyboardEvent<HTMLAnchorElement>) {
    if (!event.shiftKey) return;
    event.preventDefault();
    router.push(addHref as never);
  }

  return (
    <th scope="col" aria-sort={direction && position === 0 ? (direction === "asc" ? "ascending" : "descending") : undefined}>
      <Link
        href={href as never}
        onClick={addOnShift}
        onKeyDown={(event) => (event.key === "Enter" ? addOnShift(event) : undefined)}
        className="inline-flex items-center gap-1 rounded uppercase hover:text-slate-900"
        title={t("sortHint")}
        data-testid={testId}
      >
        {label}
        <span aria-hidden="true" className="text-slate-400">
          {direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕"}
        </span>
        {direction ? <span className="sr-only">{t(direction === "asc" ? "sortedAscending" : "sortedDescending", { position: position + 1 })}</span> : null}
        {direction && numbered ? (
          <span className="rounded bg-slate-200 px-1 text-[10px] text-slate-700" aria-hidden="true">
            {position + 1}
          </span>
        ) : null}
      </Link>
    </th>
  );
}
