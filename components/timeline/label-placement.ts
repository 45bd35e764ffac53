/** Space kept between a label and the marks around it, in rem. */
export const LABEL_GAP = 0.375;
/** The label's text size (text-xs) and what it holds besides its text: the state icon and padding. */
const FONT_REM = 0.75;
const ICON_REM = 1.25;

export type LabelSide = "after" | "before" | "popover";

export interface Mark {
  /** The mark's left and right edges on the row, in rem from the row's start. */
  from: number;
  to: number;
  /** The width its label needs, in rem. */
  label: number;
}

/**
 * A label's width in rem, erring wide: Han and other full-width characters take a whole em, other
 * characters at most 0.6em in the app's sans-serif. Too narrow a guess overlapped the next mark;
 * too wide one only sends a label to the popover.
 */
export function labelWidth(text: string): number {
  let ems = 0;
  for (const char of text) ems += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 1 : 0.6;
  return ems * FONT_REM + ICON_REM;
}

/**
 * Where each mark's label goes on a row `track` rem wide, the marks given in any order. A label
 * squeezed into its mark's own column was cut mid-word ("Second worksho"), so it goes beside the
 * mark on the side with more room, never over another mark or label; where neither side has room
 * the whole label waits in the mark's popover instead.
 */
export function placeLabels(marks: Mark[], track: number): LabelSide[] {
  const order = marks.map((_, index) => index).sort((a, b) => marks[a]!.from - marks[b]!.from || marks[a]!.to - marks[b]!.to);
  const sides: LabelSide[] = marks.map(() => "popover");
  // Everything to the left of this (marks and labels placed so far) is taken.
  let taken = 0;
  order.forEach((index, position) => {
    const mark = marks[index]!;
    const nextIndex = order[position + 1];
    const next = nextIndex === undefined ? track : marks[nextIndex]!.from;
    const roomAfter = next - mark.to - 2 * LABEL_GAP;
    const roomBefore = mark.from - taken - 2 * LABEL_GAP;
    // A label is drawn against its mark, so an earlier mark or label reaching past this one's end leaves it no room after.
    const fitsAfter = mark.to >= taken && roomAfter >= mark.label;
    const fitsBefore = roomBefore >= mark.label;
    if (fitsAfter && (!fitsBefore || roomAfter >= roomBefore)) {
      sides[index] = "after";
      taken = Math.max(taken, mark.to + LABEL_GAP + mark.label);
      return;
    }
    if (fitsBefore) sides[index] = "before";
    taken = Math.max(taken, mark.to);
  });
  return sides;
}
