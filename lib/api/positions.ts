// Our economy's positions on items for the API, filtered and paged in the database.
import "server-only";
import { db } from "../db";
import type { Prisma } from "../db/generated/client";
import type { PositionStance } from "../db/generated/enums";
import { officeEconomy } from "../office/queries";
import type { Paging } from "./list-sql";

export interface PositionFilters {
  stance?: PositionStance[];
  itemId?: number;
}

const positionSelect = {
  item: { select: { id: true, titleEn: true } },
  stance: true,
  deadline: true,
  decidedBy: true,
  note: true,
  updatedAt: true,
} as const;

/**
 * A page of positions on live items, the nearest internal deadline first, those without one last.
 * `economy` is the office's economy, whose positions these are (null until an administrator names it).
 */
export async function positionPage(filters: PositionFilters, paging: Paging) {
  const where: Prisma.ItemPositionWhereInput = {
    item: { archivedAt: null },
    ...(filters.stance ? { stance: { in: filters.stance } } : {}),
    ...(filters.itemId !== undefined ? { itemId: filters.itemId } : {}),
  };
  const [economy, total, rows] = await Promise.all([
    officeEconomy(),
    db.itemPosition.count({ where }),
    db.itemPosition.findMany({
      where,
      select: positionSelect,
      orderBy: [{ deadline: { sort: "asc", nulls: "last" } }, { itemId: "asc" }],
      skip: (paging.page - 1) * paging.pageSize,
      take: paging.pageSize,
    }),
  ]);
  return {
    economy: economy?.code ?? null,
    data: rows.map((row) => ({ ...row, item: { id: row.item.id, title: row.item.titleEn }, updatedAt: row.updatedAt.toISOString() })),
    ...paging,
    total,
  };
}

/** Our stance on each of `itemIds` that has one. */
export async function stancesOf(itemIds: number[]): Promise<Map<number, PositionStance>> {
  const rows = await db.itemPosition.findMany({ where: { itemId: { in: itemIds } }, select: { itemId: true, stance: true } });
  return new Map(rows.map((row) => [row.itemId, row.stance]));
}
