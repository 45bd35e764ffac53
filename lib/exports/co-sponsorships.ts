import "server-only";
import { catalogueTranslator } from "../i18n/catalogue";
import type { Locale } from "../i18n/config";
import { economyName, localTitle } from "../i18n/data";
import type { ItemFilters } from "../items/schema";
import { ITEM_CSV_COLUMNS, LONG_CSV_COLUMNS, MILESTONE_COLUMNS } from "./columns";
import { toCsv, type Separator } from "./csv";
import { itemCells, loadExport, milestoneCells, type ExportCell } from "./rows";

export type ExportLayout = "items" | "long" | "milestones";

/**
 * The co-sponsorship list as CSV, from the very query the work-plan table uses, so the file and
 * the screen always agree. `items`: one row per item with its co-sponsors; `long`: one row per
 * item and co-sponsor, for pivot tables; `milestones`: one row per milestone of those items.
 * `items` and `milestones` carry IDs and versions, so an edited file can be imported back.
 */
export async function coSponsorshipCsv(filters: ItemFilters, layout: ExportLayout, separator: Separator, locale: Locale): Promise<string> {
  const t = catalogueTranslator(locale);
  // Only the milestones layout lists milestones; the others need not read them.
  const rows = await loadExport(filters, locale, { milestones: layout === "milestones" });
  const header = (columns: readonly string[]) => columns.map((column) => t(`export.${column}` as never));
  const pick = <C extends string>(cells: Record<C, ExportCell>, columns: readonly C[]) => columns.map((column) => cells[column]);

  if (layout === "items") {
    return toCsv([header(ITEM_CSV_COLUMNS), ...rows.map((row) => pick(itemCells(row, locale, t), ITEM_CSV_COLUMNS))], separator);
  }
  if (layout === "milestones") {
    return toCsv(
      [
        header(MILESTONE_COLUMNS),
        ...rows.flatMap((row) => row.milestones.map((milestone) => pick(milestoneCells(row, milestone, locale, t), MILESTONE_COLUMNS))),
      ],
      separator,
    );
  }
  return toCsv(
    [
      header(LONG_CSV_COLUMNS),
      ...rows.flatMap((row) =>
        row.coSponsors.map((economy) => [
          row.year,
          t(`enums.itemKind.${row.kind ?? "none"}` as never),
          localTitle(row, locale).text,
          row.projectNumber,
          economyName(row.proposer, locale),
          economyName(economy, locale),
          economy.code,
          t(`enums.itemStatus.${row.status}` as never),
        ]),
      ),
    ],
    separator,
  );
}
