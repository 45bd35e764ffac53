import { useTranslations } from "next-intl";
import Link from "next/link";
import { filteredHref } from "@/lib/items/filter-query";
import type { ItemFilters } from "@/lib/items/schema";

type View = "table" | "matrix" | "timeline" | "calendar" | "charts";

/** The same filtered work plan as a table, the economy × item matrix, a timeline, a month calendar or charts. */
export function WorkPlanViews({ current, filters }: { current: View; filters: ItemFilters }) {
  const t = useTranslations("items");
  const tab = (view: View, path: "/items" | "/items/matrix" | "/timeline" | "/calendar" | "/charts", label: string) => (
    <Link
      href={filteredHref(path, filters) as never}
      aria-current={current === view ? "page" : undefined}
      className={`rounded-t-md border-b-2 px-3 py-1.5 text-sm font-medium ${current === view ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={t("views")} className="mb-3 flex gap-1 border-b border-slate-200">
      {tab("table", "/items", t("viewTable"))}
      {tab("matrix", "/items/matrix", t("viewMatrix"))}
      {tab("timeline", "/timeline", t("viewTimeline"))}
      {tab("calendar", "/calendar", t("viewCalendar"))}
      {tab("charts", "/charts", t("viewCharts"))}
    </nav>
  );
}
