"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { RefusedError } from "../actions/errors";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { writeAction } from "../actions/write-action";
import { lockedMessage } from "../auth/options";
import { generatePassword, hashPassword, verifyPassword } from "../auth/password";
import { renewOwnSession } from "../auth/session";
import { attemptSucceeded, passwordChangeThrottleKey, registerAttempt } from "../auth/throttle";
import { db } from "../db";
import { writeTransaction } from "../db/write";
import { msg } from "../i18n/message";
import { economyNames } from "../labels";
import * as users from "./mutations";
import {
  changePasswordSchema,
  changeRoleSchema,
  createUserSchema,
  ownDigestSchema,
  ownEconomySchema,
  PASSWORD_FIELDS,
  setActiveSchema,
  userRefSchema,
} from "./schema";

function done(message: string, extra: Partial<Extract<ActionResult, { ok: true }>> = {}): ActionResult {
  revalidatePath("/", "layout");
  return { ok: true, message, ...extra };
}

/** Creates an account with a one-time password the admin hands over; it must be changed at first sign-in. */
export async function createUser(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "ADMIN",
      schema: createUserSchema,
      run: async (input, admin) => {
        const password = generatePassword();
        const passwordHash = await hashPassword(password);
        const user = await writeTransaction((tx) => users.createUser(tx, admin, { ...input, passwordHash }));
        return done(msg("a.userCreated", { email: user.email }), { id: user.id, secret: password });
      },
    },
    formData,
  );
}

export const changeRole = writeAction({
  role: "ADMIN",
  schema: changeRoleSchema,
  write: (tx, admin, input) => users.changeRole(tx, admin, input),
  answer: (user, { role }) => ({ message: msg("a.roleChanged", { email: user.email, role }) }),
});

export async function resetPassword(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "ADMIN",
      schema: userRefSchema,
      run: async ({ userId }, admin) => {
        const password = generatePassword();
        const passwordHash = await hashPassword(password);
        const user = await writeTransaction((tx) => users.resetPassword(tx, admin, { userId, passwordHash }));
        return done(msg("a.passwordReset", { email: user.email }), { id: userId, secret: password });
      },
    },
    formData,
  );
}

export const setUserActive = writeAction({
  role: "ADMIN",
  schema: setActiveSchema,
  write: (tx, admin, input) => users.setUserActive(tx, admin, input),
  answer: (user, { active }) => ({ message: msg(active ? "a.reactivated" : "a.deactivated", { email: user.email }) }),
});

/** Any signed-in user, for their own account; viewers included. */
export async function changeOwnPassword(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction(
    {
      role: "VIEWER",
      allowPasswordChange: true,
      schema: changePasswordSchema,
      secretFields: PASSWORD_FIELDS,
      run: async ({ currentPassword, newPassword }, me) => {
        const user = await db.user.findUniqueOrThrow({ where: { id: me.id } });
        // Guessing the current password from a borrowed session is slowed like failed sign-ins,
        // on a key of its own: guesses at the sign-in page must not keep the owner from changing it.
        const keys = [passwordChangeThrottleKey(me.id)];
        const attempt = await registerAttempt(db, keys);
        if (attempt.wasLocked) throw new RefusedError(lockedMessage(attempt.lockedUntil!));
        if (!(await verifyPassword(currentPassword, user.passwordHash))) {
          throw new RefusedError(attempt.lockedUntil ? lockedMessage(attempt.lockedUntil) : msg("a.fieldsNeedAttention"), {
            currentPassword: [msg("a.wrongCurrentPassword")],
          });
        }
        await attemptSucceeded(db, keys);
        const passwordHash = await hashPassword(newPassword);
        const { sessionVersion } = await writeTransaction((tx) => users.changeOwnPassword(tx, me, { proved: user, passwordHash, keepSessionId: me.sessionId }));
        // The officer who proved the current password stays signed in here, under the new version.
        await renewOwnSession({ id: me.id, email: user.email, name: user.name, sessionVersion, sessionId: me.sessionId });
        return done(msg("a.passwordChanged"));
      },
    },
    formData,
  );
  // The page that names the calendar address and API tokens the change ended.
  if (result.ok) redirect("/account/password-changed");
  return result;
}

/** Any signed-in officer, for their own account: the economy they follow, or the office's. */
export const setOwnEconomy = writeAction({
  role: "VIEWER",
  schema: ownEconomySchema,
  write: (tx, me, input) => users.setOwnEconomy(tx, me, input),
  answer: ({ economy, changed }) => ({
    message: !changed
      ? msg("settings.account.unchanged")
      : economy
        ? msg("settings.account.economySaved", economyNames(economy))
        : msg("settings.account.economyOffice"),
  }),
});

/** Any signed-in officer, for their own account: how often the email digest comes. */
export const setOwnDigest = writeAction({
  role: "VIEWER",
  schema: ownDigestSchema,
  write: (tx, me, input) => users.setOwnDigest(tx, me, input),
  answer: ({ changed }, input) => ({
    message: changed
      ? msg("settings.account.digestSaved", { frequency: input.digestFrequency, weekday: input.digestWeekday })
      : msg("settings.account.unchanged"),
  }),
});
