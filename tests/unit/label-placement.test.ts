// Where a timeline label goes: beside its mark on the side with room, never over another mark or
// label, else in the mark's popover. Property-checked over random rows of marks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LABEL_GAP, labelWidth, placeLabels, type Mark } from "@/components/timeline/label-placement";
import "../support/fast-check-seed";

const TRACK = 72;

/** Each label's box in rem, for the marks whose label is beside them. */
function labelBoxes(marks: Mark[], sides: ReturnType<typeof placeLabels>) {
  return marks.flatMap((mark, index) => {
    if (sides[index] === "after") return [{ from: mark.to + LABEL_GAP, to: mark.to + LABEL_GAP + mark.label }];
    if (sides[index] === "before") return [{ from: mark.from - LABEL_GAP - mark.label, to: mark.from - LABEL_GAP }];
    return [];
  });
}

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;

describe("a timeline label", () => {
  it("goes after an early mark and before a late one, where the room is", () => {
    // "Second workshop" alone in one month was cut to "Second worksho" inside that month's cell.
    const workshop = labelWidth("Second workshop");
    expect(placeLabels([{ from: 12, to: 18, label: workshop }], TRACK)).toEqual(["after"]);
    expect(placeLabels([{ from: 66, to: 72, label: workshop }], TRACK)).toEqual(["before"]);
  });

  it("waits in the popover when neither side has room", () => {
    const wide = labelWidth("Final report to the SCCP plenary");
    expect(
      placeLabels(
        [
          { from: 1, to: 2, label: wide },
          { from: 3, to: 4, label: wide },
        ],
        8,
      ),
    ).toEqual(["popover", "popover"]);
    // Two marks a fortnight apart: the first label takes the room before, the second the room after.
    expect(
      placeLabels(
        [
          { from: 30, to: 31, label: 8 },
          { from: 33, to: 34, label: 8 },
        ],
        TRACK,
      ),
    ).toEqual(["before", "after"]);
  });

  it("measures Chinese wider than Latin letters of the same count", () => {
    expect(labelWidth("第 2 場研討會")).toBeGreaterThan(labelWidth("Second"));
    expect(labelWidth("研討會")).toBeCloseTo(3 * 0.75 + 1.25);
  });

  it("never lies over a mark, another label or past the row's ends", () => {
    const mark = fc
      .tuple(fc.double({ min: 0, max: TRACK - 0.5, noNaN: true }), fc.double({ min: 0.5, max: 8, noNaN: true }), fc.double({ min: 2, max: 20, noNaN: true }))
      .map(([from, width, label]): Mark => ({ from, to: Math.min(TRACK, from + width), label }));
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 8 }), (marks) => {
        const sides = placeLabels(marks, TRACK);
        const boxes = labelBoxes(marks, sides);
        for (const box of boxes) {
          expect(box.from).toBeGreaterThanOrEqual(0);
          expect(box.to).toBeLessThanOrEqual(TRACK);
          expect(marks.filter((other) => overlaps(box, other))).toEqual([]);
        }
        boxes.forEach((box, index) => expect(boxes.filter((other, at) => at !== index && overlaps(box, other))).toEqual([]));
      }),
    );
  });
});
