import "server-only";
import { db } from "../db";
import { compareItems } from "../items/order";

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

/** What an economy proposes and what it co-sponsors (current and withdrawn), newest year first. */
export async function getEconomyProfile(code: string) {
  const economy = await findEconomy(code);
  if (!economy) return null;
  const [proposed, coSponsorships] = await Promise.all([
    db.item.findMany({ where: { proposerCode: code, archivedAt: null }, select: itemSummarySelect }),
    db.coSponsorship.findMany({
      where: { economyCode: code, item: { archivedAt: null } },
      select: { joinedOn: true, withdrawnOn: true, item: { select: itemSummarySelect } },
    }),
  ]);
  return {
    economy,
    proposed: proposed.sort(compareItems),
    coSponsored: coSponsorships
      .filter((c) => c.withdrawnOn === null)
      .sort((a, b) => compareItems(a.item, b.item)),
    withdrawn: coSponsorships
      .filter((c) => c.withdrawnOn !== null)
      .sort((a, b) => compareItems(a.item, b.item)),
  };
}

/** How many live items an economy proposes and co-sponsors, by work-plan year and kind. */
export async function economyCountsByYear(code: string) {
  const [proposed, backed] = await Promise.all([
    db.item.groupBy({ by: ["year", "kind"], where: { archivedAt: null, proposerCode: code }, _count: { _all: true } }),
    db.$queryRaw<{ year: number | bigint; kind: string | null; n: number | bigint }[]>`
      SELECT i.year AS year, i.kind AS kind, COUNT(*) AS n FROM CoSponsorship c JOIN Item i ON i.id = c.itemId
      WHERE c.economyCode = ${code} AND c.withdrawnOn IS NULL AND i.archivedAt IS NULL GROUP BY i.year, i.kind`,
  ]);
  const years = new Map<number, { year: number; proposes: Record<string, number>; backs: Record<string, number> }>();
  const entry = (year: number) => years.get(year) ?? years.set(year, { year, proposes: {}, backs: {} }).get(year)!;
  for (const row of proposed) entry(row.year).proposes[row.kind ?? "none"] = row._count._all;
  for (const row of backed) entry(Number(row.year)).backs[row.kind ?? "none"] = Number(row.n);
  return [...years.values()].sort((a, b) => b.year - a.year);
}
