// A follow-up action's due date is a milestone's, narrowed to the precisions the issue allows: a
// day, a month, or none. Whether it is late is the milestones' rule (dueState), applied to an
// open action as to a planned milestone, so an overdue action counts exactly like an overdue one.
import { addDays } from "../dates";
import type { FollowUpStatus } from "../db/generated/enums";
import { dueState, parseDue, toStoredDue, type Due, type DueState, type StoredDue } from "../milestones/due";
import { dueToText } from "../milestones/form-values";

/**
 * Reads "2024-10-15", "2024-10" or nothing. A quarter or a year reads as a milestone's but is
 * refused here ("precision"), so the officer is told why rather than that it is unreadable.
 */
export function parseFollowUpDue(text: string): { ok: true; due: StoredDue } | { ok: false; problem: "unreadable" | "precision" } {
  let due: Due;
  try {
    due = parseDue(text);
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  if (due.precision !== "DAY" && due.precision !== "MONTH" && due.precision !== "UNDATED") return { ok: false, problem: "precision" };
  try {
    return { ok: true, due: toStoredDue(due) };
  } catch {
    return { ok: false, problem: "unreadable" };
  }
}

/** The short form the due field shows: the inverse of parseFollowUpDue. */
export function followUpDueText(due: StoredDue): string {
  return dueToText(due);
}

const AS_MILESTONE = { OPEN: "PLANNED", DONE: "DONE", DROPPED: "CANCELLED" } as const;

/** Where an action stands on `today`, by the milestones' own rule. */
export function followUpDueState(action: { status: FollowUpStatus; dueEnd: string | null }, today: string, soonDays = 30): DueState {
  return dueState({ status: AS_MILESTONE[action.status], dueEnd: action.dueEnd }, today, soonDays);
}

/** The same rule as a query: open, and the whole period it may fall in has passed. */
export function overdueFollowUpWhere(today: string) {
  return { status: "OPEN" as const, dueEnd: { lt: today } };
}

/** Open and falling due from today to `days` days on: the "30d" window, as for milestones. */
export function dueSoonFollowUpWhere(today: string, days = 30) {
  return { status: "OPEN" as const, dueEnd: { gte: today, lte: addDays(today, days) } };
}
