import { z } from "zod";
import { FundAccount, ItemKind, ItemStatus } from "../db/generated/enums";
import { economyCodeSchema } from "../economies/schema";
import { optionalDay, optionalEnum, optionalText, positiveId, requiredEnum, requiredText, version, wholeUsd } from "../forms/fields";
import { msg } from "../i18n/message";

const FILTERS = ["proposer", "coSponsor", "q"] as const;

/**
 * The work-plan table's URL filters. Unknown or repeated parameters are refused with a message
 * rather than ignored, so a shared link never silently shows something other than what was meant.
 */
export const itemFiltersSchema = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]).optional())
  .superRefine((params, ctx) => {
    for (const [key, value] of Object.entries(params)) {
      if (!(FILTERS as readonly string[]).includes(key)) {
        ctx.addIssue({ code: "custom", path: [key], message: msg("v.unknownFilter", { name: key }) });
      } else if (Array.isArray(value)) {
        ctx.addIssue({ code: "custom", path: [key], message: msg("v.repeatedFilter", { name: key, count: value.length }) });
      }
    }
  })
  .transform((params) => params as Partial<Record<(typeof FILTERS)[number], string>>)
  .pipe(
    z.object({
      proposer: economyCodeSchema.optional(),
      coSponsor: economyCodeSchema.optional(),
      q: z
        .string()
        .trim()
        .max(100, { message: msg("v.searchLength") })
        .transform((value) => value || undefined)
        .optional(),
    }),
  );

export type ItemFilters = z.output<typeof itemFiltersSchema>;

export const itemIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, { message: msg("v.itemNumber") })
  .transform(Number)
  .refine((id) => id <= 2_147_483_647, { message: msg("v.itemNumber") });

/** APEC's project numbers: forum, two-digit sequence, year, optional letter ("OFWG 08 2021A"). */
export const APEC_PROJECT_NUMBER = /^[A-Z][A-Z&]{1,9} \d{2} \d{4}[A-Z]?$/;

const KINDS = Object.values(ItemKind) as [ItemKind, ...ItemKind[]];
const STATUSES = Object.values(ItemStatus) as [ItemStatus, ...ItemStatus[]];
const FUNDS = Object.values(FundAccount) as [FundAccount, ...FundAccount[]];

/** The item form: the same schema validates in the action and drives the form's messages. */
export const itemFieldsSchema = z
  .object({
    kind: optionalEnum(KINDS, "kind"),
    forumCode: z.string({ message: msg("v.choose", { field: "forumCode" }) }).trim().regex(/^[A-Z0-9-]{2,12}$/, { message: msg("v.choose", { field: "forumCode" }) }),
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
export const updateItemSchema = itemFieldsSchema.and(z.object({ id: positiveId("item"), version, original: z.string({ message: msg("v.form") }).max(200_000, { message: msg("v.form") }).optional() }));

export const itemRefSchema = z.object({ id: positiveId("item"), version });


export const bulkSchema = z.discriminatedUnion("operation", [
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
], { message: msg("v.bulkOperation") });
