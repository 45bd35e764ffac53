import "server-only";
import { RefusedError } from "../actions/errors";
import { recordAudit, type AuditAction } from "../audit/record";
import { hasRole } from "../auth/roles";
import type { Role } from "../db/generated/enums";
import { lockNames, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import type { ViewQuery } from "./queries";

// An officer's saved views: a name (unique among their own), a checked work-plan query, private
// or shared. Only the owner changes a view; an administrator may also delete one that is shared
// (the only kind they can see). Each write first takes the view's lock, and a write that settles a
// name takes the owner's names lock too, so two at once cannot both take a name or both act on a
// view the other is deleting or making private.

export type ViewActor = Actor & { role: Role };

const viewLock = (id: number) => `saved-view:${id}`;
const namesLock = (ownerId: number) => `saved-view-names:${ownerId}`;

/** The view as the officer may see it: their own, or one shared; anything else is not there for them. */
async function visibleView(tx: Tx, actor: Actor, id: number) {
  const view = await tx.savedView.findUnique({ where: { id }, select: { id: true, name: true, ownerId: true, shared: true } });
  if (!view || (view.ownerId !== actor.id && !view.shared)) throw new RefusedError(msg("savedViews.gone"));
  return view;
}

async function ownView(tx: Tx, actor: Actor, id: number) {
  const view = await visibleView(tx, actor, id);
  if (view.ownerId !== actor.id) throw new RefusedError(msg("savedViews.notOwner", { name: view.name }));
  return view;
}

/** Every change to a view goes into the audit trail under the view, whoever made it. */
function audit(
  tx: Tx,
  actor: Actor,
  action: AuditAction,
  viewId: number,
  summary: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  return recordAudit(tx, { userId: actor.id, action, entityType: "SavedView", entityId: viewId, summary, before, after });
}

async function refuseTakenName(tx: Tx, ownerId: number, name: string) {
  const taken = await tx.savedView.findUnique({ where: { ownerId_name: { ownerId, name } }, select: { id: true } });
  if (taken) throw new RefusedError(msg("a.fieldsNeedAttention"), { name: [msg("savedViews.nameTaken", { name })] });
}

export async function createView(tx: Tx, actor: Actor, input: { name: string; query: ViewQuery; shared: boolean }) {
  await lockNames(tx, [namesLock(actor.id)]);
  await refuseTakenName(tx, actor.id, input.name);
  const view = await tx.savedView.create({
    data: { ownerId: actor.id, name: input.name, query: input.query, shared: input.shared },
    select: { id: true, name: true },
  });
  await audit(tx, actor, "view.create", view.id, msg("savedViews.auditCreated", { name: view.name }), null, {
    name: view.name,
    query: input.query,
    shared: input.shared,
  });
  return view;
}

export async function renameView(tx: Tx, actor: Actor, input: { id: number; name: string }) {
  await lockNames(tx, [namesLock(actor.id), viewLock(input.id)]);
  const view = await ownView(tx, actor, input.id);
  if (view.name === input.name) return { name: input.name };
  await refuseTakenName(tx, actor.id, input.name);
  await tx.savedView.update({ where: { id: view.id }, data: { name: input.name } });
  await audit(
    tx,
    actor,
    "view.update",
    view.id,
    msg("savedViews.auditRenamed", { old: view.name, name: input.name }),
    { name: view.name },
    { name: input.name },
  );
  return { name: input.name };
}

/** Making a view private again ends colleagues' subscriptions to it: they can no longer see it. */
export async function shareView(tx: Tx, actor: Actor, input: { id: number; shared: boolean }) {
  await lockNames(tx, [viewLock(input.id)]);
  const view = await ownView(tx, actor, input.id);
  if (view.shared === input.shared) return { name: view.name };
  await tx.savedView.update({ where: { id: view.id }, data: { shared: input.shared } });
  const ended = input.shared ? 0 : (await tx.viewSubscription.deleteMany({ where: { viewId: view.id, userId: { not: actor.id } } })).count;
  const summary = msg(input.shared ? "savedViews.auditShared" : "savedViews.auditMadePrivate", { name: view.name, count: ended });
  await audit(tx, actor, "view.update", view.id, summary, { shared: view.shared }, { shared: input.shared, ...(ended ? { endedSubscriptions: ended } : {}) });
  return { name: view.name };
}

export async function deleteView(tx: Tx, actor: ViewActor, input: { id: number }) {
  await lockNames(tx, [viewLock(input.id)]);
  const view = await visibleView(tx, actor, input.id);
  if (view.ownerId !== actor.id && !hasRole(actor.role, "ADMIN")) throw new RefusedError(msg("savedViews.notOwner", { name: view.name }));
  await tx.savedView.delete({ where: { id: view.id } });
  await audit(
    tx,
    actor,
    "view.delete",
    view.id,
    msg("savedViews.auditDeleted", { name: view.name }),
    { name: view.name, ownerId: view.ownerId, shared: view.shared },
    null,
  );
  return { name: view.name };
}

/** Subscribing brings the view's changes to the officer's notifications and its digest to their mailbox. */
export async function subscribeView(tx: Tx, actor: Actor, input: { id: number; subscribed: boolean }) {
  await lockNames(tx, [viewLock(input.id)]);
  const view = await visibleView(tx, actor, input.id);
  const ids = { userId: actor.id, viewId: view.id };
  const was = (await tx.viewSubscription.count({ where: ids })) > 0;
  if (was === input.subscribed) return { name: view.name };
  if (input.subscribed) await tx.viewSubscription.create({ data: ids });
  else await tx.viewSubscription.deleteMany({ where: ids });
  const [action, key] = input.subscribed
    ? (["view.subscribe", "savedViews.auditSubscribed"] as const)
    : (["view.unsubscribe", "savedViews.auditUnsubscribed"] as const);
  await audit(tx, actor, action, view.id, msg(key, { name: view.name }), { subscribed: was }, { subscribed: input.subscribed });
  return { name: view.name };
}
