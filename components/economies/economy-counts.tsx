import { useTranslations } from "next-intl";
import Link from "next/link";
import { KINDS } from "@/lib/items/schema";
import { DataTable, HeaderCell, TableHead } from "../data-table/data-table";

type Year = { year: number; proposes: Record<string, number>; backs: Record<string, number> };

interface EconomyCountsProps {
  code: string;
  years: Year[];
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
  const sides = [
    { filter: "proposer", heading: t("proposes"), counts: (row: Year) => row.proposes },
    { filter: "coSponsor", heading: t("coSponsors"), counts: (row: Year) => row.backs },
  ] as const;
  const divider = (index: number) => (index === 0 ? "border-l border-slate-200" : undefined);
  return (
    <DataTable caption={t("countsCaption")} testId="economy-counts">
      <TableHead
        after={
          <tr>
            {sides.flatMap((side) => [
              ...kindColumns.map((kind, index) => (
                <HeaderCell key={`${side.filter}-${kind}`} className={`text-right ${divider(index) ?? ""}`}>
                  {kinds(kind)}
                </HeaderCell>
              )),
              <HeaderCell key={`${side.filter}-total`} className="text-right">
                {t("countsTotal")}
              </HeaderCell>,
            ])}
          </tr>
        }
      >
        <HeaderCell rowSpan={2}>{t("countsYear")}</HeaderCell>
        {sides.map((side) => (
          <HeaderCell key={side.filter} scope="colgroup" colSpan={kindColumns.length + 1} className="border-l border-slate-200 text-center">
            {side.heading}
          </HeaderCell>
        ))}
      </TableHead>
      <tbody className="tabular-nums">
        {years.map((row) => (
          <tr key={row.year}>
            <th scope="row" className="font-medium text-slate-800">
              {row.year}
            </th>
            {sides.flatMap((side) => [
              ...kindColumns.map((kind, index) => (
                <td key={`${side.filter}-${kind}`} className={`text-right ${divider(index) ?? ""}`}>
                  {kind === "none" ? (side.counts(row).none ?? 0) : cell(side.counts(row)[kind], side.filter, row.year, kind)}
                </td>
              )),
              <td key={`${side.filter}-total`} className="text-right font-semibold">
                {cell(sum(side.counts(row)), side.filter, row.year)}
              </td>,
            ])}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
