"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { RefusedError } from "../actions/errors";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { writeAction } from "../actions/write-action";
import { db } from "../db";
import { writeTransaction, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { userRefSchema } from "../users/schema";
import * as secondFactor from "./second-factor-mutations";
import { totpCodeSchema, turnOffSchema } from "./second-factor-schema";
import type { CurrentUser } from "./session";
import { lockedMessage } from "./sign-in-messages";
import { attemptSucceeded, deviceThrottleKey, registerAttempt } from "./throttle";
import { newRecoveryCodes, newTotpSecret, recoveryCodeHash } from "./totp";

const SECURITY_PAGE = "/account/security";

/** Any signed-in officer: a fresh secret to scan, pending until a code from it is typed. */
export const startTotpSetUp = writeAction({
  role: "VIEWER",
  allowSecondFactorSetUp: true,
  schema: z.object({}),
  write: (tx, me) => secondFactor.startTotpSetUp(tx, me, { secret: newTotpSecret() }),
  answer: () => ({ message: msg("auth.scanNow") }),
  revalidate: SECURITY_PAGE,
});

/**
 * Proofs typed from a session (a code, or the password to turn the factor off) are slowed like
 * failed sign-ins, on the account's own key: someone with a borrowed session must not guess them.
 */
async function throttledProof<T>(me: CurrentUser, write: (tx: Tx) => Promise<T>): Promise<T> {
  const keys = [deviceThrottleKey(me.id, "second-factor")];
  const attempt = await registerAttempt(db, keys);
  if (attempt.wasLocked) throw new RefusedError(lockedMessage(attempt.lockedUntil!));
  try {
    const written = await writeTransaction(write);
    await attemptSucceeded(db, keys);
    return written;
  } catch (error) {
    if (error instanceof RefusedError && attempt.lockedUntil) throw new RefusedError(lockedMessage(attempt.lockedUntil), error.fieldErrors);
    throw error;
  }
}

/** Hands the new recovery codes over once, to be shown and never again: only their hashes are kept. */
function withRecoveryCodes(message: string, codes: string[]): ActionResult {
  revalidatePath(SECURITY_PAGE);
  return { ok: true, message, secret: codes.join("\n") };
}

/** Confirms the set-up with a current code; answers with the ten recovery codes. */
export async function confirmTotpSetUp(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "VIEWER",
      allowSecondFactorSetUp: true,
      schema: totpCodeSchema,
      run: async ({ code }, me) => {
        const codes = newRecoveryCodes();
        await throttledProof(me, (tx) => secondFactor.confirmTotpSetUp(tx, me, { code, recoveryHashes: codes.map(recoveryCodeHash), now: new Date() }));
        return withRecoveryCodes(msg("auth.factorOn"), codes);
      },
    },
    formData,
  );
}

/** Ten new recovery codes in place of the old, proved by a current code. */
export async function regenerateRecoveryCodes(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "VIEWER",
      schema: totpCodeSchema,
      run: async ({ code }, me) => {
        const codes = newRecoveryCodes();
        await throttledProof(me, (tx) => secondFactor.regenerateRecoveryCodes(tx, me, { code, recoveryHashes: codes.map(recoveryCodeHash), now: new Date() }));
        return withRecoveryCodes(msg("auth.codesRegenerated"), codes);
      },
    },
    formData,
  );
}

/** Turns the officer's own second factor off, where it is not required. */
export async function turnOffSecondFactor(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "VIEWER",
      schema: turnOffSchema,
      secretFields: ["proof"],
      run: async ({ proof }, me) => {
        await throttledProof(me, (tx) => secondFactor.turnOffOwnSecondFactor(tx, me, { ...proof, now: new Date() }));
        revalidatePath("/", "layout");
        return { ok: true, message: msg("auth.factorOff") };
      },
    },
    formData,
  );
}

/** Administrators: clears an officer's second factor and recovery codes, and ends their sessions. */
export const resetSecondFactor = writeAction({
  role: "ADMIN",
  schema: userRefSchema,
  write: (tx, admin, input) => secondFactor.resetSecondFactor(tx, admin, input),
  answer: (user) => ({ message: msg("auth.factorReset", { email: user.email }) }),
});
