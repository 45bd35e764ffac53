// What the item page says beside a position: whether its deadline has passed, and how the
// position sits with what the work plan records about our economy's co-sponsorship. Nothing here
// changes a co-sponsorship: the officer sees a mismatch and decides.
import type { PositionStance } from "../db/generated/enums";

/** A deadline matters while the office is still deciding; once decided, it is history. */
export function deadlineState(position: { stance: PositionStance; deadline: string | null }, today: string): "overdue" | "today" | "ahead" | null {
  if (!position.deadline || position.stance !== "CONSIDERING") return null;
  return position.deadline < today ? "overdue" : position.deadline === today ? "today" : "ahead";
}

export type CoSponsorshipNote =
  { kind: "backs"; since: string | null } | { kind: "notYet" } | { kind: "backsDespite"; since: string | null } | { kind: "withdrew"; on: string };

/**
 * Our economy's co-sponsorship as the work plan records it, said where it matters to the position:
 * always when it co-sponsors (or withdrew), and "not yet" when the office will co-sponsor but the
 * plan does not show it. A declined or not-relevant position beside a current co-sponsorship is
 * the mismatch an officer most needs to see.
 */
export function coSponsorshipNote(
  stance: PositionStance | null,
  coSponsorship: { joinedOn: string | null; withdrawnOn: string | null } | null,
): CoSponsorshipNote | null {
  if (coSponsorship && !coSponsorship.withdrawnOn) {
    return stance === "DECLINED" || stance === "NOT_RELEVANT"
      ? { kind: "backsDespite", since: coSponsorship.joinedOn }
      : { kind: "backs", since: coSponsorship.joinedOn };
  }
  if (coSponsorship?.withdrawnOn) return { kind: "withdrew", on: coSponsorship.withdrawnOn };
  return stance === "WILL_COSPONSOR" ? { kind: "notYet" } : null;
}
