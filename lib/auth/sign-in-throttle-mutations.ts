import "server-only";
import { RefusedError } from "../actions/errors";
import { recordAudit } from "../audit/record";
import type { Actor, Tx } from "../db/write";
import { msg } from "../i18n/message";
import { throttleSubjects } from "./sign-in-throttle-queries";
import { holdKeys } from "./throttle";

/** An administrator lets an account, address or device try again at once, counting its failures from zero. */
export async function clearSignInThrottle(tx: Tx, actor: Actor, key: string) {
  await holdKeys(tx, [key]);
  const row = await tx.signInThrottle.findUnique({ where: { key } });
  if (!row) throw new RefusedError(msg("a.signInThrottleGone"));
  await tx.signInThrottle.delete({ where: { key } });
  const { kind, subject } = (await throttleSubjects(tx, [key])).get(key)!;
  await recordAudit(tx, {
    userId: actor.id,
    action: "sign-in.clear",
    entityType: "SignInThrottle",
    entityId: key,
    summary: msg("audit.signInThrottleCleared", { kind, subject }),
    before: { failures: row.failures, firstFailureAt: row.firstFailureAt, lastFailureAt: row.lastFailureAt, lockedUntil: row.lockedUntil },
  });
}
