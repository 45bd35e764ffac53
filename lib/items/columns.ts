// Which work-plan columns an officer may choose, as the action that remembers the choice reads it.
import { z } from "zod";
import { msg } from "../i18n/message";
import { TABLE_COLUMNS } from "./table-options";

export const columnVisibilitySchema = z.object({
  columns: z
    .string({ message: msg("v.columns") })
    .max(1000, { message: msg("v.columns") })
    .transform((text, ctx) => {
      try {
        const parsed: unknown = JSON.parse(text);
        const result = z.record(z.enum(TABLE_COLUMNS), z.boolean()).safeParse(parsed);
        if (result.success) return result.data;
      } catch {
        // Falls through to the message below.
      }
      ctx.addIssue({ code: "custom", message: msg("v.columns") });
      return z.NEVER;
    }),
});
