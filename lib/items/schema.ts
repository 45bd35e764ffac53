import { z } from "zod";
import { FundAccount, ItemKind, ItemStatus } from "../db/generated/enums";
import { economyCodeSchema } from "../economies/schema";
import { optionalDay, optionalEnum, optionalText, positiveId, requiredEnum, requiredText, version, wholeUsd } from "../forms/fields";
import { msg } from "../i18n/message";
import { STANCES } from "../positions/schema";
import { DEFAULT_PAGE_SIZE, GROUP_COLUMNS, MAX_SORT_KEYS, PAGE_SIZES, SORT_COLUMNS, type SortColumn, type SortKey } from "./table-options";

/** The filters a shared link may carry: which rows, and in what order. */
export const FILTER_KEYS = ["proposer", "coSponsor", "coSponsorMatch", "kind", "status", "year", "forum", "fund", "due", "position", "q", "sort"] as const;

export { GROUP_COLUMNS, type GroupColumn, MAX_SORT_KEYS, PAGE_SIZES, SORT_COLUMNS, type SortColumn, type SortKey } from "./table-options";

export const KINDS = Object.values(ItemKind) as [ItemKind, ...ItemKind[]];
export const STATUSES = Object.values(ItemStatus) as [ItemStatus, ...ItemStatus[]];
export const FUNDS = Object.values(FundAccount) as [FundAccount, ...FundAccount[]];

/**
 * A URL's query as a record of the allowed keys. Unknown or repeated parameters are refused with
 * a message rather than ignored, so a shared link never silently shows something other than what
 * was meant; several values of one filter are written once, comma-separated ("coSponsor=PE,JP").
 */
export function queryRecord<K extends string>(keys: readonly K[]) {
  return z
    .record(z.string(), z.union([z.string(), z.array(z.string())]).optional())
    .superRefine((params, ctx) => {
      for (const [key, value] of Object.entries(params)) {
        if (!(keys as readonly string[]).includes(key)) {
          ctx.addIssue({ code: "custom", path: [key], message: msg("v.unknownFilter", { name: key }) });
        } else if (Array.isArray(value)) {
          ctx.addIssue({ code: "custom", path: [key], message: msg("v.repeatedFilter", { name: key, count: value.length }) });
        }
      }
    })
    .transform((params) => params as Partial<Record<K, string>>);
}

/** "a,b,c" as distinct values, each checked by `item`; an empty list means "not filtered". */
function commaList<T>(name: string, item: z.ZodType<T>, max: number) {
  return z
    .string()
    .transform((text, ctx) => {
      const values: T[] = [];
      const parts = text
        .split(",")
        .map((value) => value.trim())
        .filter(Boolean);
      // An empty value is refused with the same words as a wrong one: the link lost its value.
      for (const part of parts.length ? parts : [""]) {
        const parsed = item.safeParse(part);
        if (!parsed.success) {
          ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? msg("v.filterValue", { name, value: part }) });
          return z.NEVER;
        }
        if (!values.includes(parsed.data)) values.push(parsed.data);
      }
      if (values.length > max) {
        ctx.addIssue({ code: "custom", message: msg("v.tooManyValues", { name, max }) });
        return z.NEVER;
      }
      return values;
    })
    .optional();
}

/** An enum value in any case, "-" for "_" ("apec-funded"); a wrong one is quoted as the link wrote it. */
function enumValue<T extends string>(name: string, values: readonly T[]) {
  return z.string().transform((value, ctx): T => {
    const normalised = value.toUpperCase().replace(/-/g, "_");
    if ((values as readonly string[]).includes(normalised)) return normalised as T;
    ctx.addIssue({ code: "custom", message: msg("v.filterValue", { name, value }) });
    return z.NEVER;
  });
}

/** Our economy's position: a stance in any case, "-" for "_" ("will-cosponsor"), or "none" for items without one. */
export type PositionFilterValue = (typeof STANCES)[number] | "none";
const positionValue = z.string().transform((value, ctx): PositionFilterValue => {
  if (value.toLowerCase() === "none") return "none";
  const normalised = value.toUpperCase().replace(/-/g, "_");
  if ((STANCES as readonly string[]).includes(normalised)) return normalised as PositionFilterValue;
  ctx.addIssue({ code: "custom", message: msg("positions.filterValue", { value }) });
  return z.NEVER;
});

const yearValue = z
  .string()
  .regex(/^\d{4}$/, { message: msg("v.filterYear") })
  .transform(Number)
  .refine((year) => year >= 1989 && year <= 2100, { message: msg("v.filterYear") });

/** The milestone window: overdue, due within the next 30 or 90 days, due in a given month, or open without a date. */
export type DueWindow = { kind: "overdue" } | { kind: "next"; days: 30 | 90 } | { kind: "month"; month: string } | { kind: "undated" };
const dueWindow = z
  .string()
  .trim()
  .transform((value, ctx): DueWindow | undefined => {
    if (value === "") return undefined;
    if (value === "overdue") return { kind: "overdue" };
    if (value === "undated") return { kind: "undated" };
    if (value === "30d" || value === "90d") return { kind: "next", days: value === "30d" ? 30 : 90 };
    const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
    if (month && Number(month[1]) >= 1989 && Number(month[1]) <= 2100) return { kind: "month", month: value };
    ctx.addIssue({ code: "custom", message: msg("v.filterDue", { value }) });
    return z.NEVER;
  })
  .optional();

const sortValue = z
  .string()
  .transform((text, ctx): SortKey[] | undefined => {
    const keys: SortKey[] = [];
    for (const part of text
      .split(",")
      .map((value) => value.trim())
      .filter(Boolean)) {
      const desc = part.startsWith("-");
      const column = desc ? part.slice(1) : part;
      if (!(SORT_COLUMNS as readonly string[]).includes(column)) {
        ctx.addIssue({ code: "custom", message: msg("v.sortColumn", { value: column }) });
        return z.NEVER;
      }
      if (keys.some((key) => key.column === column)) {
        ctx.addIssue({ code: "custom", message: msg("v.sortTwice", { value: column }) });
        return z.NEVER;
      }
      keys.push({ column: column as SortColumn, desc });
    }
    if (keys.length > MAX_SORT_KEYS) {
      ctx.addIssue({ code: "custom", message: msg("v.sortTooMany", { max: MAX_SORT_KEYS }) });
      return z.NEVER;
    }
    return keys.length ? keys : undefined;
  })
  .optional();

/** The filters as zod fields, for views that add parameters of their own (the calendar's month…). */
export const filterFields = {
  proposer: commaList("proposer", economyCodeSchema, 21),
  coSponsor: commaList("coSponsor", economyCodeSchema, 21),
  coSponsorMatch: z.enum(["any", "all"], { message: msg("v.coSponsorMatch") }).optional(),
  kind: commaList("kind", enumValue("kind", KINDS), KINDS.length),
  status: commaList("status", enumValue("status", STATUSES), STATUSES.length),
  year: commaList("year", yearValue, 50),
  forum: commaList(
    "forum",
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{2,12}$/, { message: msg("v.forumCode") }),
    30,
  ),
  fund: commaList("fund", enumValue("fund", FUNDS), FUNDS.length),
  due: dueWindow,
  position: commaList("position", positionValue, STANCES.length + 1),
  q: z
    .string()
    .trim()
    .max(100, { message: msg("v.searchLength") })
    .transform((value) => value || undefined)
    .optional(),
  sort: sortValue,
};

/**
 * A view's whole query: the filters and the view's own parameters, each read by its field; any
 * other key, or a repeated one, is refused by name (queryRecord).
 */
export function listQuerySchema<Own extends z.ZodRawShape>(own: Own) {
  const fields = z.object({ ...filterFields, ...own }) as unknown as z.ZodObject<typeof filterFields & Own>;
  // Every field reads a string; zod cannot see that through the generic shape.
  return queryRecord([...FILTER_KEYS, ...Object.keys(own)]).pipe(fields as unknown as z.ZodType<z.output<typeof fields>, Partial<Record<string, string>>>);
}

export const itemFiltersSchema = listQuerySchema({});

const pageField = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, { message: msg("v.page") })
  .transform(Number)
  .default(1);
const sizeField = z
  .string()
  .refine((size) => (PAGE_SIZES as readonly number[]).map(String).includes(size), { message: msg("v.pageSize", { sizes: PAGE_SIZES.join(", ") }) })
  .transform((size) => Number(size) as (typeof PAGE_SIZES)[number])
  .default(DEFAULT_PAGE_SIZE);

/** The work-plan table's URL: the filters, plus paging and grouping. */
export const itemTableSchema = listQuerySchema({
  page: pageField,
  size: sizeField,
  group: z.enum(GROUP_COLUMNS, { message: msg("v.groupColumn") }).optional(),
});

/** The co-sponsorship matrix pages like the table but has no groups: "group" is a key it does not know. */
export const matrixSchema = listQuerySchema({
  page: pageField,
  size: sizeField,
  // "1" adds a column of our economy's positions; the totals still count co-sponsorships only.
  positions: z.enum(["1"], { message: msg("positions.matrixToggle") }).optional(),
});

/** The month calendar: the filters and the month shown (this month when absent). */
export const calendarSchema = listQuerySchema({
  month: z
    .string()
    .regex(/^(198[9]|199\d|20\d\d|2100)-(0[1-9]|1[0-2])$/, { message: msg("v.calendarMonth") })
    .optional(),
});

/**
 * The timeline: the filters, the zoom (month by default) and "when", the first year shown at any
 * zoom (one year by months, three by quarters, ten by years); absent, the zoom picks one around today.
 */
export const timelineSchema = listQuerySchema({
  zoom: z.enum(["month", "quarter", "year"], { message: msg("timeline.badZoom") }).default("month"),
  when: z
    .string()
    .regex(/^\d{4}$/, { message: msg("v.filterYear") })
    .transform(Number)
    .refine((year) => year >= 1989 && year <= 2100, { message: msg("v.filterYear") })
    .optional(),
});

export type ItemFilters = z.output<typeof itemFiltersSchema>;
export type ItemTableParams = z.output<typeof itemTableSchema>;

export const itemIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, { message: msg("v.itemNumber") })
  .transform(Number)
  .refine((id) => id <= 2_147_483_647, { message: msg("v.itemNumber") });

/** APEC's project numbers: forum, two-digit sequence, year, optional letter ("OFWG 08 2021A"). */
export const APEC_PROJECT_NUMBER = /^[A-Z][A-Z&]{1,9} \d{2} \d{4}[A-Z]?$/;

/** The item form: the same schema validates in the action and drives the form's messages. */
export const itemFieldsSchema = z
  .object({
    kind: optionalEnum(KINDS, "kind"),
    forumCode: z
      .string({ message: msg("v.choose", { field: "forumCode" }) })
      .trim()
      .regex(/^[A-Z0-9-]{2,12}$/, { message: msg("v.choose", { field: "forumCode" }) }),
    year: z.coerce
      .number({ message: msg("v.year") })
      .int({ message: msg("v.year") })
      .min(1989, { message: msg("v.yearRange") })
      .max(2100, { message: msg("v.yearRange") }),
    projectNumber: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value.toUpperCase().replace(/\s+/g, " ") : null))
      .refine((value) => value === null || APEC_PROJECT_NUMBER.test(value), {
        message: msg("v.projectNumber"),
      }),
    titleEn: requiredText("titleEn", 300, 3),
    titleZh: optionalText("titleZh", 300),
    proposerCode: economyCodeSchema,
    status: requiredEnum(STATUSES, "status"),
    fundAccount: optionalEnum(FUNDS, "fundAccount"),
    subFundId: z
      .string()
      .optional()
      .refine((value) => !value || /^[1-9]\d{0,9}$/.test(value), { message: msg("v.choose", { field: "subFundId" }) })
      .transform((value) => (value ? Number(value) : null)),
    apecFundingUsd: wholeUsd("apecFundingUsd"),
    coFundingUsd: wholeUsd("coFundingUsd"),
    overseer: optionalText("overseer", 200),
    expectedStart: optionalDay("expectedStart"),
    expectedEnd: optionalDay("expectedEnd"),
    summary: optionalText("summary", 5000),
    notes: optionalText("notes", 10000),
  })
  .superRefine((item, ctx) => {
    if (item.expectedStart && item.expectedEnd && item.expectedEnd < item.expectedStart) {
      ctx.addIssue({ code: "custom", path: ["expectedEnd"], message: msg("v.endBeforeStart") });
    }
    if (item.subFundId && item.fundAccount !== "APEC_SUPPORT_FUND") {
      ctx.addIssue({ code: "custom", path: ["subFundId"], message: msg("v.subFundOnlyAsf") });
    }
    if (item.kind === "SELF_FUNDED" && item.fundAccount && item.fundAccount !== "SELF_FUNDED") {
      ctx.addIssue({ code: "custom", path: ["fundAccount"], message: msg("v.selfFundedAccount") });
    }
    if (item.kind === "APEC_FUNDED" && item.fundAccount === "SELF_FUNDED") {
      ctx.addIssue({ code: "custom", path: ["fundAccount"], message: msg("v.apecFundedAccount") });
    }
    if (item.kind === "SELF_FUNDED" && item.apecFundingUsd) {
      ctx.addIssue({ code: "custom", path: ["apecFundingUsd"], message: msg("v.selfFundedNoApec") });
    }
  });

export type ItemFields = z.output<typeof itemFieldsSchema>;

/** `original` is the form as the officer opened it (JSON), for telling their changes from others'. */
export const updateItemSchema = itemFieldsSchema.and(
  z.object({
    id: positiveId("item"),
    version,
    original: z
      .string({ message: msg("v.form") })
      .max(200_000, { message: msg("v.form") })
      .optional(),
  }),
);

export const itemRefSchema = z.object({ id: positiveId("item"), version });

export const bulkSchema = z.discriminatedUnion(
  "operation",
  [
    z.object({
      operation: z.literal("status"),
      ids: z
        .array(positiveId("item"))
        .min(1, { message: msg("v.selectItems") })
        .max(500, { message: msg("v.tooManyItems") })
        .transform((ids) => [...new Set(ids)]),
      status: requiredEnum(STATUSES, "status"),
    }),
    z.object({
      operation: z.literal("coSponsor"),
      ids: z
        .array(positiveId("item"))
        .min(1, { message: msg("v.selectItems") })
        .max(500, { message: msg("v.tooManyItems") })
        .transform((ids) => [...new Set(ids)]),
      economyCode: economyCodeSchema,
    }),
  ],
  { message: msg("v.bulkOperation") },
);

export type BulkEdit = z.output<typeof bulkSchema>;
