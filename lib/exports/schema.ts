import { z } from "zod";
import { LOCALES } from "../i18n/config";
import { msg } from "../i18n/message";

export const EXPORT_SETTINGS = ["format", "layout", "sep", "lang"] as const;

/** The export's own settings; the filters are the work-plan table's (lib/items/schema.ts). */
export const exportSettingsSchema = z.object({
  format: z.enum(["csv", "xlsx"], { message: msg("export.badValue", { name: "format", value: "?" }) }).default("csv"),
  layout: z.enum(["items", "long"], { message: msg("export.badValue", { name: "layout", value: "?" }) }).default("items"),
  sep: z
    .enum(["comma", "semicolon"], { message: msg("export.badValue", { name: "sep", value: "?" }) })
    .default("comma")
    .transform((value) => (value === "semicolon" ? ";" : ",") as "," | ";"),
  lang: z.enum(LOCALES, { message: msg("export.badValue", { name: "lang", value: "?" }) }).optional(),
});
