import { z } from "zod";
import { isIsoDay } from "../dates";
import { msg } from "../i18n/message";

export const AUDIT_ENTITIES = ["Item", "CoSponsorship", "Milestone", "Meeting", "MeetingItem", "User", "Import"] as const;

const day = (label: string) =>
  z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || isIsoDay(value), { message: msg("v.day", { field: label }) });

/** The audit page's URL filters; a bad one gets a message, not a silently wider list. */
export const auditFiltersSchema = z
  .strictObject(
    {
      user: z
        .string()
        .optional()
        .transform((value) => value || undefined)
        .refine((value) => value === undefined || /^[1-9]\d{0,9}$/.test(value), { message: msg("v.choose", { field: "user" }) })
        .transform((value) => (value ? Number(value) : undefined)),
      entity: z
        .string()
        .optional()
        .transform((value) => value || undefined)
        .pipe(z.enum(AUDIT_ENTITIES, { message: msg("v.choose", { field: "entity" }) }).optional()),
      action: z
        .string()
        .optional()
        .transform((value) => value || undefined)
        .refine((value) => value === undefined || /^[a-z-]+(\.[a-z-]+)?$/.test(value), { message: msg("v.auditAction") }),
      from: day("from"),
      to: day("to"),
      page: z
        .string()
        .optional()
        .transform((value) => value || "1")
        .refine((value) => /^[1-9]\d{0,5}$/.test(value), { message: msg("v.page") })
        .transform(Number),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? msg("v.unknownAuditFilter") : undefined) },
  )
  .superRefine((filters, ctx) => {
    if (filters.from && filters.to && filters.to < filters.from) ctx.addIssue({ code: "custom", path: ["to"], message: msg("v.toBeforeFrom") });
  });

export type AuditFilters = z.output<typeof auditFiltersSchema>;
