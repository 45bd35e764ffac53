import "server-only";
import { db } from "../db";
import type { PositionStance } from "../db/generated/enums";
import { officeEconomy } from "../office/queries";

/**
 * What the item page's position panel shows: the item's proposer and archive state, the office's
 * economy, the position with who last changed it, and our economy's co-sponsorship of the item.
 * Null when the item does not exist.
 */
export async function positionView(itemId: number) {
  const [item, economy, position] = await Promise.all([
    db.item.findUnique({ where: { id: itemId }, select: { id: true, proposerCode: true, archivedAt: true } }),
    officeEconomy(),
    db.itemPosition.findUnique({
      where: { itemId },
      select: { stance: true, deadline: true, decidedBy: true, note: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
    }),
  ]);
  if (!item) return null;
  const coSponsorship = economy
    ? await db.coSponsorship.findUnique({ where: { itemId_economyCode: { itemId, economyCode: economy.code } }, select: { joinedOn: true, withdrawnOn: true } })
    : null;
  return { item, economy, position, coSponsorship, ownProposal: economy?.code === item.proposerCode };
}

/** The positions of a page of items (the matrix), by item. */
export async function positionsOf(itemIds: number[]) {
  if (!itemIds.length) return new Map<number, { stance: PositionStance; deadline: string | null }>();
  const rows = await db.itemPosition.findMany({ where: { itemId: { in: itemIds } }, select: { itemId: true, stance: true, deadline: true } });
  return new Map(rows.map((row) => [row.itemId, { stance: row.stance, deadline: row.deadline }]));
}
