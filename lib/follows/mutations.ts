import "server-only";
import { RefusedError } from "../actions/errors";
import { recordAudit } from "../audit/record";
import { lockRow, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { followStates, type FollowState } from "./queries";
import type { SetFollow } from "./schema";

/**
 * Follows or unfollows an item for the officer. A row is kept only where the choice differs from
 * the default (the items their economy proposes or co-sponsors): following back an item of their
 * economy deletes the row, so it goes on following the economy's part in it; an item followed by
 * choice stays followed whatever the economies do later, and one unfollowed stays unfollowed.
 * Asking for what is already so changes nothing. Returns the state it left.
 */
export async function setFollow(tx: Tx, actor: Actor, input: SetFollow): Promise<FollowState> {
  // What "by default" means here depends on the item's proposer and co-sponsors (changed under the
  // item's lock) and on the officer's economy: both are held while it is read and acted on.
  await lockRow(tx, "Item", input.itemId);
  await lockRow(tx, "User", actor.id);
  const item = await tx.item.findUnique({ where: { id: input.itemId }, select: { titleEn: true, titleZh: true } });
  if (!item) throw new RefusedError(msg("a.itemGone"));
  const state = (await followStates(actor.id, [input.itemId], tx)).get(input.itemId)!;
  if (state.following === input.following) return state;
  const ids = { userId: actor.id, itemId: input.itemId };
  if (input.following === state.byDefault) await tx.itemFollow.deleteMany({ where: ids });
  else await tx.itemFollow.upsert({ where: { userId_itemId: ids }, create: { ...ids, following: input.following }, update: { following: input.following } });
  // Not filed under the item: following changes what the officer is told, not the item's history.
  await recordAudit(tx, {
    userId: actor.id,
    action: "follow.set",
    entityType: "ItemFollow",
    entityId: `${actor.id}:${input.itemId}`,
    summary: msg(input.following ? "follows.auditFollowed" : "follows.auditUnfollowed", { title: item.titleEn, titleZh: item.titleZh ?? item.titleEn }),
    before: { itemId: input.itemId, following: state.following },
    after: { itemId: input.itemId, following: input.following },
  });
  return { following: input.following, byDefault: state.byDefault };
}
