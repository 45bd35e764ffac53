import { describe, expect, it } from "vitest";
import { escapeHtml, markup, SafeHtml } from "@/lib/html/safe-html";

describe("markup written as a string", () => {
  it("escapes every value placed in text or an attribute", () => {
    const name = `Experts' "Group" <b>&</b>`;
    expect(markup`<label title="${name}">${name}</label>`.text).toBe(
      '<label title="Experts&#39; &quot;Group&quot; &lt;b&gt;&amp;&lt;/b&gt;">Experts&#39; &quot;Group&quot; &lt;b&gt;&amp;&lt;/b&gt;</label>',
    );
  });

  it("places markup made by the template as it is, however deep in lists", () => {
    const item = (text: string) => markup`<li>${text}</li>`;
    expect(markup`<ul>${[item("a<"), [item("b"), [item("c")]]]}</ul>`.text).toBe("<ul><li>a&lt;</li><li>b</li><li>c</li></ul>");
  });

  it("adds nothing for false, null and undefined, so a boolean attribute is a condition", () => {
    const box = (checked: boolean | undefined) => markup`<input type="checkbox"${checked && markup` checked`}>`.text;
    expect(box(true)).toBe('<input type="checkbox" checked>');
    expect(box(false)).toBe('<input type="checkbox">');
    expect(box(undefined)).toBe('<input type="checkbox">');
    expect(markup`${null}${0}`.text).toBe("0");
  });

  it("never trusts a string that only looks like markup", () => {
    expect(markup`${"<script>alert(1)</script>"}`.text).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markup`${new SafeHtml("<br>")}`.text).toBe("<br>");
    expect(escapeHtml("a & b")).toBe("a &amp; b");
  });
});
