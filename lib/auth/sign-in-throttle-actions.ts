"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { writeTransaction } from "../db/write";
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
export async function clearSignInThrottle(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "ADMIN",
      schema: clearSchema,
      run: async ({ key }, admin) => {
        await writeTransaction((tx) => throttles.clearSignInThrottle(tx, admin, key));
        revalidatePath("/admin/sign-in-locks");
        return { ok: true, message: msg("a.signInThrottleCleared") };
      },
    },
    formData,
  );
}
