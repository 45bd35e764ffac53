import type { ReactNode } from "react";

interface NoticeProps {
  tone?: "warning" | "info";
  title: string;
  /** A notice that is the whole page (not found, error) carries the page's h1. */
  headingLevel?: 1 | 2;
  children?: ReactNode;
}

export function Notice({ tone = "warning", title, headingLevel, children }: NoticeProps) {
  const colours = tone === "warning" ? "border-amber-300 bg-amber-50 text-amber-950" : "border-sky-200 bg-sky-50 text-sky-950";
  const Heading = headingLevel === 1 ? "h1" : headingLevel === 2 ? "h2" : "p";
  return (
    <div role={tone === "warning" ? "alert" : "status"} className={`rounded-lg border px-4 py-3 text-sm ${colours}`}>
      <Heading className="text-sm font-semibold">{title}</Heading>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
