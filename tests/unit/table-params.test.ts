// The work-plan table's URL: what a link may say (and what it is told when it says something
// wrong), how a submitted filter form becomes the canonical link, how filters are written back
// into links without changing their meaning, and how they are said in words in both languages.
import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zhTW from "@/lib/i18n/messages/zh-TW.json";
import { describeFilters, type FilterNames } from "@/lib/items/describe-filters";
import { filteredHref, filterQuery, isFiltered, LIST_FILTERS, sortParam } from "@/lib/items/filter-query";
import { canonicalQuery } from "@/lib/items/form-query";
import { FILTER_KEYS, itemFiltersSchema, itemTableSchema, MAX_SORT_KEYS, SORT_COLUMNS, type ItemFilters } from "@/lib/items/schema";
import { rendered } from "../support/messages";

type Raw = Record<string, string | string[] | undefined>;

const ECONOMIES = ["AU", "BN", "CA", "CL", "CN", "HK", "ID", "JP", "KR", "MY", "MX", "NZ", "PG", "PE", "PH", "RU", "SG", "CT", "TH", "US", "VN"];
const KINDS = ["INITIATIVE", "APEC_FUNDED", "SELF_FUNDED"] as const;
const STATUSES = ["PROPOSED", "APPROVED", "IN_IMPLEMENTATION", "COMPLETED", "CANCELLED"] as const;
const FUNDS = ["GENERAL_PROJECT_ACCOUNT", "TILF_SPECIAL_ACCOUNT", "APEC_SUPPORT_FUND", "SELF_FUNDED"] as const;

/** Every problem of a refused query, rendered as the officer reads it, keyed by parameter. */
function refusal(schema: typeof itemFiltersSchema | typeof itemTableSchema, raw: Raw, locale: "en" | "zh-TW" = "en") {
  const result = schema.safeParse(raw);
  expect(result.success, `expected ${JSON.stringify(raw)} to be refused`).toBe(false);
  return result.error!.issues.map((issue) => `${issue.path.join(".")}: ${rendered(issue.message, locale)}`);
}

/** What Next.js hands a page for a query string: one string per key, or an array when repeated. */
function searchParamsOf(query: string): Raw {
  const raw: Raw = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const previous = raw[key];
    raw[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return raw;
}

const parseFilters = (raw: Raw) => itemFiltersSchema.parse(raw);
const throughLink = (filters: ItemFilters) => parseFilters(searchParamsOf(filterQuery(filters).toString()));

describe("itemFiltersSchema: what a link may filter by", () => {
  it("reads an empty query as no filters", () => {
    expect(parseFilters({})).toEqual({});
  });

  it("reads economy codes in any case, trimmed, de-duplicated and in the order given", () => {
    expect(parseFilters({ proposer: "pe" })).toEqual({ proposer: ["PE"] });
    expect(parseFilters({ proposer: " us , pe,US,, cl " })).toEqual({ proposer: ["US", "PE", "CL"] });
    expect(parseFilters({ coSponsor: "jp,Au" })).toEqual({ coSponsor: ["JP", "AU"] });
    expect(parseFilters({ proposer: ECONOMIES.join(",") }).proposer).toEqual(ECONOMIES);
  });

  it.each(["proposer", "coSponsor"])("refuses a %s that is not two letters, or is empty", (key) => {
    for (const value of ["PER", "P3", "", " , ", "<script>", "PE,xyz"]) {
      expect(refusal(itemFiltersSchema, { [key]: value })).toEqual([`${key}: An economy code is two letters, such as PE for Peru.`]);
    }
  });

  it.each(["proposer", "coSponsor"])("refuses more than 21 economies in %s", (key) => {
    const codes = [...ECONOMIES, "ZZ"];
    expect(refusal(itemFiltersSchema, { [key]: codes.join(",") })).toEqual([`${key}: The filter "${key}" takes at most 21 values.`]);
    // Repeats are folded before counting.
    expect(parseFilters({ [key]: [...ECONOMIES, "us", "PE"].join(",") })[key as "proposer"]).toHaveLength(21);
  });

  it("reads coSponsorMatch as any or all, and nothing else", () => {
    expect(parseFilters({ coSponsor: "PE,CL", coSponsorMatch: "all" })).toEqual({ coSponsor: ["PE", "CL"], coSponsorMatch: "all" });
    expect(parseFilters({ coSponsor: "PE,CL", coSponsorMatch: "any" })).toEqual({ coSponsor: ["PE", "CL"], coSponsorMatch: "any" });
    for (const value of ["ALL", "both", "", "1"]) {
      expect(refusal(itemFiltersSchema, { coSponsorMatch: value })).toEqual(["coSponsorMatch: coSponsorMatch is either any or all."]);
    }
  });

  it("reads kinds, statuses and fund sources in any case, with hyphens for underscores", () => {
    expect(parseFilters({ kind: "initiative,apec-funded,Self_Funded" })).toEqual({ kind: ["INITIATIVE", "APEC_FUNDED", "SELF_FUNDED"] });
    expect(parseFilters({ status: "in-implementation, approved,APPROVED" })).toEqual({ status: ["IN_IMPLEMENTATION", "APPROVED"] });
    expect(parseFilters({ fund: "tilf-special-account,apec_support_fund" })).toEqual({ fund: ["TILF_SPECIAL_ACCOUNT", "APEC_SUPPORT_FUND"] });
    expect(parseFilters({ kind: KINDS.join(","), status: STATUSES.join(","), fund: FUNDS.join(",") })).toEqual({
      kind: [...KINDS],
      status: [...STATUSES],
      fund: [...FUNDS],
    });
  });

  it.each([
    ["kind", "PROJECT"],
    ["kind", ""],
    ["status", "DONE"],
    ["status", "APPROVED,LATE"],
    ["fund", "ASF"],
  ])("refuses %s=%s naming the filter and the value", (key, value) => {
    const wrong = value.split(",").at(-1);
    expect(refusal(itemFiltersSchema, { [key]: value })).toEqual([`${key}: "${wrong}" is not a value of the filter "${key}".`]);
  });

  it("quotes a wrong kind, status or fund exactly as the link wrote it", () => {
    // The value is upper-cased and hyphens replaced before it is checked; the message should still
    // show the officer what their link says, not the folded form.
    expect(refusal(itemFiltersSchema, { status: "done" })).toEqual(['status: "done" is not a value of the filter "status".']);
    expect(refusal(itemFiltersSchema, { kind: "apec-project" })).toEqual(['kind: "apec-project" is not a value of the filter "kind".']);
  });

  it("reads years between 1989 and 2100, and at most 50 of them", () => {
    expect(parseFilters({ year: "2024, 2023,2024" })).toEqual({ year: [2024, 2023] });
    expect(parseFilters({ year: "1989,2100" })).toEqual({ year: [1989, 2100] });
    for (const value of ["1988", "2101", "24", "02024", "2024.0", "", "twenty", "2024,abc"]) {
      expect(refusal(itemFiltersSchema, { year: value }), value).toEqual(["year: A year is four digits between 1989 and 2100, e.g. 2024."]);
    }
    const years = Array.from({ length: 51 }, (_, index) => 2000 + index);
    expect(refusal(itemFiltersSchema, { year: years.join(",") })).toEqual(['year: The filter "year" takes at most 50 values.']);
    expect(parseFilters({ year: years.slice(0, 50).join(",") }).year).toHaveLength(50);
  });

  it("reads forum codes in any case, at most 30", () => {
    expect(parseFilters({ forum: "cti, sccp,CTI" })).toEqual({ forum: ["CTI", "SCCP"] });
    expect(parseFilters({ forum: "APEC-SEC" })).toEqual({ forum: ["APEC-SEC"] });
    for (const value of ["S", "SCCP!", "ABCDEFGHIJKLM", "", "S C"]) {
      expect(refusal(itemFiltersSchema, { forum: value }), value).toEqual(["forum: A forum code is 2 to 12 letters or digits, e.g. SCCP."]);
    }
    const codes = Array.from({ length: 31 }, (_, index) => `F${index}`);
    expect(refusal(itemFiltersSchema, { forum: codes.join(",") })).toEqual(['forum: The filter "forum" takes at most 30 values.']);
  });

  it("reads a milestone window: overdue, 30d, 90d, a month or undated", () => {
    expect(parseFilters({ due: "overdue" })).toEqual({ due: { kind: "overdue" } });
    expect(parseFilters({ due: "undated" })).toEqual({ due: { kind: "undated" } });
    expect(parseFilters({ due: "30d" })).toEqual({ due: { kind: "next", days: 30 } });
    expect(parseFilters({ due: "90d" })).toEqual({ due: { kind: "next", days: 90 } });
    expect(parseFilters({ due: " 2024-04 " })).toEqual({ due: { kind: "month", month: "2024-04" } });
    expect(parseFilters({ due: "2100-12" })).toEqual({ due: { kind: "month", month: "2100-12" } });
    // An empty window is "any time", as the form's first option sends it.
    expect(parseFilters({ due: "" }).due).toBeUndefined();
    for (const value of ["60d", "OVERDUE", "Undated", "no-date", "2024-13", "2024-00", "2024-4", "1988-12", "2101-01", "2024-04-01", "month"]) {
      expect(refusal(itemFiltersSchema, { due: value }), value).toEqual([
        `due: "${value}" is not a milestone window: use overdue, 30d, 90d, undated or a month such as 2024-04.`,
      ]);
    }
  });

  it("reads search text trimmed, up to 100 characters", () => {
    expect(parseFilters({ q: "  Green Customs " })).toEqual({ q: "Green Customs" });
    expect(parseFilters({ q: "   " }).q).toBeUndefined();
    expect(parseFilters({ q: "x".repeat(100) }).q).toHaveLength(100);
    expect(parseFilters({ q: "海".repeat(100) }).q).toHaveLength(100);
    expect(parseFilters({ q: "50%_off, a,b" })).toEqual({ q: "50%_off, a,b" });
    expect(refusal(itemFiltersSchema, { q: "x".repeat(101) })).toEqual(["q: Search for at most 100 characters."]);
  });

  it("reads a sort order of up to four columns, '-' meaning descending", () => {
    expect(parseFilters({ sort: "title,-year" })).toEqual({
      sort: [
        { column: "title", desc: false },
        { column: "year", desc: true },
      ],
    });
    expect(parseFilters({ sort: " -coSponsors , nextMilestone ," })).toEqual({
      sort: [
        { column: "coSponsors", desc: true },
        { column: "nextMilestone", desc: false },
      ],
    });
    expect(parseFilters({ sort: "" }).sort).toBeUndefined();
    for (const column of SORT_COLUMNS) {
      expect(parseFilters({ sort: `-${column}` }).sort).toEqual([{ column, desc: true }]);
    }
    expect(parseFilters({ sort: SORT_COLUMNS.slice(0, MAX_SORT_KEYS).join(",") }).sort).toHaveLength(4);
  });

  it("refuses unknown sort columns, a column twice, and more than four columns", () => {
    expect(refusal(itemFiltersSchema, { sort: "name" })).toEqual(['sort: The table cannot be sorted by "name".']);
    expect(refusal(itemFiltersSchema, { sort: "--title" })).toEqual(['sort: The table cannot be sorted by "-title".']);
    expect(refusal(itemFiltersSchema, { sort: "Title" })).toEqual(['sort: The table cannot be sorted by "Title".']);
    expect(refusal(itemFiltersSchema, { sort: "title,-title" })).toEqual(['sort: "title" appears twice in the sort order.']);
    expect(refusal(itemFiltersSchema, { sort: "year,kind,year" })).toEqual(['sort: "year" appears twice in the sort order.']);
    expect(refusal(itemFiltersSchema, { sort: SORT_COLUMNS.slice(0, 5).join(",") })).toEqual(["sort: Sort by at most 4 columns."]);
  });

  it("refuses unknown parameters, table-only parameters and repeated parameters, all at once", () => {
    expect(refusal(itemFiltersSchema, { proposr: "PE" })).toEqual(['proposr: "proposr" is not a filter of this table.']);
    expect(refusal(itemFiltersSchema, { page: "2" })).toEqual(['page: "page" is not a filter of this table.']);
    expect(refusal(itemFiltersSchema, { kind: ["INITIATIVE", "APEC_FUNDED"] })).toEqual(['kind: Give "kind" once, not 2 times.']);
    expect(refusal(itemFiltersSchema, { foo: "1", q: ["a", "b", "c"] })).toEqual([
      'foo: "foo" is not a filter of this table.',
      'q: Give "q" once, not 3 times.',
    ]);
    for (const key of FILTER_KEYS) {
      expect(refusal(itemFiltersSchema, { [key]: ["x", "y"] })).toEqual([`${key}: Give "${key}" once, not 2 times.`]);
    }
  });

  it("says what is wrong in Traditional Chinese too", () => {
    expect(refusal(itemFiltersSchema, { kind: ["INITIATIVE", "APEC_FUNDED"] }, "zh-TW")).toEqual(["kind: 「kind」只能指定一次，不能指定 2 次。"]);
    expect(refusal(itemFiltersSchema, { sort: "title,title" }, "zh-TW")).toEqual(["sort: 排序中「title」出現兩次。"]);
    expect(refusal(itemFiltersSchema, { due: "60d" }, "zh-TW")).toEqual([
      "due: 「60d」不是里程碑期間：請使用 overdue、30d、90d、undated 或月份（例如 2024-04）。",
    ]);
    expect(refusal(itemFiltersSchema, { year: "1900" }, "zh-TW")).toEqual(["year: 年度為 1989 至 2100 之間的四位數字，例如 2024。"]);
  });
});

describe("itemTableSchema: the table's own page, size and grouping", () => {
  it("defaults to the first page of 25 rows, ungrouped", () => {
    expect(itemTableSchema.parse({})).toEqual({ page: 1, size: 25 });
  });

  it("reads pages from 1 to 999999", () => {
    expect(itemTableSchema.parse({ page: "3" }).page).toBe(3);
    expect(itemTableSchema.parse({ page: "999999" }).page).toBe(999_999);
    for (const value of ["0", "-1", "01", "1.5", "abc", "", "1000000", "1e3", " 2"]) {
      expect(refusal(itemTableSchema, { page: value }), value).toEqual(["page: The page is a whole number from 1."]);
    }
  });

  it("reads the four page sizes only", () => {
    for (const size of [25, 50, 100, 200]) expect(itemTableSchema.parse({ size: String(size) }).size).toBe(size);
    for (const value of ["10", "0", "", "500", "abc", "-50"]) {
      expect(refusal(itemTableSchema, { size: value }), value).toEqual(["size: Show 25, 50, 100, 200 rows per page."]);
    }
  });

  it("refuses a size written other than as one of the four numbers", () => {
    // The page number is held to /^[1-9]\d*$/; the size is merely passed through Number(), so
    // hexadecimal, exponent and padded spellings of 50 are taken as 50.
    for (const value of ["0x32", "5e1", "50.0", " 25"]) {
      expect(itemTableSchema.safeParse({ size: value }).success, value).toBe(false);
    }
  });

  it("groups by proposer, kind, status or year only", () => {
    for (const group of ["proposer", "kind", "status", "year"] as const) expect(itemTableSchema.parse({ group }).group).toBe(group);
    for (const value of ["forum", "Year", ""]) {
      expect(refusal(itemTableSchema, { group: value }), value).toEqual(["group: Group by proposer, kind, status or year."]);
    }
  });

  it("takes every filter too, and refuses unknown and repeated parameters", () => {
    expect(itemTableSchema.parse({ proposer: "pe", sort: "-year", page: "2", size: "25", group: "kind" })).toEqual({
      proposer: ["PE"],
      sort: [{ column: "year", desc: true }],
      page: 2,
      size: 25,
      group: "kind",
    });
    expect(refusal(itemTableSchema, { format: "csv" })).toEqual(['format: "format" is not a filter of this table.']);
    expect(refusal(itemTableSchema, { page: ["1", "2"] })).toEqual(['page: Give "page" once, not 2 times.']);
    expect(refusal(itemTableSchema, { size: "10", group: "forum", page: "0" })).toEqual([
      "page: The page is a whole number from 1.",
      "size: Show 25, 50, 100, 200 rows per page.",
      "group: Group by proposer, kind, status or year.",
    ]);
    expect(refusal(itemTableSchema, { size: "10" }, "zh-TW")).toEqual(["size: 每頁可顯示 25, 50, 100, 200 列。"]);
  });
});

describe("canonicalQuery: a submitted filter form as the link an officer copies", () => {
  const canonical = (raw: Raw) => {
    const query = canonicalQuery(raw);
    return query === null ? null : Object.fromEntries(new URLSearchParams(query));
  };

  it("leaves a canonical query alone", () => {
    expect(canonicalQuery({})).toBeNull();
    expect(
      canonicalQuery({
        proposer: "PE,CL",
        coSponsor: "US,JP",
        coSponsorMatch: "all",
        due: "overdue",
        q: "green",
        sort: "-year",
        size: "50",
        page: "2",
        group: "kind",
      }),
    ).toBeNull();
  });

  it("drops empty fields", () => {
    expect(canonicalQuery({ proposer: "", kind: "", q: "" })).toBe("");
    expect(canonical({ proposer: "", kind: "INITIATIVE", q: "" })).toEqual({ kind: "INITIATIVE" });
    expect(canonical({ status: ["", "APPROVED", ""] })).toEqual({ status: "APPROVED" });
  });

  it("joins the ticked boxes of each list filter with commas", () => {
    expect(canonical({ proposer: ["PE", "CL"], kind: ["INITIATIVE", "SELF_FUNDED"], year: ["2024", "2023"] })).toEqual({
      proposer: "PE,CL",
      kind: "INITIATIVE,SELF_FUNDED",
      year: "2024,2023",
    });
    for (const key of LIST_FILTERS) expect(canonical({ [key]: ["a", "b", "c"] })).toEqual({ [key]: "a,b,c" });
  });

  it("leaves a repeated field that is not a list for the validator to refuse", () => {
    expect(canonicalQuery({ q: ["a", "b"] })).toBeNull();
    expect(canonicalQuery({ q: ["a", "b"], kind: "" })).toBe("q=a&q=b");
    expect(refusal(itemFiltersSchema, searchParamsOf("q=a&q=b"))).toEqual(['q: Give "q" once, not 2 times.']);
  });

  it("moves the chosen month of a milestone window into due", () => {
    expect(canonical({ due: "month", dueMonth: "2024-04" })).toEqual({ due: "2024-04" });
    expect(canonical({ due: "", dueMonth: "2024-04" })).toEqual({ due: "2024-04" });
    expect(canonical({ dueMonth: "2024-04" })).toEqual({ due: "2024-04" });
    // Another window wins over a month left in the hidden field.
    expect(canonical({ due: "overdue", dueMonth: "2024-04" })).toEqual({ due: "overdue" });
    expect(canonical({ due: "30d", dueMonth: ["", "2024-06"] })).toEqual({ due: "30d" });
    expect(canonical({ due: "", dueMonth: "" })).toEqual({});
    // "month" with no month chosen stays, and the validator says why it cannot be read.
    expect(canonical({ due: "month", dueMonth: "" })).toEqual({ due: "month" });
    expect(refusal(itemFiltersSchema, { due: "month" })).toHaveLength(1);
  });

  it("leaves defaults out of the link", () => {
    expect(canonical({ coSponsor: ["PE", "CL"], coSponsorMatch: "any", size: "25", page: "1" })).toEqual({ coSponsor: "PE,CL" });
    expect(canonical({ size: "50", page: "2" })).toBeNull();
    expect(canonical({ size: "50", page: "1" })).toEqual({ size: "50" });
  });

  it("keeps coSponsorMatch only when at least two co-sponsors are chosen", () => {
    expect(canonical({ coSponsor: "PE", coSponsorMatch: "all" })).toEqual({ coSponsor: "PE" });
    expect(canonical({ coSponsorMatch: "all" })).toEqual({});
    expect(canonical({ coSponsor: ["PE", ""], coSponsorMatch: "all" })).toEqual({ coSponsor: "PE" });
    expect(canonical({ coSponsor: ["PE", "CL"], coSponsorMatch: "all" })).toEqual({ coSponsor: "PE,CL", coSponsorMatch: "all" });
    expect(canonicalQuery({ coSponsor: "PE,CL", coSponsorMatch: "all" })).toBeNull();
  });

  it("folds a whole submitted form into the link whose filters mean what the form said", () => {
    const form: Raw = {
      proposer: ["PE", "CL"],
      coSponsor: ["US", "AU"],
      coSponsorMatch: "all",
      kind: "",
      status: ["APPROVED"],
      year: ["2024"],
      forum: "",
      fund: "",
      due: "month",
      dueMonth: "2024-06",
      q: "Green",
      sort: "-year",
      size: "50",
      page: "1",
      group: "",
    };
    const query = canonicalQuery(form)!;
    expect(query).not.toBeNull();
    expect(itemTableSchema.parse(searchParamsOf(query))).toEqual({
      proposer: ["PE", "CL"],
      coSponsor: ["US", "AU"],
      coSponsorMatch: "all",
      status: ["APPROVED"],
      year: [2024],
      due: { kind: "month", month: "2024-06" },
      q: "Green",
      sort: [{ column: "year", desc: true }],
      page: 1,
      size: 50,
    });
  });

  const formValue = fc.oneof(
    fc.constantFrom("", "PE", "CL,US", "50", "1", "25", "any", "all", "month", "overdue", "2024-04", "x y", "a&b=c"),
    fc.string({ maxLength: 6 }),
  );
  const formField = fc.oneof(formValue, fc.array(formValue, { minLength: 1, maxLength: 4 }));
  const formKey = fc.constantFrom(...FILTER_KEYS, "page", "size", "group", "dueMonth", "other");

  it("is idempotent: the link it gives is canonical (no redirect loop)", () => {
    fc.assert(
      fc.property(fc.dictionary(formKey, formField, { maxKeys: 8 }), (form) => {
        const first = canonicalQuery(form);
        const again = canonicalQuery(searchParamsOf(first ?? new URLSearchParams(form as Record<string, string>).toString()));
        expect(first === null ? null : again).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe("filterQuery and friends: filters written back into links", () => {
  it("writes the sort order as a comma list with '-' for descending", () => {
    expect(sortParam([])).toBe("");
    expect(
      sortParam([
        { column: "title", desc: false },
        { column: "year", desc: true },
      ]),
    ).toBe("title,-year");
  });

  it("writes every filter in a stable order and lets extras add, override or remove", () => {
    const filters = parseFilters({
      sort: "-nextMilestone",
      q: "50% & more",
      due: "90d",
      fund: "self-funded",
      forum: "sccp",
      year: "2024",
      status: "approved",
      kind: "initiative",
      coSponsorMatch: "all",
      coSponsor: "us,jp",
      proposer: "pe",
    });
    expect([...filterQuery(filters).keys()]).toEqual([
      "proposer",
      "coSponsor",
      "coSponsorMatch",
      "kind",
      "status",
      "year",
      "forum",
      "fund",
      "due",
      "q",
      "sort",
    ]);
    expect(filterQuery(filters).get("q")).toBe("50% & more");
    expect(filteredHref("/items", {})).toBe("/items");
    expect(filteredHref("/items", { proposer: ["PE"] }, { page: 2, size: 25 })).toBe("/items?proposer=PE&page=2&size=25");
    expect(filteredHref("/items", { proposer: ["PE"], q: "x" }, { q: undefined, page: "" })).toBe("/items?proposer=PE");
    expect(filteredHref("/items", { due: { kind: "month", month: "2024-04" } })).toBe("/items?due=2024-04");
    expect(filteredHref("/items", { due: { kind: "next", days: 30 } })).toBe("/items?due=30d");
    // Commas stay readable in a shared link; a comma inside search text still reads back as one.
    expect(filteredHref("/items", { coSponsor: ["PE", "CL"], coSponsorMatch: "all" })).toBe("/items?coSponsor=PE,CL&coSponsorMatch=all");
    const href = filteredHref("/items", { q: "a,b %2C&c", proposer: ["PE", "CL"] });
    expect(parseFilters(searchParamsOf(href.slice(href.indexOf("?") + 1)))).toEqual({ q: "a,b %2C&c", proposer: ["PE", "CL"] });
  });

  it("tells a narrowing filter from a mere order", () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ sort: [{ column: "title", desc: false }] })).toBe(false);
    expect(isFiltered({ coSponsorMatch: "all" })).toBe(false);
    for (const raw of [
      { proposer: "PE" },
      { coSponsor: "PE" },
      { kind: "initiative" },
      { status: "approved" },
      { year: "2024" },
      { forum: "SCCP" },
      { fund: "self-funded" },
      { due: "overdue" },
      { q: "x" },
    ]) {
      expect(isFiltered(parseFilters(raw)), JSON.stringify(raw)).toBe(true);
    }
  });

  // Arbitrary but valid links, written the many ways a person or another site might write them.
  const mixedCase = (value: string) => fc.constantFrom(value, value.toLowerCase(), value.replace(/_/g, "-").toLowerCase(), ` ${value} `);
  const commaJoined = (item: fc.Arbitrary<string>, maxLength: number) => fc.array(item, { minLength: 1, maxLength }).map((values) => values.join(","));
  const searchText = fc
    .oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.constantFrom("100%", "a_b", "\\", "電子提單", "Viet Nam", "a,b", "x&y=z", "+ #?"),
    )
    .filter((text) => text.trim().length <= 100);
  const sortOrder = fc
    .uniqueArray(fc.constantFrom(...SORT_COLUMNS), { minLength: 1, maxLength: MAX_SORT_KEYS })
    .chain((columns) => fc.tuple(...columns.map((column) => fc.boolean().map((desc) => `${desc ? "-" : ""}${column}`))))
    .map((parts) => parts.join(","));
  const economy = fc.constantFrom(...ECONOMIES).chain(mixedCase);
  const validLink = fc
    .record(
      {
        proposer: commaJoined(economy, 5),
        coSponsor: commaJoined(economy, 5),
        kind: commaJoined(fc.constantFrom(...KINDS).chain(mixedCase), 3),
        status: commaJoined(fc.constantFrom(...STATUSES).chain(mixedCase), 5),
        year: commaJoined(fc.integer({ min: 1989, max: 2100 }).map(String), 6),
        forum: commaJoined(fc.stringMatching(/^[A-Za-z0-9-]{2,12}$/), 4),
        fund: commaJoined(fc.constantFrom(...FUNDS).chain(mixedCase), 4),
        due: fc.oneof(
          fc.constantFrom("overdue", "30d", "90d", "undated"),
          fc.tuple(fc.integer({ min: 1989, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
        ),
        q: searchText,
        sort: sortOrder,
      },
      { requiredKeys: [] },
    )
    .chain((raw) => {
      const coSponsors = new Set(
        (raw.coSponsor ?? "")
          .split(",")
          .map((code) => code.trim().toUpperCase())
          .filter(Boolean),
      );
      // coSponsorMatch only means something with two co-sponsors or more (see the test below).
      return coSponsors.size > 1
        ? fc.record({ coSponsorMatch: fc.constantFrom("any", "all") }, { requiredKeys: [] }).map((extra) => ({ ...raw, ...extra }))
        : fc.constant(raw);
    });

  it("round-trips: parse(filterQuery(parse(x))) equals parse(x) for any valid link x", () => {
    fc.assert(
      fc.property(validLink, (raw) => {
        const parsed = itemFiltersSchema.safeParse(raw);
        expect(parsed.success, JSON.stringify(raw)).toBe(true);
        expect(throughLink(parsed.data!)).toEqual(parsed.data);
        const href = filteredHref("/items", parsed.data!);
        expect(parseFilters(searchParamsOf(href.includes("?") ? href.slice(href.indexOf("?") + 1) : ""))).toEqual(parsed.data);
        // Writing it again changes nothing: the link is a fixed point.
        expect(filterQuery(throughLink(parsed.data!)).toString()).toBe(filterQuery(parsed.data!).toString());
      }),
      { numRuns: 1000 },
    );
  });

  it("writes links the page does not redirect: a canonical form stays canonical once written back", () => {
    fc.assert(
      fc.property(validLink, (raw) => {
        const folded = canonicalQuery(raw as Raw);
        const filters = parseFilters(searchParamsOf(folded ?? new URLSearchParams(raw as Record<string, string>).toString()));
        expect(canonicalQuery(searchParamsOf(filterQuery(filters).toString()))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips coSponsorMatch even with fewer than two co-sponsors", () => {
    // filterQuery drops coSponsorMatch unless two co-sponsors are chosen, but the schema keeps it,
    // so parse(filterQuery(parse(x))) differs from parse(x) for these links.
    for (const raw of [{ coSponsorMatch: "all" }, { coSponsor: "PE", coSponsorMatch: "all" }, { proposer: "PE", coSponsorMatch: "any" }]) {
      const parsed = parseFilters(raw);
      expect(throughLink(parsed), JSON.stringify(raw)).toEqual(parsed);
    }
  });
});

describe("describeFilters: a view's filters in words", () => {
  const translators = {
    en: createTranslator({ locale: "en", messages: en }),
    "zh-TW": createTranslator({ locale: "zh-TW", messages: zhTW }),
  };
  const NAMES: Record<"en" | "zh-TW", FilterNames> = {
    en: {
      economy: (code) => ({ PE: "Peru", CL: "Chile", JP: "Japan", US: "United States" })[code] ?? code,
      forum: (code) => ({ SCCP: "Sub-Committee on Customs Procedures", CTI: "Committee on Trade and Investment" })[code] ?? code,
    },
    "zh-TW": {
      economy: (code) => ({ PE: "秘魯", CL: "智利", JP: "日本", US: "美國" })[code] ?? code,
      forum: (code) => ({ SCCP: "關務程序次級委員會", CTI: "貿易暨投資委員會" })[code] ?? code,
    },
  };
  const describe_ = (raw: Raw, locale: "en" | "zh-TW") => describeFilters(parseFilters(raw), NAMES[locale], translators[locale] as never, locale);

  const everything: Raw = {
    proposer: "PE",
    coSponsor: "CL,JP",
    coSponsorMatch: "all",
    kind: "initiative,apec-funded",
    status: "approved",
    year: "2024,2023",
    forum: "SCCP,CTI",
    fund: "tilf-special-account",
    due: "2024-04",
    q: "green",
    sort: "title,-nextMilestone",
  };

  it("says nothing for no filters", () => {
    expect(describe_({}, "en")).toEqual([]);
    expect(describe_({}, "zh-TW")).toEqual([]);
  });

  it("says every filter, in order, in English", () => {
    expect(describe_(everything, "en")).toEqual([
      "Proposed by Peru",
      "Co-sponsored by all of Chile, Japan",
      "Kind: Initiative, APEC-funded project",
      "Status: Approved",
      "Year: 2024, 2023",
      "Forum: Sub-Committee on Customs Procedures, Committee on Trade and Investment",
      "Fund source: TILF Special Account",
      "Due in April 2024",
      'Text "green"',
      "Sorted by Item ↑, Next milestone ↓",
    ]);
  });

  it("says every filter, in order, in Traditional Chinese", () => {
    expect(describe_(everything, "zh-TW")).toEqual([
      "由秘魯提案",
      "由智利、日本全體連署",
      "類型：倡議、APEC 補助計畫",
      "狀態：已通過",
      "年度：2024、2023",
      "論壇：關務程序次級委員會、貿易暨投資委員會",
      "經費來源：貿易投資自由化便捷化特別帳戶（TILF）",
      "於2024年4月到期",
      "文字「green」",
      "排序：項目 ↑、下一個里程碑 ↓",
    ]);
  });

  it("tells any-of from all-of only when several co-sponsors are chosen", () => {
    expect(describe_({ coSponsor: "US,PE" }, "en")).toEqual(["Co-sponsored by any of United States, Peru"]);
    expect(describe_({ coSponsor: "US,PE", coSponsorMatch: "any" }, "zh-TW")).toEqual(["由美國、秘魯任一連署"]);
    expect(describe_({ coSponsor: "US", coSponsorMatch: "all" }, "en")).toEqual(["Co-sponsored by United States"]);
    expect(describe_({ coSponsor: "US" }, "zh-TW")).toEqual(["由美國連署"]);
    // An economy without a known name is shown by its code.
    expect(describe_({ proposer: "ZZ,PE" }, "en")).toEqual(["Proposed by ZZ, Peru"]);
  });

  it("says each milestone window", () => {
    expect(describe_({ due: "overdue" }, "en")).toEqual(["Overdue"]);
    expect(describe_({ due: "overdue" }, "zh-TW")).toEqual(["已逾期"]);
    expect(describe_({ due: "undated" }, "en")).toEqual(["Waiting for a date"]);
    expect(describe_({ due: "undated" }, "zh-TW")).toEqual(["尚待訂定日期"]);
    expect(describe_({ due: "30d" }, "en")).toEqual(["Due in the next 30 days"]);
    expect(describe_({ due: "90d" }, "zh-TW")).toEqual(["未來 90 天內到期"]);
    expect(describe_({ due: "2023-12" }, "en")).toEqual(["Due in December 2023"]);
    expect(describe_({ due: "2023-12" }, "zh-TW")).toEqual(["於2023年12月到期"]);
  });

  it("quotes search text literally, braces and apostrophes included", () => {
    expect(describe_({ q: "50% {off} it's" }, "en")).toEqual(['Text "50% {off} it\'s"']);
    expect(describe_({ q: "電子提單" }, "zh-TW")).toEqual(["文字「電子提單」"]);
  });

  it("names every sort column in both languages", () => {
    for (const column of SORT_COLUMNS) {
      const [english] = describe_({ sort: `-${column}` }, "en");
      const [chinese] = describe_({ sort: column }, "zh-TW");
      expect(english).toBe(`Sorted by ${(en.columns as Record<string, string>)[column]} ↓`);
      expect(chinese).toBe(`排序：${(zhTW.columns as Record<string, string>)[column]} ↑`);
    }
  });
});
