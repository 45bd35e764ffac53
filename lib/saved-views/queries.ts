import "server-only";
import { filterQuery } from "../items/filter-query";
import { canonicalQuery } from "../items/form-query";
import { parseListRequest, rawQuery } from "../items/list-request";
import { itemTableSchema } from "../items/schema";
import { DEFAULT_PAGE_SIZE } from "../items/table-options";
import { viewRowsFor } from "./views-sql";

/** A work-plan query the table's own schema read and the database's codes confirmed, in canonical form. */
export type ViewQuery = string & { readonly checked: unique symbol };

export type CheckedQuery = { ok: true; query: ViewQuery } | { ok: false; problems: string[] };

/**
 * Reads the search part of a work-plan address as the table would (lib/items/list-request.ts), so
 * a view saved is one the table can show, and keeps it in the form the table's own links write.
 * The page is left out: a view is which rows and in what order, not where the officer had paged to.
 */
export async function checkViewQuery(search: string): Promise<CheckedQuery> {
  const given = search.trim().replace(/^(\/items)?\?/, "");
  const canonical = canonicalQuery(rawQuery(new URLSearchParams(given))) ?? given;
  const parsed = await parseListRequest(new URLSearchParams(canonical), itemTableSchema);
  if (!parsed.ok) return parsed;
  const { page: _page, size, group, ...filters } = parsed.data;
  const query = filterQuery(filters, { group, size: size === DEFAULT_PAGE_SIZE ? undefined : size })
    .toString()
    .replace(/%2C/g, ",");
  return { ok: true, query: query as ViewQuery };
}

export interface SavedViewEntry {
  id: number;
  name: string;
  query: string;
  shared: boolean;
  owner: { id: number; name: string };
  subscribed: boolean;
}

/**
 * The views an officer may open: their own, private or shared, and those colleagues share, each
 * with whether the officer subscribes to it. Names in the reader's alphabetical order.
 */
export async function viewsFor(userId: number, locale: string): Promise<{ mine: SavedViewEntry[]; shared: SavedViewEntry[] }> {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const views = (await viewRowsFor(userId))
    .map(({ ownerId, ownerName, ...view }) => ({ ...view, owner: { id: ownerId, name: ownerName } }))
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.owner.name, b.owner.name) || a.id - b.id);
  return { mine: views.filter((view) => view.owner.id === userId), shared: views.filter((view) => view.owner.id !== userId) };
}
