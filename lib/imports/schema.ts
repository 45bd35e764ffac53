import { z } from "zod";
import { msg } from "../i18n/message";

/**
 * The import form's own fields; the file travels beside them and is read by lib/imports/parse.ts.
 * An apply names the plan it was shown by its hash, never the plan itself.
 */
export const importFormSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("check") }),
    z.object({
      intent: z.literal("apply"),
      planHash: z.string({ message: msg("import.checkFirst") }).regex(/^[0-9a-f]{64}$/, { message: msg("import.checkFirst") }),
    }),
  ],
  { message: msg("import.checkFirst") },
);
