import "server-only";
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/write";
import { economyOfUser } from "../office/queries";

// Who follows what. An officer follows the items their economy (their own, else the office's)
// proposes or co-sponsors, unless they unfollowed one, and any other item they chose to follow.
// Every reader of "followed" (the overview, notifications, digests, the follow buttons) goes
// through here, so they cannot disagree.

/** Items an economy proposes or currently co-sponsors. */
export function economyItemsWhere(economyCode: string): Prisma.ItemWhereInput {
  return { OR: [{ proposerCode: economyCode }, { coSponsorships: { some: { economyCode, withdrawnOn: null } } }] };
}

/** The live items an officer follows, as a condition on Item. */
export function followedItemsWhere(userId: number, economyCode: string | null): Prisma.ItemWhereInput {
  const chosen: Prisma.ItemWhereInput = { follows: { some: { userId, following: true } } };
  const followed = economyCode ? { OR: [chosen, { AND: [economyItemsWhere(economyCode), { follows: { none: { userId, following: false } } }] }] } : chosen;
  return { archivedAt: null, ...followed };
}

/** followedItemsWhere for an officer whose economy is not known yet. */
export async function followedItemsWhereFor(userId: number, reader: Pick<Tx, "office" | "user"> = db): Promise<Prisma.ItemWhereInput> {
  return followedItemsWhere(userId, await economyOfUser(userId, reader));
}

export type FollowState = { following: boolean; byDefault: boolean };

/** Whether each of these items is followed by the officer, and whether by default or by choice. */
export async function followStates(userId: number, itemIds: number[], reader: Pick<Tx, "office" | "user" | "item" | "itemFollow"> = db) {
  const states = new Map<number, FollowState>();
  if (itemIds.length === 0) return states;
  const economyCode = await economyOfUser(userId, reader);
  const [choices, ofEconomy] = await Promise.all([
    reader.itemFollow.findMany({ where: { userId, itemId: { in: itemIds } }, select: { itemId: true, following: true } }),
    economyCode ? reader.item.findMany({ where: { id: { in: itemIds }, ...economyItemsWhere(economyCode) }, select: { id: true } }) : Promise.resolve([]),
  ]);
  const chosen = new Map(choices.map((c) => [c.itemId, c.following]));
  const economyItems = new Set(ofEconomy.map((i) => i.id));
  for (const id of itemIds) {
    const byDefault = economyItems.has(id);
    states.set(id, { following: chosen.get(id) ?? byDefault, byDefault });
  }
  return states;
}

/**
 * The active officers who follow an item, other than `except` (whoever made the change: nobody is
 * told of their own). Reads inside the change's transaction, so it sees the item as changed.
 */
export async function followersOf(tx: Tx, itemId: number, except: number | null): Promise<number[]> {
  const item = await tx.item.findUnique({
    where: { id: itemId },
    select: { proposerCode: true, coSponsorships: { where: { withdrawnOn: null }, select: { economyCode: true } } },
  });
  if (!item) return [];
  const economies = [item.proposerCode, ...item.coSponsorships.map((c) => c.economyCode)];
  const office = await tx.office.findUnique({ where: { id: 1 }, select: { economyCode: true } });
  const officeFollows = office?.economyCode != null && economies.includes(office.economyCode);
  const users = await tx.user.findMany({
    where: {
      active: true,
      ...(except != null ? { id: { not: except } } : {}),
      OR: [
        { follows: { some: { itemId, following: true } } },
        {
          follows: { none: { itemId, following: false } },
          OR: [{ economyCode: { in: economies } }, ...(officeFollows ? [{ economyCode: null }] : [])],
        },
      ],
    },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
