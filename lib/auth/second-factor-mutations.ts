import "server-only";
import { RefusedError } from "../actions/errors";
import { recordAudit } from "../audit/record";
import { lockRow, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { verifyPassword } from "./password";
import { secondFactorRequiredFor } from "./second-factor-rules";
import { acceptedTotpStep, normaliseRecoveryCode, recoveryCodeHash } from "./totp";
import { endSessionsOf } from "./user-sessions-mutations";

// The second factor's rules: a secret is set up by proving a code from it, a code is accepted once,
// a recovery code works once, turning it off needs a proof and is refused where it is required,
// and an administrator's reset ends the account's sessions. Every read is of the locked user row,
// so two requests with the same code are taken one after the other and the second is refused.

const SECOND_FACTOR_CLEARED = { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null };

async function lockedUser(tx: Tx, userId: number) {
  await lockRow(tx, "User", userId);
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new RefusedError(msg("a.accountGone"));
  return user;
}

async function officeRequiresSecondFactor(tx: Tx): Promise<boolean> {
  const office = await tx.office.findUnique({ where: { id: 1 }, select: { secondFactorRequired: true } });
  return office?.secondFactorRequired ?? false;
}

/** Accepts a current code of the user's active secret and remembers its step, so it never works again. */
async function consumeCode(tx: Tx, user: { id: number; totpSecret: string | null; totpLastStep: number | null }, code: string, now: Date) {
  if (!user.totpSecret) return false;
  const step = await acceptedTotpStep(user.totpSecret, code, now, user.totpLastStep);
  if (step === null) return false;
  await tx.user.update({ where: { id: user.id }, data: { totpLastStep: step } });
  return true;
}

function wrongCode(): never {
  throw new RefusedError(msg("a.fieldsNeedAttention"), { code: [msg("auth.codeNotRight")] });
}

/** Starts (or starts again) setting up an authenticator app: the secret stays pending until a code from it is typed. */
export async function startTotpSetUp(tx: Tx, actor: Actor, input: { secret: string }) {
  const user = await lockedUser(tx, actor.id);
  if (user.totpEnabledAt) throw new RefusedError(msg("auth.factorAlreadyOn"));
  await tx.user.update({ where: { id: user.id }, data: { totpPendingSecret: input.secret } });
}

/** The pending secret becomes the account's second factor once a current code from it is typed; the recovery codes come with it. */
export async function confirmTotpSetUp(tx: Tx, actor: Actor, input: { code: string; recoveryHashes: string[]; now: Date }) {
  const user = await lockedUser(tx, actor.id);
  if (user.totpEnabledAt) throw new RefusedError(msg("auth.factorAlreadyOn"));
  if (!user.totpPendingSecret) throw new RefusedError(msg("auth.factorNotStarted"));
  const step = await acceptedTotpStep(user.totpPendingSecret, input.code, input.now, null);
  if (step === null) wrongCode();
  await tx.user.update({
    where: { id: user.id },
    data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: input.now, totpLastStep: step },
  });
  await replaceRecoveryCodes(tx, user.id, input.recoveryHashes);
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.second-factor-on",
    entityType: "User",
    entityId: user.id,
    summary: msg("security.auditOn", { email: user.email }),
    after: { secondFactor: true },
  });
}

async function replaceRecoveryCodes(tx: Tx, userId: number, hashes: string[]) {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: hashes.map((hash) => ({ userId, hash })) });
}

/** New recovery codes in place of the old ones (all of them, used or not), proved by a current code. */
export async function regenerateRecoveryCodes(tx: Tx, actor: Actor, input: { code: string; recoveryHashes: string[]; now: Date }) {
  const user = await lockedUser(tx, actor.id);
  if (!user.totpEnabledAt) throw new RefusedError(msg("auth.factorNotOn"));
  if (!(await consumeCode(tx, user, input.code, input.now))) wrongCode();
  await replaceRecoveryCodes(tx, user.id, input.recoveryHashes);
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.recovery-codes",
    entityType: "User",
    entityId: user.id,
    summary: msg("security.auditRecoveryCodes", { email: user.email }),
  });
}

/** Turns the officer's own second factor off, proved by a current code or the password; refused where it is required. */
export async function turnOffOwnSecondFactor(tx: Tx, actor: Actor, input: { code: string | null; password: string | null; now: Date }) {
  const user = await lockedUser(tx, actor.id);
  if (!user.totpEnabledAt) throw new RefusedError(msg("auth.factorNotOn"));
  if (secondFactorRequiredFor(user.role, await officeRequiresSecondFactor(tx))) throw new RefusedError(msg("auth.factorRequired"));
  const proved = input.code
    ? await consumeCode(tx, user, input.code, input.now)
    : input.password
      ? await verifyPassword(input.password, user.passwordHash)
      : false;
  if (!proved) throw new RefusedError(msg("a.fieldsNeedAttention"), { proof: [msg("auth.wrongProof")] });
  await tx.user.update({ where: { id: user.id }, data: SECOND_FACTOR_CLEARED });
  await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.second-factor-off",
    entityType: "User",
    entityId: user.id,
    summary: msg("security.auditOff", { email: user.email }),
    before: { secondFactor: true },
    after: { secondFactor: false },
  });
}

/**
 * An administrator's answer to a lost phone (or a suspected compromise): the secret and recovery
 * codes go, and every session of the account ends; where a second factor is required, the officer
 * sets up a new one at the next sign-in.
 */
export async function resetSecondFactor(tx: Tx, actor: Actor, input: { userId: number }) {
  // One's own factor is changed from one's security page; a reset here would sign the administrator out.
  if (input.userId === actor.id) throw new RefusedError(msg("auth.factorNotOwnHere"));
  const user = await lockedUser(tx, input.userId);
  if (!user.totpEnabledAt && !user.totpPendingSecret) throw new RefusedError(msg("auth.factorNothingToReset", { email: user.email }));
  await tx.user.update({ where: { id: user.id }, data: { ...SECOND_FACTOR_CLEARED, sessionVersion: { increment: 1 } } });
  await endSessionsOf(tx, user.id);
  const { count } = await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "user.reset-second-factor",
    entityType: "User",
    entityId: user.id,
    summary: msg("security.auditReset", { email: user.email }),
    before: { secondFactor: user.totpEnabledAt !== null, recoveryCodes: count },
    after: { secondFactor: false, recoveryCodes: 0 },
  });
  return user;
}

/**
 * The second step of a sign-in whose password was right: a current authentication code, or one of
 * the recovery codes, each accepted once. False when neither is right.
 */
export async function acceptSignInFactor(tx: Tx, input: { userId: number; code: string | null; recoveryCode: string | null; now: Date }) {
  const user = await lockedUser(tx, input.userId);
  if (!user.totpEnabledAt) return true;
  if (input.code) return consumeCode(tx, user, input.code, input.now);
  if (!input.recoveryCode || !normaliseRecoveryCode(input.recoveryCode)) return false;
  const { count } = await tx.recoveryCode.updateMany({
    where: { userId: user.id, hash: recoveryCodeHash(input.recoveryCode), usedAt: null },
    data: { usedAt: input.now },
  });
  if (count === 0) return false;
  const left = await tx.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
  await recordAudit(tx, {
    userId: user.id,
    action: "user.recovery-code-used",
    entityType: "User",
    entityId: user.id,
    summary: msg("security.auditRecoveryCodeUsed", { email: user.email, left }),
  });
  return true;
}
