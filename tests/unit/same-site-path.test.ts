import { describe, expect, it } from "vitest";
import { sameSitePath } from "@/lib/same-site-path";

describe("where sign-in and language switching send the browser back to", () => {
  it("keeps paths on this site, with their query", () => {
    expect(sameSitePath("/items?proposer=PE")).toBe("/items?proposer=PE");
    expect(sameSitePath("/items/3/history")).toBe("/items/3/history");
  });

  it.each([
    "//evil.example/x",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil",
    "",
    null,
    ["/items"],
  ])("refuses %j and sends to the overview", (value) => {
    expect(sameSitePath(value)).toBe("/");
  });
});
