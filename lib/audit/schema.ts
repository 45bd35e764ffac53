import { z } from "zod";
import { isIsoDay } from "../dates";

export const AUDIT_ENTITIES = ["Item", "CoSponsorship", "Milestone", "Meeting", "MeetingItem", "User"] as const;

const day = (label: string) =>
  z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || isIsoDay(value), { message: `${label} must be a date such as 2024-04-30.` });

/** The audit page's URL filters; a bad one gets a message, not a silently wider list. */
export const auditFiltersSchema = z
  .strictObject(
    {
    user: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .refine((value) => value === undefined || /^[1-9]\d{0,9}$/.test(value), { message: "Choose a user from the list." })
      .transform((value) => (value ? Number(value) : undefined)),
    entity: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .pipe(z.enum(AUDIT_ENTITIES, { message: "Choose what changed from the list." }).optional()),
    action: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .refine((value) => value === undefined || /^[a-z-]+(\.[a-z-]+)?$/.test(value), { message: "An action reads like item.update." }),
    from: day("From"),
    to: day("To"),
    page: z
      .string()
      .optional()
      .transform((value) => value || "1")
      .refine((value) => /^[1-9]\d{0,5}$/.test(value), { message: "The page is a whole number from 1." })
      .transform(Number),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? "This link has a filter the audit page does not know." : undefined) },
  )
  .superRefine((filters, ctx) => {
    if (filters.from && filters.to && filters.to < filters.from) ctx.addIssue({ code: "custom", path: ["to"], message: "To cannot come before From." });
  });

export type AuditFilters = z.output<typeof auditFiltersSchema>;
