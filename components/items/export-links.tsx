import { useTranslations } from "next-intl";
import { filteredHref } from "@/lib/items/filter-query";
import type { ItemFilters } from "@/lib/items/schema";

/** Downloads of what the table shows now: the same filters and order go into the file's link. */
export function ExportLinks({ filters }: { filters: ItemFilters }) {
  const t = useTranslations("export");
  const link = (settings: Record<string, string>) => filteredHref("/items/export", filters, settings);
  return (
    <details className="mb-3 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">{t("download")}</summary>
      <ul className="mt-2 flex flex-col gap-1 pl-4">
        <li>
          <a href={link({ layout: "items" })} download className="text-brand-700 underline-offset-2 hover:underline">
            {t("byItem")}
          </a>
          {" · "}
          <a href={link({ layout: "items", sep: "semicolon" })} download className="text-slate-600 underline-offset-2 hover:underline">
            {t("semicolon")}
          </a>
        </li>
        <li>
          <a href={link({ layout: "long" })} download className="text-brand-700 underline-offset-2 hover:underline">
            {t("long")}
          </a>
          {" · "}
          <a href={link({ layout: "long", sep: "semicolon" })} download className="text-slate-600 underline-offset-2 hover:underline">
            {t("semicolon")}
          </a>
        </li>
        <li>
          <a href={link({ layout: "milestones" })} download className="text-brand-700 underline-offset-2 hover:underline">
            {t("milestones")}
          </a>
          {" · "}
          <a href={link({ layout: "milestones", sep: "semicolon" })} download className="text-slate-600 underline-offset-2 hover:underline">
            {t("semicolon")}
          </a>
        </li>
        <li>
          <a href={link({ format: "xlsx" })} download className="text-brand-700 underline-offset-2 hover:underline">
            {t("xlsx")}
          </a>
        </li>
      </ul>
    </details>
  );
}
