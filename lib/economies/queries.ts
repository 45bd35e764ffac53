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
