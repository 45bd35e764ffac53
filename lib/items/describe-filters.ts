// The filters of a view in words, for the line above the table and the sheet of an export that
// says what produced it: "Proposed by Peru · Co-sponsored by all of Chile, Japan · Overdue".
import { formatMonth } from "../dates";
import type { Locale } from "../i18n/config";
import type { ItemFilters } from "./schema";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface FilterNames {
  economy: (code: string) => string;
  forum: (code: string) => string;
}

/** One phrase per filter that is set, in the reader's language (`t` is the root translator). */
export function describeFilters(filters: ItemFilters, names: FilterNames, t: Translate, locale: Locale): string[] {
  const list = (values: readonly string[]) => values.join(t("common.listSeparator"));
  const phrases: string[] = [];
  if (filters.proposer) phrases.push(t("filters.proposedBy", { list: list(filters.proposer.map(names.economy)) }));
  if (filters.coSponsor) {
    const economies = list(filters.coSponsor.map(names.economy));
    phrases.push(
      filters.coSponsor.length > 1
        ? t(filters.coSponsorMatch === "all" ? "filters.coSponsoredByAll" : "filters.coSponsoredByAny", { list: economies })
        : t("filters.coSponsoredBy", { list: economies }),
    );
  }
  if (filters.kind) phrases.push(t("filters.kinds", { list: list(filters.kind.map((kind) => t(`enums.itemKind.${kind}`))) }));
  if (filters.status) phrases.push(t("filters.statuses", { list: list(filters.status.map((status) => t(`enums.itemStatus.${status}`))) }));
  if (filters.year) phrases.push(t("filters.years", { list: list(filters.year.map(String)) }));
  if (filters.forum) phrases.push(t("filters.fora", { list: list(filters.forum.map(names.forum)) }));
  if (filters.fund) phrases.push(t("filters.funds", { list: list(filters.fund.map((fund) => t(`enums.fundAccount.${fund}`))) }));
  if (filters.due) {
    const due = filters.due;
    phrases.push(
      due.kind === "overdue"
        ? t("filters.dueOverdue")
        : due.kind === "undated"
          ? t("filters.dueUndated")
          : due.kind === "next"
            ? t("filters.dueNext", { days: due.days })
            : t("filters.dueInMonth", { month: formatMonth(Number(due.month.slice(0, 4)), Number(due.month.slice(5, 7)), locale) }),
    );
  }
  if (filters.position) {
    phrases.push(
      t("positions.filterPhrase", {
        list: list(filters.position.map((value) => (value === "none" ? t("positions.filterNone") : t(`positions.stanceShort.${value}`)))),
      }),
    );
  }
  if (filters.q) phrases.push(t("filters.text", { q: filters.q }));
  if (filters.sort) {
    phrases.push(
      t("filters.sortedBy", {
        list: list(filters.sort.map((key) => t(key.desc ? "filters.descending" : "filters.ascending", { column: t(`columns.${key.column}`) }))),
      }),
    );
  }
  return phrases;
}
