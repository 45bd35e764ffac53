/** Fewer free months than this beside a mark and its label goes inside the mark instead. */
const MIN_LABEL_MONTHS = 3;

export interface LabelPlacement {
  /** Beside the mark on the side with more room, or inside a mark that leaves too little on either. */
  side: "after" | "before" | "inside";
  /** The label's columns in the twelve-month grid, as a CSS grid-column value. */
  column: string;
}

/**
 * Where a milestone's label goes on a row of twelve months whose mark covers months `first` to
 * `last` (1-12). A label squeezed into the mark's own month was cut mid-word ("Second worksho"), so
 * it takes the free months beside the mark; a mark that leaves fewer than three months free on
 * both sides is itself at least eight months wide, room enough to hold its label.
 */
export function labelPlacement(first: number, last: number): LabelPlacement {
  const after = 12 - last;
  const before = first - 1;
  if (Math.max(after, before) < MIN_LABEL_MONTHS) return { side: "inside", column: `${first} / ${last + 1}` };
  return after >= before ? { side: "after", column: `${last + 1} / 13` } : { side: "before", column: `1 / ${first}` };
}
