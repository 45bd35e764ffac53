import type { z } from "zod";
import { ConflictError } from "./errors";
import type { ConflictField } from "./result";

/**
 * Three-way comparison of a stale edit: what the user started from, what they sent, and what is
 * saved now. Only fields both sides changed, differently, are a conflict to decide; a field only
 * the other person changed takes their value (so keeping "mine" can never silently undo it), and a
 * field only the user changed keeps theirs. `merged` is the form as it should come back.
 */
export function threeWay(
  original: Record<string, string> | null,
  yours: Record<string, string>,
  saved: Record<string, string>,
): { fields: ConflictField[]; merged: Record<string, string> } {
  const fields: ConflictField[] = [];
  const merged: Record<string, string> = {};
  for (const name of Object.keys(yours)) {
    const mine = yours[name] ?? "";
    const theirs = saved[name] ?? "";
    const base = original?.[name];
    if (mine === theirs) merged[name] = mine;
    else if (base !== undefined && mine === base) merged[name] = theirs;
    else if (base !== undefined && theirs === base) merged[name] = mine;
    else {
      merged[name] = mine;
      fields.push({ name, label: name, yours: mine, saved: theirs });
    }
  }
  return { fields, merged };
}

/** The values the form started from, as it posted them; anything unreadable counts as unknown. */
export function parseOriginal(text: string | undefined): Record<string, string> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return null;
  }
}

/** The form values of a save made from an older version, and of the record as saved now. */
export interface StaleSave {
  savedVersion: number;
  /** The form as the officer opened it; null when unknown. */
  original: Record<string, string> | null;
  yours: Record<string, string>;
  saved: Record<string, string>;
}

/** A stale save as the conflict panel shows it: the fields to decide, and the form as it should come back. */
export function staleConflict({ savedVersion, original, yours, saved }: StaleSave): ConflictError {
  const { fields, merged } = threeWay(original, yours, saved);
  return new ConflictError(savedVersion, fields, merged, saved);
}

/**
 * A save made from an older version than the saved one. When the officer and a colleague changed
 * different fields, the officer's changes on top of the colleague's, read by the form's own schema;
 * otherwise (the same field changed differently, the start unknown, or the two together invalid,
 * such as an end before the new start) the conflict to decide is thrown and nothing is written.
 */
export function mergeStaleSave<T>(schema: z.ZodType<T>, stale: StaleSave): T {
  const { fields, merged } = threeWay(stale.original, stale.yours, stale.saved);
  const parsed = stale.original && !fields.length ? schema.safeParse(merged) : null;
  if (!parsed?.success) throw new ConflictError(stale.savedVersion, fields, merged, stale.saved);
  return parsed.data;
}
