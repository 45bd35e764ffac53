import { z } from "zod";
import { FundAccount, ItemKind, ItemStatus } from "../db/generated/enums";
import { economyCodeSchema } from "../economies/schema";
import { optionalDay, optionalEnum, optionalText, positiveId, requiredText, version, wholeUsd } from "../forms/fields";

const FILTERS = ["proposer"] as const;

/**
 * The work-plan table's URL filters. Unknown or repeated parameters are refused with a message
 * rather than ignored, so a shared link never silently shows something other than what was meant.
 */
export const itemFiltersSchema = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]).optional())
  .superRefine((params, ctx) => {
    for (const [key, value] of Object.entries(params)) {
      if (!(FILTERS as readonly string[]).includes(key)) {
        ctx.addIssue({ code: "custom", path: [key], message: `"${key}" is not a filter of this table.` });
      } else if (Array.isArray(value)) {
        ctx.addIssue({ code: "custom", path: [key], message: `Give "${key}" once, not ${value.length} times.` });
      }
    }
  })
  .transform((params) => params as Partial<Record<(typeof FILTERS)[number], string>>)
  .pipe(z.object({ proposer: economyCodeSchema.optional() }));

export type ItemFilters = z.output<typeof itemFiltersSchema>;

export const itemIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, { message: "An item number is a positive whole number." })
  .transform(Number)
  .refine((id) => id <= 2_147_483_647, { message: "No item has so large a number." });

/** APEC's project numbers: forum, two-digit sequence, year, optional letter ("OFWG 08 2021A"). */
export const APEC_PROJECT_NUMBER = /^[A-Z][A-Z&]{1,9} \d{2} \d{4}[A-Z]?$/;

const KINDS = Object.values(ItemKind) as [ItemKind, ...ItemKind[]];
const STATUSES = Object.values(ItemStatus) as [ItemStatus, ...ItemStatus[]];
const FUNDS = Object.values(FundAccount) as [FundAccount, ...FundAccount[]];

/** The item form: the same schema validates in the action and drives the form's messages. */
export const itemFieldsSchema = z
  .object({
    kind: optionalEnum(KINDS, "Choose a kind from the list."),
    forumCode: z.string({ message: "Choose a forum." }).trim().regex(/^[A-Z0-9-]{2,12}$/, { message: "Choose a forum from the list." }),
    year: z.coerce
      .number({ message: "The work-plan year is a number such as 2024." })
      .int({ message: "The work-plan year is a whole year such as 2024." })
      .min(1989, { message: "APEC began in 1989; give a later year." })
      .max(2100, { message: "Give a year before 2100." }),
    projectNumber: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value.toUpperCase().replace(/\s+/g, " ") : null))
      .refine((value) => value === null || APEC_PROJECT_NUMBER.test(value), {
        message: 'An APEC project number reads like "SCCP 01 2024A": forum, two digits, year, optional letter.',
      }),
    titleEn: requiredText("The English title", 300, 3),
    titleZh: optionalText("The Chinese title", 300),
    proposerCode: economyCodeSchema,
    status: z.enum(STATUSES, { message: "Choose a status from the list." }),
    fundAccount: optionalEnum(FUNDS, "Choose a fund account from the list."),
    subFundId: z
      .string()
      .optional()
      .refine((value) => !value || /^[1-9]\d{0,9}$/.test(value), { message: "Choose a sub-fund from the list." })
      .transform((value) => (value ? Number(value) : null)),
    apecFundingUsd: wholeUsd("APEC funding"),
    coFundingUsd: wholeUsd("Co-funding"),
    overseer: optionalText("The project overseer", 200),
    expectedStart: optionalDay("The expected start"),
    expectedEnd: optionalDay("The expected completion"),
    summary: optionalText("The summary", 5000),
    notes: optionalText("The notes", 10000),
  })
  .superRefine((item, ctx) => {
    if (item.expectedStart && item.expectedEnd && item.expectedEnd < item.expectedStart) {
      ctx.addIssue({ code: "custom", path: ["expectedEnd"], message: "The expected completion cannot come before the start." });
    }
    if (item.subFundId && item.fundAccount !== "APEC_SUPPORT_FUND") {
      ctx.addIssue({ code: "custom", path: ["subFundId"], message: "Only the APEC Support Fund has sub-funds." });
    }
    if (item.kind === "SELF_FUNDED" && item.fundAccount && item.fundAccount !== "SELF_FUNDED") {
      ctx.addIssue({ code: "custom", path: ["fundAccount"], message: "A self-funded project is not paid from an APEC account." });
    }
    if (item.kind === "APEC_FUNDED" && item.fundAccount === "SELF_FUNDED") {
      ctx.addIssue({ code: "custom", path: ["fundAccount"], message: "An APEC-funded project needs an APEC account, not self-funding." });
    }
    if (item.kind === "SELF_FUNDED" && item.apecFundingUsd) {
      ctx.addIssue({ code: "custom", path: ["apecFundingUsd"], message: "A self-funded project has no APEC funding." });
    }
  });

export type ItemFields = z.output<typeof itemFieldsSchema>;

export const updateItemSchema = itemFieldsSchema.and(z.object({ id: positiveId("The item"), version }));

export const itemRefSchema = z.object({ id: positiveId("The item"), version });

/** What officers call each field, for conflict screens and history. */
export const ITEM_FIELD_LABELS: Record<keyof ItemFields, string> = {
  kind: "Kind",
  forumCode: "Forum",
  year: "Year",
  projectNumber: "APEC project number",
  titleEn: "English title",
  titleZh: "Chinese title",
  proposerCode: "Proposing economy",
  status: "Status",
  fundAccount: "Fund account",
  subFundId: "Sub-fund",
  apecFundingUsd: "APEC funding (USD)",
  coFundingUsd: "Co-funding (USD)",
  overseer: "Project overseer",
  expectedStart: "Expected start",
  expectedEnd: "Expected completion",
  summary: "Summary",
  notes: "Notes",
};

export const bulkSchema = z.discriminatedUnion("operation", [
  z.object({
    operation: z.literal("status"),
    ids: z
      .array(positiveId("An item"))
      .min(1, { message: "Select at least one item." })
      .max(500, { message: "Change at most 500 items at once." })
      .transform((ids) => [...new Set(ids)]),
    status: z.enum(STATUSES, { message: "Choose the new status." }),
  }),
  z.object({
    operation: z.literal("coSponsor"),
    ids: z
      .array(positiveId("An item"))
      .min(1, { message: "Select at least one item." })
      .max(500, { message: "Change at most 500 items at once." })
      .transform((ids) => [...new Set(ids)]),
    economyCode: economyCodeSchema,
  }),
], { message: "Choose what to change." });
