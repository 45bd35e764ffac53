// The work-plan table's columns, and which an officer sees. Pure: the page, the table component
// and the action that remembers each officer's choice all read the same list.
import { z } from "zod";
import { msg } from "../i18n/message";

export const TABLE_COLUMNS = ["title", "projectNumber", "year", "kind", "forum", "fund", "proposer", "coSponsors", "nextMilestone", "status"] as const;
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

export const columnVisibilitySchema = z.object({
  columns: z
    .string({ message: msg("v.columns") })
    .max(1000, { message: msg("v.columns") })
    .transform((text, ctx) => {
      try {
        const parsed: unknown = JSON.parse(text);
        const result = z.record(z.enum(TABLE_COLUMNS), z.boolean()).safeParse(parsed);
        if (result.success) return result.data;
      } catch {
        // Falls through to the message below.
      }
      ctx.addIssue({ code: "custom", message: msg("v.columns") });
      return z.NEVER;
    }),
});
