import { z } from "zod";
import { LOCALES } from "../i18n/config";
import { msg } from "../i18n/message";

/** The export's own settings; the filters are the work-plan table's (lib/items/schema.ts). */
const bad = (name: string, allowed: string[]) => ({
  error: (issue: { input?: unknown }) => msg("export.badValue", { name, value: String(issue.input ?? ""), allowed: allowed.join(", ") }),
});

export const exportSettingsSchema = z.object({
  format: z.enum(["csv", "xlsx"], bad("format", ["csv", "xlsx"])).default("csv"),
  layout: z.enum(["items", "long", "milestones"], bad("layout", ["items", "long", "milestones"])).default("items"),
  sep: z
    .enum(["comma", "semicolon"], bad("sep", ["comma", "semicolon"]))
    .default("comma")
    .transform((value) => (value === "semicolon" ? ";" : ",") as "," | ";"),
  lang: z.enum(LOCALES, bad("lang", [...LOCALES])).optional(),
});
