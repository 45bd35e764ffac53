import { z } from "zod";

export const meetingIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, { message: "A meeting number is a positive whole number." })
  .transform(Number)
  .refine((id) => id <= 2_147_483_647, { message: "No meeting has so large a number." });
