import { useTranslations } from "next-intl";
import Link from "next/link";
import { filteredHref } from "@/lib/items/filter-query";
import type { GroupColumn, ItemFilters } from "@/lib/items/schema";
import { DEFAULT_PAGE_SIZE } from "@/lib/items/table-options";

interface PaginationProps {
  path: string;
  filters: ItemFilters;
  group?: GroupColumn;
  page: number;
  pageCount: number;
  size: number;
  /** A view's own settings that every page keeps (the matrix's `positions=1`). */
  extra?: Record<string, string | number | undefined>;
}

/** Pages as links, so every page of a view can be sent, bookmarked and reached without JavaScript. */
export function Pagination({ path, filters, group, page, pageCount, size, extra }: PaginationProps) {
  const t = useTranslations("table");
  if (pageCount <= 1) return null;
  const href = (target: number) =>
    filteredHref(path, filters, { ...extra, group, size: size === DEFAULT_PAGE_SIZE ? undefined : size, page: target === 1 ? undefined : target });
  const link = (target: number, label: string, rel?: string) =>
    target >= 1 && target <= pageCount && target !== page ? (
      <Link
        href={href(target) as never}
        rel={rel}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50"
      >
        {label}
      </Link>
    ) : (
      <span className="rounded-md border border-slate-200 px-3 py-1.5 text-slate-400" aria-disabled="true">
        {label}
      </span>
    );
  return (
    <nav aria-label={t("pages")} className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      {link(1, t("firstPage"))}
      {link(page - 1, t("previousPage"), "prev")}
      <span className="px-2 text-slate-700" aria-current="page">
        {t("pageOf", { page, pageCount })}
      </span>
      {link(page + 1, t("nextPage"), "next")}
      {link(pageCount, t("lastPage"))}
    </nav>
  );
}
