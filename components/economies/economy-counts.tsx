import { useTranslations } from "next-intl";
import Link from "next/link";
import { KINDS } from "@/lib/items/schema";

interface EconomyCountsProps {
  code: string;
  years: { year: number; proposes: Record<string, number>; backs: Record<string, number> }[];
}

/** Proposed and co-sponsored items by year and kind; every figure opens those items in the table. */
export function EconomyCounts({ code, years }: EconomyCountsProps) {
  const t = useTranslations("economies");
  const kinds = useTranslations("enums.itemKind");
  const cell = (count: number | undefined, filter: "proposer" | "coSponsor", year: number, kind?: string) =>
    count ? (
      <Link href={`/items?${filter}=${code}&year=${year}${kind ? `&kind=${kind}` : ""}` as never} className="text-brand-700 underline-offset-2 hover:underline">
        {count}
      </Link>
    ) : (
      <span className="text-slate-300">0</span>
    );
  // Work whose kind the source did not state gets its own column, so each row adds up to its total.
  const kindColumns: string[] = years.some((row) => row.proposes.none || row.backs.none) ? [...KINDS, "none"] : [...KINDS];
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm tabular-nums" data-testid="economy-counts">
        <caption className="sr-only">{t("countsCaption")}</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" rowSpan={2} className="px-3 py-2 text-left">
              {t("countsYear")}
            </th>
            <th scope="colgroup" colSpan={kindColumns.length + 1} className="border-l border-slate-200 px-3 py-1.5 text-center">
              {t("proposes")}
            </th>
            <th scope="colgroup" colSpan={kindColumns.length + 1} className="border-l border-slate-200 px-3 py-1.5 text-center">
              {t("coSponsors")}
            </th>
          </tr>
          <tr>
            {(["proposer", "coSponsor"] as const).flatMap((side) => [
              ...kindColumns.map((kind, index) => (
                <th key={`${side}-${kind}`} scope="col" className={`px-3 py-1.5 text-right font-medium ${index === 0 ? "border-l border-slate-200" : ""}`}>
                  {kinds(kind)}
                </th>
              )),
              <th key={`${side}-total`} scope="col" className="px-3 py-1.5 text-right font-semibold">
                {t("countsTotal")}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {years.map((row) => (
            <tr key={row.year}>
              <th scope="row" className="px-3 py-1.5 text-left font-medium text-slate-800">
                {row.year}
              </th>
              {kindColumns.map((kind, index) => (
                <td key={`p-${kind}`} className={`px-3 py-1.5 text-right ${index === 0 ? "border-l border-slate-200" : ""}`}>
                  {kind === "none" ? (row.proposes.none ?? 0) : cell(row.proposes[kind], "proposer", row.year, kind)}
                </td>
              ))}
              <td className="px-3 py-1.5 text-right font-semibold">{cell(sum(row.proposes), "proposer", row.year)}</td>
              {kindColumns.map((kind, index) => (
                <td key={`b-${kind}`} className={`px-3 py-1.5 text-right ${index === 0 ? "border-l border-slate-200" : ""}`}>
                  {kind === "none" ? (row.backs.none ?? 0) : cell(row.backs[kind], "coSponsor", row.year, kind)}
                </td>
              ))}
              <td className="px-3 py-1.5 text-right font-semibold">{cell(sum(row.backs), "coSponsor", row.year)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
