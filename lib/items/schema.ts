import { z } from "zod";
import { economyCodeSchema } from "../economies/schema";

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
