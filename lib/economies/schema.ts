import { z } from "zod";
import { msg } from "../i18n/message";

/** An economy code as it appears in URLs: two letters, any case ("pe" is read as "PE"). */
export const economyCodeSchema = z
  .string({ message: msg("v.economyCode") })
  .trim()
  .regex(/^[A-Za-z]{2}$/, { message: msg("v.economyCode") })
  .transform((code) => code.toUpperCase());
