import type { ItemRow } from "@/lib/items/queries";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { localTitle, milestoneTitle } from "@/lib/i18n/data";
import { EconomyLink, EconomyList } from "../economies/economy-link";
import { DueLabel } from "../milestones/due-label";
import { ItemStatusBadge } from "./item-status-badge";
import { BULK_FORM_ID } from "./bulk-edit-bar";
import { ItemTitle } from "./item-title";

export function ItemsTable({ rows, today, caption, selectable = false }: { rows: ItemRow[]; today: string; caption: string; selectable?: boolean }) {
  const t = useTranslations("table");
  const kinds = useTranslations("enums.itemKind");
  const locale = useLocale() as Locale;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            {selectable ? (
              <th scope="col" className="w-8 px-3 py-2.5">
                <span className="sr-only">{t("select")}</span>
              </th>
            ) : null}
            <th scope="col" className="px-4 py-2.5 font-semibold">{t("item")}</th>
            <th scope="col" className="px-3 py-2.5 font-semibold">{t("year")}</th>
            <th scope="col" className="px-3 py-2.5 font-semibold">{t("kind")}</th>
            <th scope="col" className="px-3 py-2.5 font-semibold">{t("proposer")}</th>
            <th scope="col" className="px-3 py-2.5 font-semibold">{t("coSponsors")}</th>
            <th scope="col" className="px-3 py-2.5 font-semibold">{t("nextMilestone")}</th>
            <th scope="col" className="px-3 py-2.5 font-semibold">{t("status")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="align-top hover:bg-slate-50/60">
              {selectable ? (
                <td className="px-3 py-3">
                  <input type="checkbox" name="ids[]" value={row.id} form={BULK_FORM_ID} aria-label={t("selectRow", { title: localTitle(row, locale).text })} className="size-4" />
                </td>
              ) : null}
              <td className="max-w-md px-4 py-3">
                <ItemTitle item={row} />
                {row.projectNumber ? <p className="mt-0.5 text-xs text-slate-500">{row.projectNumber}</p> : null}
              </td>
              <td className="px-3 py-3 tabular-nums text-slate-700">{row.year}</td>
              <td className="px-3 py-3 text-slate-700">{kinds(row.kind ?? "none")}</td>
              <td className="px-3 py-3">
                <EconomyLink economy={row.proposer} />
              </td>
              <td className="max-w-56 px-3 py-3" data-testid="co-sponsors">
                {row.kind === "INITIATIVE" && row.coSponsors.length === 0 ? (
                  <span className="text-slate-500">{t("notNeeded")}</span>
                ) : (
                  <EconomyList economies={row.coSponsors} />
                )}
              </td>
              <td className="max-w-64 px-3 py-3">
                {row.nextMilestone ? (
                  <div className="flex flex-col gap-1">
                    <span className="text-slate-800">{milestoneTitle(row.nextMilestone, locale)}</span>
                    <DueLabel milestone={row.nextMilestone} today={today} />
                  </div>
                ) : (
                  <span className="text-slate-500">{t("noneOpen")}</span>
                )}
              </td>
              <td className="px-3 py-3">
                <ItemStatusBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
