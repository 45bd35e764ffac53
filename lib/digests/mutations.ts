import "server-only";
import { recordAudit } from "../audit/record";
import type { DigestFrequency } from "../db/generated/enums";
import { lockRow, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";

// An officer's own digest switched off from its email's link, and on again from the page that
// link opens. Both are the officer's own act (the signed link stands for them), recorded as such.

type Sent = Exclude<DigestFrequency, "OFF">;

/** Stops the officer's digests; the frequency they had is kept in the audit event, for "subscribe again". */
export async function stopDigest(tx: Tx, actor: Actor): Promise<{ stopped: boolean }> {
  await lockRow(tx, "User", actor.id);
  const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { digestFrequency: true } });
  if (user.digestFrequency === "OFF") return { stopped: false };
  await tx.user.update({ where: { id: actor.id }, data: { digestFrequency: "OFF" } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "digest.unsubscribe",
    entityType: "User",
    entityId: actor.id,
    summary: msg("digest.audit.unsubscribed"),
    before: { digestFrequency: user.digestFrequency },
    after: { digestFrequency: "OFF" },
  });
  return { stopped: true };
}

/** Starts the officer's digests again, as often as before they stopped them (weekly if unknown). */
export async function restartDigest(tx: Tx, actor: Actor): Promise<{ frequency: Sent }> {
  await lockRow(tx, "User", actor.id);
  const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { digestFrequency: true } });
  if (user.digestFrequency !== "OFF") return { frequency: user.digestFrequency };
  const stopped = await tx.auditEvent.findFirst({
    where: { action: "digest.unsubscribe", entityType: "User", entityId: String(actor.id) },
    orderBy: { id: "desc" },
    select: { before: true },
  });
  const before = stopped?.before ? (JSON.parse(stopped.before) as { digestFrequency?: unknown }).digestFrequency : null;
  const frequency: Sent = before === "DAILY" ? "DAILY" : "WEEKLY";
  await tx.user.update({ where: { id: actor.id }, data: { digestFrequency: frequency } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "digest.resubscribe",
    entityType: "User",
    entityId: actor.id,
    summary: msg("digest.audit.resubscribed", { frequency }),
    before: { digestFrequency: "OFF" },
    after: { digestFrequency: frequency },
  });
  return { frequency };
}
