import { useLocale, useTranslations } from "next-intl";
import type { PositionStance } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/config";
import { economyName } from "@/lib/i18n/data";
import type { ItemRow } from "@/lib/items/queries";
import { DataTable, HeaderCell, TableHead } from "../data-table/data-table";
import { ItemTitle } from "./item-title";

interface MatrixProps {
  rows: ItemRow[];
  economies: { code: string; name: string; shortName: string | null; nameZh: string }[];
  /** Over every matching item, not only this page. */
  totals: { code: string; proposes: number; backs: number }[];
  caption: string;
  /** Our economy's position on each item of the page, when the matrix shows them. */
  positions?: { economyCode: string; byItem: Map<number, { stance: PositionStance; deadline: string | null }> };
}

/**
 * Items down, economies across: P where an economy proposes, a filled mark where it co-sponsors.
 * The first row counts over the whole filtered set, so an economy that backs nothing stands out.
 */
export function CoSponsorshipMatrix({ rows, economies, totals, caption, positions }: MatrixProps) {
  const t = useTranslations("matrix");
  const tp = useTranslations("positions");
  const locale = useLocale() as Locale;
  const totalOf = new Map(totals.map((total) => [total.code, total]));
  return (
    <DataTable caption={caption} testId="matrix" rowKeys footer={<p className="border-t border-slate-200 px-4 py-2 text-xs text-slate-600">{t("legend")}</p>}>
      <TableHead
        after={
          <tr>
            <th scope="row" className="sticky left-0 bg-slate-50 py-1.5 normal-case tracking-normal">
              {t("totals")}
            </th>
            {positions ? <td aria-hidden="true" /> : null}
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
        }
      >
        <HeaderCell className="sticky left-0 bg-slate-50">{t("item")}</HeaderCell>
        {positions ? <HeaderCell className="whitespace-nowrap px-2">{tp("matrixColumn")}</HeaderCell> : null}
        {economies.map((economy) => (
          <HeaderCell key={economy.code} className="w-9 px-1 text-center">
            <abbr title={economyName(economy, locale)} className="no-underline">
              {economy.code}
            </abbr>
          </HeaderCell>
        ))}
      </TableHead>
      <tbody>
        {rows.map((row) => {
          const backers = new Set(row.coSponsors.map((economy) => economy.code));
          return (
            <tr key={row.id}>
              <th scope="row" className="sticky left-0 max-w-md bg-white">
                <ItemTitle item={row} />
              </th>
              {positions ? <PositionCell position={positions.byItem.get(row.id)} ownProposal={row.proposer.code === positions.economyCode} /> : null}
              {economies.map((economy) => {
                const proposes = row.proposer.code === economy.code;
                const ours = positions?.economyCode === economy.code;
                const backs = backers.has(economy.code);
                return (
                  <td
                    key={economy.code}
                    data-ours={ours ? "" : undefined}
                    className={`px-1 text-center ${ours ? "border-x border-brand-200 " : ""}${proposes ? "bg-brand-50 font-semibold text-brand-800" : backs ? "text-emerald-700" : "text-slate-300"}`}
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
    </DataTable>
  );
}

/** Our economy's stance on one item; an item it proposes takes none. */
function PositionCell({ position, ownProposal }: { position?: { stance: PositionStance; deadline: string | null }; ownProposal: boolean }) {
  const tp = useTranslations("positions");
  if (!position) {
    return (
      <td className="px-2 text-xs text-slate-400" data-testid="matrix-position">
        {ownProposal ? null : <span className="sr-only">{tp("matrixNone")}</span>}
      </td>
    );
  }
  return (
    <td className="whitespace-nowrap px-2 text-xs text-slate-800" data-testid="matrix-position" data-stance={position.stance}>
      {tp(`stanceShort.${position.stance}`)}
    </td>
  );
}
