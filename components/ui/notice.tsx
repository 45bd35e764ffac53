import type { ReactNode } from "react";

export function Notice({ tone = "warning", title, children }: { tone?: "warning" | "info"; title: string; children?: ReactNode }) {
  const colours = tone === "warning" ? "border-amber-300 bg-amber-50 text-amber-950" : "border-sky-200 bg-sky-50 text-sky-950";
  return (
    <div role={tone === "warning" ? "alert" : "status"} className={`rounded-lg border px-4 py-3 text-sm ${colours}`}>
      <p className="font-semibold">{title}</p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
