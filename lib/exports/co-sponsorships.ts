import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { economyName, localTitle, milestoneTitle, otherTitle } from "../i18n/data";
import en from "../i18n/messages/en.json";
import zhTW from "../i18n/messages/zh-TW.json";
import { listItems } from "../items/queries";
import type { ItemFilters } from "../items/schema";
import { formatDue } from "../milestones/due";
import { type Separator, toCsv } from "./csv";

export type ExportLayout = "items" | "long";

/**
 * The co-sponsorship list as CSV, from the very query the work-plan table uses, so the file and
 * the screen always agree. `items`: one row per item with its co-sponsors; `long`: one row per
 * item and co-sponsor, for pivot tables.
 */
export async function coSponsorshipCsv(filters: ItemFilters, layout: ExportLayout, separator: Separator, locale: Locale): Promise<string> {
  const t = createTranslator({ locale, messages: locale === "zh-TW" ? zhTW : en });
  const rows = await listItems(filters);
  const kind = (value: string | null) => t(`enums.itemKind.${value ?? "none"}` as never);
  const status = (value: string) => t(`enums.itemStatus.${value}` as never);
  const list = locale === "zh-TW" ? "、" : "; ";

  if (layout === "items") {
    return toCsv(
      [
        [t("export.year"), t("export.kind"), t("export.title"), t("export.otherTitle"), t("export.projectNumber"), t("export.proposer"), t("export.coSponsors"), t("export.coSponsorCount"), t("export.status"), t("export.nextMilestone"), t("export.nextDue")],
        ...rows.map((row) => [
          row.year,
          kind(row.kind),
          localTitle(row, locale).text,
          otherTitle(row, locale)?.text ?? "",
          row.projectNumber,
          economyName(row.proposer, locale),
          row.coSponsors.map((economy) => economyName(economy, locale)).join(list),
          row.coSponsors.length,
          status(row.status),
          row.nextMilestone ? milestoneTitle(row.nextMilestone, locale) : "",
          row.nextMilestone ? formatDue(row.nextMilestone, locale) : "",
        ]),
      ],
      separator,
    );
  }
  return toCsv(
    [
      [t("export.year"), t("export.kind"), t("export.title"), t("export.projectNumber"), t("export.proposer"), t("export.coSponsor"), t("export.coSponsorCode"), t("export.status")],
      ...rows.flatMap((row) =>
        row.coSponsors.map((economy) => [
          row.year,
          kind(row.kind),
          localTitle(row, locale).text,
          row.projectNumber,
          economyName(row.proposer, locale),
          economyName(economy, locale),
          economy.code,
          status(row.status),
        ]),
      ),
    ],
    separator,
  );
}
