import "server-only";
import { db } from "../db";
import { readBackedByYear } from "./counts-sql";
import { readProfileLists } from "./profile-sql";

export const economySelect = { code: true, name: true, shortName: true, nameZh: true } as const;

export type EconomyRef = { code: string; name: string; shortName: string | null; nameZh: string };

export async function listEconomies(): Promise<EconomyRef[]> {
  return db.economy.findMany({ select: economySelect, orderBy: { apecOrder: "asc" } });
}

export async function findEconomy(code: string): Promise<EconomyRef | null> {
  return db.economy.findUnique({ where: { code }, select: economySelect });
}

/** Every economy with how many live items it proposes and co-sponsors. */
export async function listEconomiesWithCounts() {
  const economies = await db.economy.findMany({
    select: {
      ...economySelect,
      _count: {
        select: {
          proposedItems: { where: { archivedAt: null } },
          coSponsorships: { where: { withdrawnOn: null, item: { archivedAt: null } } },
        },
      },
    },
    orderBy: { apecOrder: "asc" },
  });
  return economies.map(({ _count, ...economy }) => ({
    ...economy,
    proposes: _count.proposedItems,
    coSponsors: _count.coSponsorships,
  }));
}

const itemSummarySelect = {
  id: true,
  kind: true,
  year: true,
  titleEn: true,
  titleZh: true,
  status: true,
  proposer: { select: economySelect },
} as const;

/**
 * What an economy proposes and what it co-sponsors (current and withdrawn), newest year first:
 * how many of each and the first `limit`. Counted and cut in SQL: the busiest economy backs
 * thousands of items over the whole record.
 */
export async function getEconomyProfile(code: string, limit = 25) {
  const economy = await findEconomy(code);
  if (!economy) return null;
  const { proposed, coSponsored, withdrawn } = await readProfileLists(code, limit);
  const ids = [...proposed.ids, ...coSponsored.ids, ...withdrawn.ids];
  const [items, backings] = await Promise.all([
    db.item.findMany({ where: { id: { in: ids } }, select: itemSummarySelect }),
    db.coSponsorship.findMany({
      where: { economyCode: code, itemId: { in: [...coSponsored.ids, ...withdrawn.ids] } },
      select: { itemId: true, joinedOn: true, withdrawnOn: true },
    }),
  ]);
  const itemById = new Map(items.map((item) => [item.id, item]));
  const backingOf = new Map(backings.map((entry) => [entry.itemId, entry]));
  const entries = (list: number[]) =>
    list.flatMap((id) => {
      const item = itemById.get(id);
      const entry = backingOf.get(id);
      return item && entry ? [{ joinedOn: entry.joinedOn, withdrawnOn: entry.withdrawnOn, item }] : [];
    });
  return {
    economy,
    proposed: { total: proposed.total, items: proposed.ids.flatMap((id) => itemById.get(id) ?? []) },
    coSponsored: { total: coSponsored.total, entries: entries(coSponsored.ids) },
    withdrawn: { total: withdrawn.total, entries: entries(withdrawn.ids) },
  };
}

/** How many live items an economy proposes and co-sponsors, by work-plan year and kind. */
export async function economyCountsByYear(code: string) {
  const [proposed, backed] = await Promise.all([
    db.item.groupBy({ by: ["year", "kind"], where: { archivedAt: null, proposerCode: code }, _count: { _all: true } }),
    readBackedByYear(code),
  ]);
  const years = new Map<number, { year: number; proposes: Record<string, number>; backs: Record<string, number> }>();
  const entry = (year: number) => years.get(year) ?? years.set(year, { year, proposes: {}, backs: {} }).get(year)!;
  for (const row of proposed) entry(row.year).proposes[row.kind ?? "none"] = row._count._all;
  for (const row of backed) entry(Number(row.year)).backs[row.kind ?? "none"] = Number(row.n);
  return [...years.values()].sort((a, b) => b.year - a.year);
}
