// A refused form echoes what was typed, so the officer's work is not lost: every field, a repeated
// field's values all together (ticked boxes), never a secret or React's own action fields.
import { describe, expect, it } from "vitest";
import { formValues, LIST_SEPARATOR } from "@/lib/actions/form-values";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("formValues", () => {
  it("keeps every ticked box of a repeated field, in order", () => {
    const values = formValues(
      form([
        ["workItemIds[]", "3"],
        ["headingEn", "Trade facilitation"],
        ["workItemIds[]", "11"],
        ["workItemIds[]", "7"],
      ]),
    );
    expect(values["workItemIds[]"]!.split(LIST_SEPARATOR)).toEqual(["3", "11", "7"]);
    expect(values.headingEn).toBe("Trade facilitation");
  });

  it("keeps the last value of a field that is not a list, as a browser's single field sends one", () => {
    expect(
      formValues(
        form([
          ["status", "PLANNED"],
          ["status", "COMPLETED"],
        ]),
      ).status,
    ).toBe("COMPLETED");
  });

  it("leaves out secrets and React's action fields", () => {
    const values = formValues(
      form([
        ["password", "hunter2hunter2"],
        ["$ACTION_ID_abc", ""],
        ["name", "Mei"],
      ]),
      ["password"],
    );
    expect(values).toEqual({ name: "Mei" });
  });
});
