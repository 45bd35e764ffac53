// The canonical URL form of a view of the work plan. Every link that carries the filters (pages,
// sorting, exports, the matrix, the calendar feed) is written here, so a view an officer sends is
// read back exactly as it was meant.
import type { ItemFilters, SortKey } from "./schema";

export function sortParam(sort: SortKey[]): string {
  return sort.map((key) => `${key.desc ? "-" : ""}${key.column}`).join(",");
}

function dueParam(due: NonNullable<ItemFilters["due"]>): string {
  return due.kind === "next" ? `${due.days}d` : due.kind === "month" ? due.month : due.kind;
}

/** The filters as query parameters, in a stable order; `extra` adds or overrides (page, format…). */
export function filterQuery(filters: ItemFilters, extra: Record<string, string | number | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
  };
  set("proposer", filters.proposer?.join(","));
  set("coSponsor", filters.coSponsor?.join(","));
  set("coSponsorMatch", filters.coSponsorMatch);
  set("kind", filters.kind?.join(","));
  set("status", filters.status?.join(","));
  set("year", filters.year?.join(","));
  set("forum", filters.forum?.join(","));
  set("fund", filters.fund?.join(","));
  set("due", filters.due ? dueParam(filters.due) : undefined);
  set("position", filters.position?.join(","));
  set("q", filters.q);
  set("sort", filters.sort ? sortParam(filters.sort) : undefined);
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined || value === "") params.delete(key);
    else params.set(key, String(value));
  }
  return params;
}

/** A path with the filters, or the bare path when nothing is set. */
export function filteredHref(path: string, filters: ItemFilters, extra: Record<string, string | number | undefined> = {}): string {
  // Commas are legal in a query and keep a shared link readable ("coSponsor=CL,JP").
  const query = filterQuery(filters, extra).toString().replace(/%2C/g, ",");
  return query ? `${path}?${query}` : path;
}

/** Whether any filter (not merely an order) narrows the rows. */
export function isFiltered(filters: ItemFilters): boolean {
  return Boolean(
    filters.proposer ||
    filters.coSponsor ||
    filters.kind ||
    filters.status ||
    filters.year ||
    filters.forum ||
    filters.fund ||
    filters.due ||
    filters.position ||
    filters.q,
  );
}

/** Filter keys whose several values a form sends as repeated fields; joined into one before parsing. */
export const LIST_FILTERS = ["proposer", "coSponsor", "kind", "status", "year", "forum", "fund", "position"] as const;
