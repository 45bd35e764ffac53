import "server-only";
import { db } from "../db";
import type { MilestoneStatus } from "../db/generated/enums";
import { economySelect, type EconomyRef } from "../economies/queries";
import type { Locale } from "../i18n/config";
import { meetingLabelSelect } from "../meetings/dates";
import type { StoredDue } from "../milestones/due";
import { compareMilestones, nextMilestone } from "../milestones/order";
import { milestoneDueSelect } from "../milestones/queries";
import { officeToday } from "../today";
import { readCount, readEconomyTotals, readGroups, readIds, readPageIds, readRows } from "./rows-sql";
import type { GroupColumn, ItemFilters } from "./schema";
import { economyTotalsSql, itemTableSql } from "./table-sql";

const milestoneSelect = {
  ...milestoneDueSelect,
  completedOn: true,
  note: true,
  version: true,
  inferredFields: true,
} as const;

/** Ids at a time when reading rows for a whole export; keeps each IN list and batch modest. */
export const CHUNK = 500;

/** What a row shows of its next milestone: its titles, when it falls due, where it stands. */
export interface NextMilestone extends StoredDue {
  id: number;
  title: string;
  titleZh: string | null;
  status: MilestoneStatus;
  position: number;
}

/**
 * The table's rows for these ids (at most a chunk), in the order given: each with its forum,
 * proposer, current co-sponsors in APEC's order, next open milestone and version (files carry it
 * for imports). Three plain statements (rowSql, run in rows-sql.ts): Prisma's relation loading cost several times the SQL.
 */
export async function rowsFor(ids: readonly number[]) {
  if (ids.length === 0) return [];
  const { items, backers, open } = await readRows(ids);
  const coSponsors = new Map<number, (EconomyRef & { joinedOn: string | null })[]>();
  for (const { itemId, ...backer } of backers) {
    const entry = coSponsors.get(Number(itemId)) ?? coSponsors.set(Number(itemId), []).get(Number(itemId))!;
    entry.push(backer);
  }
  const milestones = new Map<number, NextMilestone[]>();
  for (const { itemId, ...milestone } of open) {
    const entry = milestones.get(Number(itemId)) ?? milestones.set(Number(itemId), []).get(Number(itemId))!;
    entry.push({ ...milestone, id: Number(milestone.id), position: Number(milestone.position) });
  }
  const byId = new Map(items.map((item) => [Number(item.id), item]));
  return ids.flatMap((id) => {
    const item = byId.get(id);
    if (!item) return [];
    return [
      {
        id,
        kind: item.kind,
        year: Number(item.year),
        projectNumber: item.projectNumber,
        titleEn: item.titleEn,
        titleZh: item.titleZh,
        status: item.status,
        fundAccount: item.fundAccount,
        version: Number(item.version),
        forum: { code: item.forumCode, name: item.forumName, nameZh: item.forumNameZh },
        proposer: { code: item.proposerCode, name: item.proposerName, shortName: item.proposerShortName, nameZh: item.proposerNameZh },
        coSponsors: coSponsors.get(id) ?? [],
        nextMilestone: nextMilestone(milestones.get(id) ?? []) ?? null,
      },
    ];
  });
}

/** One page of the work-plan table, with the total and, when grouped, each group's size. */
export async function itemTablePage(params: ItemFilters & { page: number; size: number; group?: GroupColumn }, locale: Locale, today = officeToday()) {
  const { page, size, group, ...filters } = params;
  const sql = itemTableSql(filters, { today, locale, group, page: { number: page, size } });
  const [total, ids, groups] = await Promise.all([readCount(sql.count), readPageIds(sql.ids), sql.groups ? readGroups(sql.groups) : Promise.resolve([])]);
  return {
    rows: await rowsFor(ids),
    previousGroup: group && page > 1 ? await groupBefore(filters, { today, locale, group }, (page - 1) * size) : null,
    total,
    page,
    size,
    pageCount: Math.max(1, Math.ceil(total / size)),
    groups: new Map(groups.map((row) => [row.value === null ? "" : String(row.value), Number(row.n)])),
  };
}

/** The group of the row at 1-based position `position` of the view, to tell a group continued. */
async function groupBefore(filters: ItemFilters, options: { today: string; locale: Locale; group: GroupColumn }, position: number): Promise<string | null> {
  const [id] = await readIds(itemTableSql(filters, { ...options, page: { number: position, size: 1 } }).ids);
  if (id === undefined) return null;
  const item = await db.item.findUnique({ where: { id }, select: { proposerCode: true, kind: true, status: true, year: true } });
  if (!item) return null;
  return options.group === "proposer" ? item.proposerCode : options.group === "year" ? String(item.year) : (item[options.group] ?? "");
}

/** Per economy, in APEC order: how many matching items it proposes and how many it co-sponsors. */
export async function economyTotals(filters: ItemFilters, today = officeToday()) {
  const rows = await readEconomyTotals(economyTotalsSql(filters, today));
  return rows.map((row) => ({ code: row.code, proposes: Number(row.proposes), backs: Number(row.backs) }));
}

/** The ids of every live item matching the filters, in the table's order. */
export async function matchingItemIds(filters: ItemFilters, locale: Locale = "en", today = officeToday()): Promise<number[]> {
  return readIds(itemTableSql(filters, { today, locale }).ids);
}

/**
 * Every matching row, in the table's order, a chunk at a time: an export of the whole plan never
 * holds more than one chunk of hydrated rows beyond what its writer keeps.
 */
export async function* streamItems(filters: ItemFilters, locale: Locale = "en", today = officeToday()) {
  const ids = await matchingItemIds(filters, locale, today);
  for (let start = 0; start < ids.length; start += CHUNK) {
    yield* await rowsFor(ids.slice(start, start + CHUNK));
  }
}

/** Every row the filters match, exactly as the table lists them (for exports and feeds). */
export async function listItems(filters: ItemFilters, locale: Locale = "en", today = officeToday()) {
  const rows = [];
  for await (const row of streamItems(filters, locale, today)) rows.push(row);
  return rows;
}

export type ItemRow = Awaited<ReturnType<typeof rowsFor>>[number];

/** An item's titles, for naming it above its history; null once it is deleted. */
export async function itemTitles(id: number) {
  return db.item.findUnique({ where: { id }, select: { id: true, titleEn: true, titleZh: true } });
}

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
          meeting: { select: meetingLabelSelect },
        },
        orderBy: { meeting: { startDate: { sort: "asc", nulls: "last" } } },
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
