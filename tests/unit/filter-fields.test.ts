// The work plan's filter form is written as a string (components/items/filter-bar.tsx): these pin
// that it is well formed, shows the view it was given, and escapes what comes from the database.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { filterFields, type FilterBarProps } from "@/components/items/filter-bar";
import en from "@/lib/i18n/messages/en.json";
import zhTW from "@/lib/i18n/messages/zh-TW.json";
import { itemTableSchema } from "@/lib/items/schema";

const OPTIONS: FilterBarProps["options"] = {
  economies: [
    { code: "PE", name: "Peru", shortName: null, nameZh: "秘魯" },
    { code: "US", name: "United States", shortName: null, nameZh: "美國" },
    { code: "XX", name: `Economy "<b>X</b>" & Co's`, shortName: null, nameZh: "某經濟體" },
  ],
  fora: [{ code: "IEG", name: "Investment Experts' Group", nameZh: null }],
  years: [2024, 2023],
};

function fields(
  query: Record<string, string | string[]>,
  path: FilterBarProps["path"] = "/items",
  locale: "en" | "zh-TW" = "en",
  extra: Partial<FilterBarProps> = {},
) {
  const parsed = itemTableSchema.parse(query);
  const { page: _page, size, group, ...filters } = parsed;
  const t = createTranslator({ locale, messages: locale === "en" ? en : zhTW });
  return filterFields({ path, filters, options: OPTIONS, group, size, ...extra }, t as never, locale).text;
}

const VOID = new Set(["input", "br", "hr", "img", "meta", "link"]);

/** Every element closed, in order: a missing or stray close tag would spill into the page around it. */
function unclosed(html: string): string[] {
  const open: string[] = [];
  for (const [, close, tag] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    if (VOID.has(tag!)) continue;
    if (!close) open.push(tag!);
    else if (open.pop() !== tag) return [`</${tag}> closes nothing open`];
  }
  return open;
}

function chosen(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<input type="(?:checkbox|radio)"(?: class="size-4")? name="${name}" value="([^"]*)"( checked)?>`, "g"))]
    .filter((match) => match[2])
    .map((match) => match[1]!);
}

function selected(html: string, name: string): string[] {
  const select = html.match(new RegExp(`<select name="${name}"[^>]*>(.*?)</select>`))?.[1] ?? "";
  return [...select.matchAll(/<option value="([^"]*)" selected>/g)].map((match) => match[1]!);
}

describe("the work plan's filter form", () => {
  it("is well formed, for the table and for the matrix", () => {
    expect(unclosed(fields({}))).toEqual([]);
    expect(unclosed(fields({ coSponsor: "US", due: "2024-03", sort: "title" }))).toEqual([]);
    expect(unclosed(fields({}, "/items/matrix", "en", { positions: true }))).toEqual([]);
  });

  it("shows the view's choices and nothing else", () => {
    const html = fields({ coSponsor: "US,PE", coSponsorMatch: "all", year: "2024", kind: "INITIATIVE", position: "none", forum: "IEG" });
    expect(chosen(html, "coSponsor")).toEqual(["PE", "US"]);
    expect(chosen(html, "proposer")).toEqual([]);
    expect(chosen(html, "coSponsorMatch")).toEqual(["all"]);
    expect(chosen(html, "year")).toEqual(["2024"]);
    expect(chosen(html, "kind")).toEqual(["INITIATIVE"]);
    expect(chosen(html, "position")).toEqual(["none"]);
    expect(chosen(html, "forum")).toEqual(["IEG"]);
    expect(html).toContain('<span class="text-slate-900">2 chosen</span>');
  });

  it("marks exactly one option of each select, the view's", () => {
    const plain = fields({});
    expect(selected(plain, "due")).toEqual([""]);
    expect(selected(plain, "dueMonth")).toEqual([""]);
    expect(selected(plain, "group")).toEqual([""]);
    expect(selected(plain, "size")).toEqual(["25"]);
    const chosenView = fields({ due: "2024-03", group: "kind", size: "50" });
    expect(selected(chosenView, "due")).toEqual(["month"]);
    expect(selected(chosenView, "dueMonth")).toEqual(["2024-03"]);
    expect(selected(chosenView, "group")).toEqual(["kind"]);
    expect(selected(chosenView, "size")).toEqual(["50"]);
    expect(selected(fields({ due: "30d" }), "due")).toEqual(["30d"]);
  });

  it("keeps the search and the sort, escaped", () => {
    const html = fields({ q: `"><script>x</script>`, sort: "title" });
    expect(html).toContain('name="q" value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(html).toContain('<input type="hidden" name="sort" value="title">');
    expect(html).not.toContain("<script>");
  });

  it("escapes names from the database", () => {
    const html = fields({});
    expect(html).toContain("Economy &quot;&lt;b&gt;X&lt;/b&gt;&quot; &amp; Co&#39;s</label>");
    expect(html).toContain("IEG · Investment Experts&#39; Group</label>");
    expect(html).not.toContain("<b>");
  });

  it("offers the matrix its positions switch instead of grouping and page size", () => {
    const matrix = fields({}, "/items/matrix", "en", { positions: true });
    expect(matrix).toContain('<input type="checkbox" name="positions" value="1" checked class="size-4">');
    expect(matrix).not.toContain('name="group"');
    expect(matrix).not.toContain('name="size"');
    expect(fields({})).not.toContain('name="positions"');
  });

  it("speaks the reader's language", () => {
    const html = fields({}, "/items", "zh-TW");
    expect(html).toContain("秘魯</label>");
    expect(html).toContain(`>${zhTW.common.apply}</button>`);
  });
});
