// The overview's agenda lists as SQL: which milestones each window holds and in what order.
import "server-only";
import { firstOf } from "../db/first-of-sql";
import { Prisma } from "../db/generated/client";
import { dueCondition } from "../items/table-sql";

export type AgendaWindow = "overdue" | "upcoming" | "undated";

/**
 * How many milestones of live items a window holds on `today`, and the ids of the first `limit`.
 * The windows are the table's own (the overview links to the table for the rest).
 */
export function readAgendaWindow(window: AgendaWindow, today: string, horizonDays: number, limit: number) {
  const condition = {
    overdue: () => dueCondition({ kind: "overdue" }, today),
    upcoming: () => dueCondition({ kind: "next", days: horizonDays }, today),
    undated: () => dueCondition({ kind: "undated" }, today),
  }[window]();
  // As compareDeadlines orders them (dated, then anchored without days, then undated; deadline,
  // start, the officers' order); what has no date at all goes newest work-plan year first.
  const rank = Prisma.sql`CASE WHEN m."dueStart" IS NOT NULL THEN 0 WHEN m."precision" = 'UNDATED' THEN 2 ELSE 1 END`;
  const order =
    window === "undated"
      ? Prisma.sql`ORDER BY i."year" DESC, ${rank}, COALESCE(m."dueStart", ''), COALESCE(m."dueEnd", ''), m."position", m."id"`
      : Prisma.sql`ORDER BY ${rank}, COALESCE(m."dueEnd", ''), COALESCE(m."dueStart", ''), m."position", m."id"`;
  const from = Prisma.sql`FROM "Milestone" m JOIN "Item" i ON i."id" = m."itemId" WHERE i."archivedAt" IS NULL AND ${condition}`;
  return firstOf(Prisma.sql`m."id"`, from, order, limit);
}
