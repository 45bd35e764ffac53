import { z } from "zod";

/** An economy code as it appears in URLs: two letters, any case ("pe" is read as "PE"). */
export const economyCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, { message: "An economy code is two letters, such as PE for Peru." })
  .transform((code) => code.toUpperCase());
