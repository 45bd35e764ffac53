import type { StoredDue } from "../milestones/due";
import { followUpDueText } from "./due";

/** An action as its edit form holds it: what the three-way check of a stale save compares. */
export function followUpToFormValues(action: Omit<StoredDue, "anchor"> & { description: string; ownerId: number | null }): Record<string, string> {
  return { description: action.description, ownerId: action.ownerId === null ? "" : String(action.ownerId), due: followUpDueText({ ...action, anchor: null }) };
}
