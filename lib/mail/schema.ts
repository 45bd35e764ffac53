import { z } from "zod";
import { msg } from "../i18n/message";

export const OUTBOX_STATUSES = ["PENDING", "SENT", "FAILED"] as const;

/** The outbox page's URL: a status to show (all by default) and a page; a bad one gets a message, not a wider list. */
export const outboxFiltersSchema = z.strictObject(
  {
    status: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .pipe(z.enum(OUTBOX_STATUSES, { message: msg("outbox.badStatus") }).optional()),
    page: z
      .string()
      .optional()
      .transform((value) => value || "1")
      .refine((value) => /^[1-9]\d{0,5}$/.test(value), { message: msg("v.page") })
      .transform(Number),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? msg("outbox.unknownFilter") : undefined) },
);

export type OutboxFilters = z.output<typeof outboxFiltersSchema>;

export const retrySchema = z.object({
  id: z
    .string({ message: msg("outboxRetry.badMessage") })
    .regex(/^[1-9]\d{0,9}$/, { message: msg("outboxRetry.badMessage") })
    .transform(Number),
});
