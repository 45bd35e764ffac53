// The work-plan table's columns, sorts, groups and page sizes, and which columns an officer sees.
// Free of zod and of the database, so the client table can import it without carrying either.

export const SORT_COLUMNS = ["title", "projectNumber", "year", "kind", "forum", "fund", "proposer", "coSponsors", "nextMilestone", "status"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortKey = { column: SortColumn; desc: boolean };
export const GROUP_COLUMNS = ["proposer", "kind", "status", "year"] as const;
export type GroupColumn = (typeof GROUP_COLUMNS)[number];
export const PAGE_SIZES = [25, 50, 100, 200] as const;
/** Rows a page shows unless the link says otherwise: a screenful, as in most trackers. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_SORT_KEYS = 4;

/** Every column can be sorted, so the columns are the sortable ones. */
export const TABLE_COLUMNS = SORT_COLUMNS;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** What a new officer sees: the report's own columns; the rest are a click away. */
export const DEFAULT_VISIBILITY: Record<TableColumn, boolean> = {
  title: true,
  projectNumber: false,
  year: true,
  kind: true,
  forum: false,
  fund: false,
  proposer: true,
  coSponsors: true,
  nextMilestone: true,
  status: true,
};

/** The title says which row is which, so it can never be hidden. */
export const ALWAYS_SHOWN: readonly TableColumn[] = ["title"];

/** A stored choice read leniently: unknown columns dropped, missing ones at their default. */
export function readVisibility(stored: string | null | undefined): Record<TableColumn, boolean> {
  const visibility = { ...DEFAULT_VISIBILITY };
  if (!stored) return visibility;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (parsed && typeof parsed === "object") {
      for (const column of TABLE_COLUMNS) {
        const value = (parsed as Record<string, unknown>)[column];
        if (typeof value === "boolean" && !ALWAYS_SHOWN.includes(column)) visibility[column] = value;
      }
    }
  } catch {
    // A choice saved by an older version that no longer parses falls back to the defaults.
  }
  return visibility;
}
