import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";

interface ProposerFilterProps {
  economies: { code: string; name: string; shortName: string | null; nameZh: string }[];
  selected?: string;
  query?: string;
}

/**
 * A plain GET form: it works without JavaScript, the URL stays the shareable state, and choosing
 * an economy does not move the page until the officer applies it (arrow keys stay harmless).
 */
export function ProposerFilter({ economies, selected, query }: ProposerFilterProps) {
  const t = useTranslations("filter");
  const tc = useTranslations("common");
  const locale = useLocale() as Locale;
  return (
    <form action="/items" method="get" className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium text-slate-700">{t("proposer")}</span>
        <select
          key={selected ?? "all"}
          name="proposer"
          defaultValue={selected ?? ""}
          className="min-w-56 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
        >
          <option value="">{t("allEconomies")}</option>
          {economies.map((economy) => (
            <option key={economy.code} value={economy.code}>
              {economyName(economy, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium text-slate-700">{t("search")}</span>
        <input
          key={query ?? ""}
          type="search"
          name="q"
          defaultValue={query ?? ""}
          maxLength={100}
          placeholder={t("searchHint")}
          className="min-w-56 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
        />
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
        {tc("apply")}
      </button>
    </form>
  );
}
