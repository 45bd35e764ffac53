import { describe, expect, it } from "vitest";
import { parseOriginal, threeWay } from "@/lib/actions/conflict";

const original = { status: "APPROVED", notes: "", overseer: "" };

describe("a stale edit, compared three ways", () => {
  it("takes the other person's change where only they changed a field, so keeping mine cannot undo it", () => {
    const yours = { status: "APPROVED", notes: "My note", overseer: "" };
    const saved = { status: "COMPLETED", notes: "", overseer: "" };
    expect(threeWay(original, yours, saved)).toEqual({ fields: [], merged: { status: "COMPLETED", notes: "My note", overseer: "" } });
  });

  it("asks only about fields both changed, differently", () => {
    const yours = { status: "APPROVED", notes: "", overseer: "Mine" };
    const saved = { status: "APPROVED", notes: "", overseer: "Theirs" };
    const { fields, merged } = threeWay(original, yours, saved);
    expect(fields).toEqual([{ name: "overseer", label: "overseer", yours: "Mine", saved: "Theirs" }]);
    expect(merged.overseer).toBe("Mine");
  });

  it("agrees when both made the same change", () => {
    const same = { status: "COMPLETED", notes: "", overseer: "" };
    expect(threeWay(original, same, same).fields).toEqual([]);
  });

  it("asks about every difference when it does not know where the form started", () => {
    const yours = { status: "APPROVED", notes: "My note", overseer: "" };
    const saved = { status: "COMPLETED", notes: "", overseer: "" };
    expect(threeWay(null, yours, saved).fields.map((f) => f.name)).toEqual(["status", "notes"]);
  });

  it("reads the posted original defensively", () => {
    expect(parseOriginal('{"status":"APPROVED","n":3}')).toEqual({ status: "APPROVED" });
    for (const bad of [undefined, "", "not json", "[1,2]", "null", "3"]) expect(parseOriginal(bad)).toBeNull();
  });
});
