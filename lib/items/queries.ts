import "server-only";
import { db } from "../db";
import { economySelect } from "../economies/queries";
import { compareMilestones, nextMilestone } from "../milestones/order";
import { milestoneDueSelect } from "../milestones/queries";
import { compareItems } from "./order";
import type { ItemFilters } from "./schema";

const milestoneSelect = {
  ...milestoneDueSelect,
  completedOn: true,
  note: true,
  version: true,
} as const;

/**
 * Free text over both titles and the APEC project number. SQLite's LIKE folds case for ASCII only,
 * so the text is also tried as typed and in lower and upper case: "viet nam" finds "Viet Nam",
 * and Chinese, which has no case, matches as typed.
 */
function textMatch(text: string) {
  const variants = [...new Set([text, text.toLowerCase(), text.toUpperCase()])];
  return variants.flatMap((variant) => [
    { titleEn: { contains: variant } },
    { titleZh: { contains: variant } },
    { projectNumber: { contains: variant } },
  ]);
}

function containsText(item: { titleEn: string; titleZh: string | null; projectNumber: string | null }, text: string): boolean {
  const needle = text.toLocaleLowerCase();
  return [item.titleEn, item.titleZh, item.projectNumber].some((value) => value?.toLocaleLowerCase().includes(needle));
}

/** The rows of the work-plan table: live items with their current co-sponsors and next milestone. */
export async function listItems(filters: ItemFilters) {
  const items = await db.item.findMany({
    where: {
      archivedAt: null,
      ...(filters.proposer ? { proposerCode: filters.proposer } : {}),
      ...(filters.coSponsor ? { coSponsorships: { some: { economyCode: filters.coSponsor, withdrawnOn: null } } } : {}),
      ...(filters.q ? { OR: textMatch(filters.q) } : {}),
    },
    select: {
      id: true,
      kind: true,
      year: true,
      projectNumber: true,
      titleEn: true,
      titleZh: true,
      status: true,
      proposer: { select: economySelect },
      coSponsorships: {
        where: { withdrawnOn: null },
        select: { joinedOn: true, economy: { select: economySelect } },
        orderBy: { economy: { apecOrder: "asc" } },
      },
      milestones: { where: { status: { in: ["PLANNED", "LATE"] } }, select: milestoneSelect },
    },
  });
  // SQLite's LIKE treats "%" and "_" in the text as wildcards; keep only true substring matches.
  const matching = filters.q ? items.filter((item) => containsText(item, filters.q!)) : items;
  return matching.sort(compareItems).map(({ coSponsorships, milestones, ...item }) => ({
    ...item,
    coSponsors: coSponsorships.map(({ economy, joinedOn }) => ({ ...economy, joinedOn })),
    nextMilestone: nextMilestone(milestones) ?? null,
  }));
}

export type ItemRow = Awaited<ReturnType<typeof listItems>>[number];

/** Everything about one item, milestones in time order; archived items too (the page says so). */
export async function getItem(id: number) {
  const item = await db.item.findUnique({
    where: { id },
    include: {
      forum: { select: { code: true, name: true } },
      proposer: { select: economySelect },
      subFund: { select: { name: true, nameZh: true } },
      coSponsorships: {
        select: { joinedOn: true, withdrawnOn: true, economy: { select: economySelect } },
        orderBy: { economy: { apecOrder: "asc" } },
      },
      milestones: { select: { ...milestoneSelect, meeting: { select: { id: true, shortName: true, name: true, nameZh: true } } } },
      reports: {
        select: {
          agendaItem: true,
          note: true,
          meeting: { select: { id: true, name: true, nameZh: true, shortName: true, startDate: true, endDate: true } },
        },
        orderBy: { meeting: { startDate: "asc" } },
      },
      priorities: {
        select: { priority: { select: { number: true, titleEn: true, titleZh: true, framework: { select: { name: true, nameZh: true } } } } },
      },
    },
  });
  if (!item) return null;
  return { ...item, milestones: [...item.milestones].sort(compareMilestones) };
}

/** How many live items each work-plan year has, by kind; newest year first. */
export async function workPlanCounts() {
  const groups = await db.item.groupBy({
    by: ["year", "kind"],
    where: { archivedAt: null },
    _count: { _all: true },
  });
  const years = new Map<number, { year: number; total: number; byKind: Map<string | null, number> }>();
  for (const group of groups) {
    const entry = years.get(group.year) ?? { year: group.year, total: 0, byKind: new Map() };
    entry.total += group._count._all;
    entry.byKind.set(group.kind, group._count._all);
    years.set(group.year, entry);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}
