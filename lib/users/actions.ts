"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { RefusedError } from "../actions/errors";
import type { ActionResult } from "../actions/result";
import { runAction } from "../actions/run";
import { recordAudit, type Tx } from "../audit/record";
import { lockedMessage } from "../auth/options";
import { generatePassword, hashPassword, verifyPassword } from "../auth/password";
import { attemptSucceeded, registerAttempt, throttleKeys } from "../auth/throttle";
import { db } from "../db";
import { msg } from "../i18n/message";
import { changePasswordSchema, changeRoleSchema, createUserSchema, PASSWORD_FIELDS, setActiveSchema, userRefSchema } from "./schema";

function done(message: string, extra: Partial<Extract<ActionResult, { ok: true }>> = {}): ActionResult {
  revalidatePath("/", "layout");
  return { ok: true, message, ...extra };
}

async function otherActiveAdmins(tx: Tx, userId: number) {
  return tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
}

/** Creates an account with a one-time password the admin hands over; it must be changed at first sign-in. */
export async function createUser(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "ADMIN",
      schema: createUserSchema,
      run: async ({ email, name, role }, admin) => {
        const password = generatePassword();
        const passwordHash = await hashPassword(password);
        const user = await db.$transaction(async (tx) => {
          if (await tx.user.findUnique({ where: { email } })) {
            throw new RefusedError(msg("a.fieldsNeedAttention"), { email: [msg("a.emailTaken")] });
          }
          const created = await tx.user.create({ data: { email, name, role, passwordHash, mustChangePassword: true } });
          await recordAudit(tx, {
            userId: admin.id,
            action: "user.create",
            entityType: "User",
            entityId: created.id,
            summary: msg("audit.userCreated", { email, role }),
            after: { email, name, role },
          });
          return created;
        });
        return done(msg("a.userCreated", { email: user.email }), { id: user.id, secret: password });
      },
    },
    formData,
  );
}

export async function changeRole(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "ADMIN",
      schema: changeRoleSchema,
      run: async ({ userId, role }, admin) => {
        const email = await db.$transaction(async (tx) => {
          const user = await tx.user.findUnique({ where: { id: userId } });
          if (!user) throw new RefusedError(msg("a.accountGone"));
          if (user.role === role) throw new RefusedError(msg("a.roleUnchanged", { email: user.email, role }));
          if (user.role === "ADMIN" && (await otherActiveAdmins(tx, userId)) === 0) {
            throw new RefusedError(msg("a.lastAdmin"));
          }
          await tx.user.update({ where: { id: userId }, data: { role } });
          await recordAudit(tx, {
            userId: admin.id,
            action: "user.role",
            entityType: "User",
            entityId: userId,
            summary: msg("audit.roleChanged", { email: user.email, from: user.role, role }),
            before: { role: user.role },
            after: { role },
          });
          return user.email;
        });
        return done(msg("a.roleChanged", { email, role }));
      },
    },
    formData,
  );
}

export async function resetPassword(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "ADMIN",
      schema: userRefSchema,
      run: async ({ userId }, admin) => {
        const password = generatePassword();
        const passwordHash = await hashPassword(password);
        const email = await db.$transaction(async (tx) => {
          const user = await tx.user.findUnique({ where: { id: userId } });
          if (!user) throw new RefusedError(msg("a.accountGone"));
          // A new session version signs the user out everywhere at their next request.
          await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } } });
          // A reset answers a suspected compromise: the user's calendar and API tokens go too.
          await tx.accessToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
          await recordAudit(tx, {
            userId: admin.id,
            action: "user.reset-password",
            entityType: "User",
            entityId: userId,
            summary: msg("audit.passwordReset", { email: user.email }),
          });
          return user.email;
        });
        return done(msg("a.passwordReset", { email }), { id: userId, secret: password });
      },
    },
    formData,
  );
}

export async function setUserActive(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(
    {
      role: "ADMIN",
      schema: setActiveSchema,
      run: async ({ userId, active }, admin) => {
        const email = await db.$transaction(async (tx) => {
          const user = await tx.user.findUnique({ where: { id: userId } });
          if (!user) throw new RefusedError(msg("a.accountGone"));
          if (user.active === active) throw new RefusedError(msg(active ? "a.alreadyActive" : "a.alreadyInactive"));
          if (!active && userId === admin.id) throw new RefusedError(msg("a.notYourself"));
          if (!active && user.role === "ADMIN" && (await otherActiveAdmins(tx, userId)) === 0) {
            throw new RefusedError(msg("a.lastAdmin"));
          }
          await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
          await recordAudit(tx, {
            userId: admin.id,
            action: active ? "user.reactivate" : "user.deactivate",
            entityType: "User",
            entityId: userId,
            summary: msg(active ? "audit.reactivated" : "audit.deactivated", { email: user.email }),
            before: { active: user.active },
            after: { active },
          });
          return user.email;
        });
        return done(msg(active ? "a.reactivated" : "a.deactivated", { email }));
      },
    },
    formData,
  );
}

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
        // Guessing the current password from a borrowed session counts against the account
        // like failed sign-ins do.
        const keys = throttleKeys(user.email, null);
        const attempt = await registerAttempt(db, keys);
        if (attempt.wasLocked) throw new RefusedError(lockedMessage(attempt.lockedUntil!));
        if (!(await verifyPassword(currentPassword, user.passwordHash))) {
          throw new RefusedError(attempt.lockedUntil ? lockedMessage(attempt.lockedUntil) : msg("a.fieldsNeedAttention"), {
            currentPassword: [msg("a.wrongCurrentPassword")],
          });
        }
        await attemptSucceeded(db, keys);
        const passwordHash = await hashPassword(newPassword);
        await db.$transaction(async (tx) => {
          // Only over the password just checked: a reset by an administrator meanwhile wins.
          const { count } = await tx.user.updateMany({
            where: { id: me.id, passwordHash: user.passwordHash, sessionVersion: user.sessionVersion, active: true },
            // A new session version ends every session, this one included: a session someone may
            // have taken does not outlive the password it was opened with.
            data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
          });
          if (count === 0) throw new RefusedError(msg("a.passwordRaced"));
          await recordAudit(tx, { userId: me.id, action: "user.change-password", entityType: "User", entityId: me.id, summary: msg("audit.ownPassword") });
        });
        return done(msg("a.passwordChanged"));
      },
    },
    formData,
  );
  if (result.ok) redirect("/sign-in?changed=1");
  return result;
}
