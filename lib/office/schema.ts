import { z } from "zod";
import { economyCodeSchema } from "../economies/schema";
import { msg } from "../i18n/message";

/** An economy chosen in a settings form; the empty choice means none (or, for an officer, the office's). */
export const economyChoiceSchema = z
  .string({ message: msg("v.economyCode") })
  .trim()
  .transform((code) => code || null)
  .pipe(economyCodeSchema.nullable());

/**
 * The office's settings as the administrators' form sends them: the economy, and the version the
 * form was opened at ("0" while the office has never been set), so two administrators saving at
 * once cannot silently overwrite each other.
 */
export const officeSettingsSchema = z.object({
  economyCode: economyChoiceSchema,
  version: z
    .string({ message: msg("v.missing", { field: "version" }) })
    .regex(/^\d{1,9}$/, { message: msg("v.invalid", { field: "version" }) })
    .transform(Number),
});

export type OfficeSettingsInput = z.output<typeof officeSettingsSchema>;

const officeNamePart = (field: "nameEn" | "nameZh") =>
  z
    .string({ message: msg("v.invalid", { field }) })
    .trim()
    .max(200, { message: msg("v.maxLength", { field, max: 200 }) })
    .optional()
    .transform((value) => value || null);

/** The office's name for the cover of its mission reports, in each language; both empty clears it. */
export const officeNameSchema = z.object({
  nameEn: officeNamePart("nameEn"),
  nameZh: officeNamePart("nameZh"),
  version: officeSettingsSchema.shape.version,
});

export type OfficeNameInput = z.output<typeof officeNameSchema>;
