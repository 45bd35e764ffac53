"use server";

import { z } from "zod";
import { writeAction } from "../actions/write-action";
import { msg } from "../i18n/message";
import * as throttles from "./sign-in-throttle-mutations";
import { parseThrottleKey } from "./throttle";

const clearSchema = z.object({
  key: z
    .string({ message: msg("v.required", { field: "signInKey" }) })
    .max(400, { message: msg("v.invalid", { field: "signInKey" }) })
    .refine((key) => parseThrottleKey(key) !== null, { message: msg("v.invalid", { field: "signInKey" }) }),
});

/** Lets an account, address or device try again at once, and counts its failures from zero. */
export const clearSignInThrottle = writeAction({
  role: "ADMIN",
  schema: clearSchema,
  write: (tx, admin, { key }) => throttles.clearSignInThrottle(tx, admin, key),
  answer: () => ({ message: msg("a.signInThrottleCleared") }),
  revalidate: "/admin/sign-in-locks",
});
