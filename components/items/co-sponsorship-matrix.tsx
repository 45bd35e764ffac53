import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";
import type { ItemRow } from "@/lib/items/queries";
import { ItemTitle } from "./item-title";

interface MatrixProps {
  rows: ItemRow[];
  economies: { code: string; name: string; shortName: string | null; nameZh: string }[];
  /** Over every matching item, not only this page. */
  totals: { code: string; proposes: number; backs: number }[];
  caption: string;
}

/**
 * Items down, economies across: P where an economy proposes, a filled mark where it co-sponsors.
 * The first row counts over the whole filtered set, so an economy that backs nothing stands out.
 */
export function CoSponsorshipMatrix({ rows, economies, totals, caption }: MatrixProps) {
  const t = useTranslations("matrix");
  const locale = useLocale() as Locale;
  const totalOf = new Map(totals.map((total) => [total.code, total]));
  return (
    <div className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full border-collapse text-sm" data-testid="matrix">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 z-10 bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-50 px-4 py-2 text-left font-semibold">
              {t("item")}
            </th>
            {economies.map((economy) => (
              <th key={economy.code} scope="col" className="w-9 px-1 py-2 text-center font-semibold">
                <abbr title={economyName(economy, locale)} className="no-underline">
                  {economy.code}
                </abbr>
              </th>
            ))}
          </tr>
          <tr className="border-b border-slate-200">
            <th scope="row" className="sticky left-0 bg-slate-50 px-4 py-1.5 text-left font-normal">
              {t("totals")}
            </th>
            {economies.map((economy) => {
              const total = totalOf.get(economy.code);
              const idle = !total || (total.backs === 0 && total.proposes === 0);
              return (
                <td
                  key={economy.code}
                  className={`px-1 py-1.5 text-center tabular-nums ${idle ? "bg-amber-50 font-semibold text-amber-800" : "text-slate-700"}`}
                  title={t("totalTitle", { economy: economyName(economy, locale), backs: total?.backs ?? 0, proposes: total?.proposes ?? 0 })}
                  data-economy={economy.code}
                  data-testid="matrix-total"
                >
                  {total?.backs ?? 0}
                </td>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const backers = new Set(row.coSponsors.map((economy) => economy.code));
            return (
              <tr key={row.id} className="hover:bg-slate-50/60">
                <th scope="row" className="sticky left-0 max-w-md bg-white px-4 py-2 text-left font-normal">
                  <ItemTitle item={row} />
                </th>
                {economies.map((economy) => {
                  const proposes = row.proposer.code === economy.code;
                  const backs = backers.has(economy.code);
                  return (
                    <td
                      key={economy.code}
                      className={`px-1 py-2 text-center ${proposes ? "bg-brand-50 font-semibold text-brand-800" : backs ? "text-emerald-700" : "text-slate-300"}`}
                    >
                      {proposes ? (
                        <span title={t("proposesTitle", { economy: economyName(economy, locale) })}>{t("proposesMark")}</span>
                      ) : backs ? (
                        <span title={t("backsTitle", { economy: economyName(economy, locale) })}>{t("backsMark")}</span>
                      ) : (
                        <span className="sr-only">{t("noPart")}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="border-t border-slate-200 px-4 py-2 text-xs text-slate-600">{t("legend")}</p>
    </div>
  );
}
