// What a digest tells of, for the items it covers (those an officer follows, or a saved view's):
// what is overdue, what falls due within 30 days, and what others changed in its period. One run
// composes hundreds of digests, and most officers follow exactly what their economy proposes and
// co-sponsors, so the reads that do not depend on the officer are made once per run and shared
// (DigestReads); only what is the officer's own (their choices, their own changes) is read for them.
import "server-only";
import { addDays } from "../dates";
import { inChunks } from "../db/chunks";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/write";
import { overdueFollowUpWhere } from "../follow-ups/due";
import { live } from "../follow-ups/queries";
import { followedItemsWhere } from "../follows/queries";
import type { ItemFilters } from "../items/schema";
import { dueState } from "../milestones/due";
import type { ActionSection, ChangedItem, ChangesSection, DigestItem, DigestMilestone, MilestoneSection } from "./compose";
import { viewItemsAmong, viewOpenMilestoneIds } from "./view-sql";

/** The most entries a section lists; the rest are counted and linked to. */
export const SECTION_LIMIT = 50;
/** The latest changes of one item a digest quotes; its history has the rest. */
export const CHANGES_PER_ITEM = 10;
export const DUE_SOON_DAYS = 30;

export interface DigestSections {
  overdue: MilestoneSection;
  dueSoon: MilestoneSection;
  changes: ChangesSection;
}

/** The items a digest covers. */
export interface DigestScope {
  /**
   * Scopes with the same key cover the same items, so their reads are shared within a run; null
   * for a scope that is this officer's alone.
   */
  shareKey: string | null;
  /** Its open milestones that are overdue or fall due within DUE_SOON_DAYS of `today`. */
  openMilestones(reader: Tx, today: string): Promise<DigestMilestone[]>;
  /** Which of these items it covers. */
  holding(reader: Tx, itemIds: number[], today: string): Promise<number[]>;
}

const milestoneSelect = {
  id: true,
  title: true,
  titleZh: true,
  precision: true,
  dueStart: true,
  dueEnd: true,
  anchor: true,
  status: true,
  position: true,
  item: { select: { id: true, titleEn: true, titleZh: true } },
} satisfies Prisma.MilestoneSelect;

type MilestoneRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>;

/**
 * The items an officer follows (lib/follows/queries.ts). An officer who made no choice of their
 * own (no follow or unfollow) follows exactly what their economy does, as does every colleague of
 * that economy in the same position, so those share one key.
 */
export function followedScope(userId: number, economyCode: string | null, hasChoices: boolean): DigestScope {
  const followed = followedItemsWhere(userId, economyCode);
  return {
    shareKey: hasChoices ? null : `economy:${economyCode ?? ""}`,
    openMilestones: (reader, today) =>
      // The union of the work plan's "overdue" and "next 30 days" windows (table-sql.ts dueCondition);
      // which of the two each milestone is in is left to dueState.
      reader.milestone.findMany({
        where: {
          item: followed,
          OR: [{ status: "LATE" }, { status: "PLANNED", dueEnd: { lte: addDays(today, DUE_SOON_DAYS) } }],
        },
        select: milestoneSelect,
      }),
    holding: async (reader, itemIds) =>
      (await inChunks(itemIds, (chunk) => reader.item.findMany({ where: { AND: [followed, { id: { in: chunk } }] }, select: { id: true } }))).map(
        (item) => item.id,
      ),
  };
}

/** A saved view's items: its query read as the work plan reads it. */
export function viewScope(query: string, filters: ItemFilters): DigestScope {
  return {
    shareKey: `view:${query}`,
    openMilestones: async (reader, today) => {
      const ids = await viewOpenMilestoneIds(reader, filters, today, DUE_SOON_DAYS);
      return inChunks(ids, (chunk) => reader.milestone.findMany({ where: { id: { in: chunk } }, select: milestoneSelect }));
    },
    holding: (reader, itemIds, today) => viewItemsAmong(reader, filters, today, itemIds),
  };
}

/** Deadline first (those without one last), then as the item orders its milestones. */
function byDeadline(a: MilestoneRow, b: MilestoneRow): number {
  const key = (value: string | null) => value ?? "\uffff";
  return (
    key(a.dueEnd).localeCompare(key(b.dueEnd)) ||
    key(a.dueStart).localeCompare(key(b.dueStart)) ||
    a.item.id - b.item.id ||
    a.position - b.position ||
    a.id - b.id
  );
}

/** Changes to one item in a period by one author (null: the system). */
interface ChangeTally {
  userId: number | null;
  count: number;
  last: Date;
}

/**
 * The reads of one run that officers share: the office's economy, each shared scope's open
 * milestones and changed items, and who changed which item in each period. They grow with the
 * number of economies and views in use, not with the number of officers.
 */
export class DigestReads {
  private office: Promise<string | null> | null = null;
  private readonly open = new Map<string, Promise<MilestoneRow[]>>();
  private readonly tallies = new Map<string, Promise<Map<number, ChangeTally[]>>>();
  private readonly changedHeld = new Map<string, Promise<Set<number>>>();
  private readonly titles = new Map<number, DigestItem>();
  private readonly names = new Map<number, string>();

  constructor(readonly today: string) {}

  officeEconomy(reader: Tx): Promise<string | null> {
    this.office ??= reader.office.findUnique({ where: { id: 1 }, select: { economyCode: true } }).then((office) => office?.economyCode ?? null);
    return this.office;
  }

  openMilestones(reader: Tx, scope: DigestScope): Promise<MilestoneRow[]> {
    const read = async () => ((await scope.openMilestones(reader, this.today)) as MilestoneRow[]).sort(byDeadline);
    return scope.shareKey ? remember(this.open, scope.shareKey, read) : read();
  }

  /** Per item, who changed it in (since, until] and how often. */
  changeTallies(reader: Tx, since: Date, until: Date): Promise<Map<number, ChangeTally[]>> {
    return remember(this.tallies, periodKey(since, until), async () => {
      const groups = await reader.auditEvent.groupBy({
        by: ["itemId", "userId"],
        where: { itemId: { not: null }, at: { gt: since, lte: until } },
        _count: { _all: true },
        _max: { at: true },
      });
      const byItem = new Map<number, ChangeTally[]>();
      for (const group of groups) {
        const tally = { userId: group.userId, count: group._count._all, last: group._max.at! };
        const list = byItem.get(group.itemId!);
        if (list) list.push(tally);
        else byItem.set(group.itemId!, [tally]);
      }
      return byItem;
    });
  }

  /** Items' titles, read once a run: the same changed items fill many officers' digests. */
  async itemTitles(reader: Tx, ids: number[]): Promise<Map<number, DigestItem>> {
    const missing = ids.filter((id) => !this.titles.has(id));
    if (missing.length) {
      for (const item of await reader.item.findMany({ where: { id: { in: missing } }, select: { id: true, titleEn: true, titleZh: true } }))
        this.titles.set(item.id, item);
    }
    return this.titles;
  }

  /** Officers' names, read once a run. */
  async actorNames(reader: Tx, ids: number[]): Promise<Map<number, string>> {
    const missing = [...new Set(ids)].filter((id) => !this.names.has(id));
    if (missing.length) {
      for (const user of await reader.user.findMany({ where: { id: { in: missing } }, select: { id: true, name: true } })) this.names.set(user.id, user.name);
    }
    return this.names;
  }

  /** Of the items changed in the period, those the scope covers. */
  async changedInScope(reader: Tx, scope: DigestScope, since: Date, until: Date, candidates: number[]): Promise<Set<number>> {
    if (!scope.shareKey) return new Set(await scope.holding(reader, candidates, this.today));
    const tallies = await this.changeTallies(reader, since, until);
    return remember(
      this.changedHeld,
      `${scope.shareKey}|${periodKey(since, until)}`,
      async () => new Set(await scope.holding(reader, [...tallies.keys()], this.today)),
    );
  }
}

function periodKey(since: Date, until: Date): string {
  return `${since.toISOString()}/${until.toISOString()}`;
}

function remember<T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = read();
    cache.set(key, value);
    // A failed read (a transaction retried after a deadlock) is read again next time.
    value.catch(() => cache.delete(key));
  }
  return value;
}

/** A digest's three sections for `recipientId`: their own changes are not news to them. */
export async function collectSections(
  reader: Tx,
  reads: DigestReads,
  scope: DigestScope,
  recipientId: number,
  since: Date,
  until: Date,
): Promise<DigestSections> {
  const overdue: DigestMilestone[] = [];
  const dueSoon: DigestMilestone[] = [];
  for (const milestone of await reads.openMilestones(reader, scope)) {
    const state = dueState(milestone, reads.today, DUE_SOON_DAYS);
    if (state === "overdue") overdue.push(milestone);
    else if (state === "due-soon") dueSoon.push(milestone);
  }
  return {
    overdue: { total: overdue.length, milestones: overdue.slice(0, SECTION_LIMIT) },
    dueSoon: { total: dueSoon.length, milestones: dueSoon.slice(0, SECTION_LIMIT) },
    changes: await collectChanges(reader, reads, scope, recipientId, since, until),
  };
}

async function collectChanges(reader: Tx, reads: DigestReads, scope: DigestScope, recipientId: number, since: Date, until: Date): Promise<ChangesSection> {
  const byOthers = new Map<number, { count: number; last: number }>();
  for (const [itemId, tallies] of await reads.changeTallies(reader, since, until)) {
    const theirs = tallies.filter((tally) => tally.userId !== recipientId);
    if (theirs.length === 0) continue;
    byOthers.set(itemId, { count: theirs.reduce((sum, tally) => sum + tally.count, 0), last: Math.max(...theirs.map((tally) => tally.last.getTime())) });
  }
  if (byOthers.size === 0) return { total: 0, items: [] };
  const held = await reads.changedInScope(reader, scope, since, until, [...byOthers.keys()]);
  const changed = [...byOthers].filter(([itemId]) => held.has(itemId)).sort(([a, x], [b, y]) => y.last - x.last || a - b);
  const shown = changed.slice(0, SECTION_LIMIT).map(([itemId]) => itemId);
  if (shown.length === 0) return { total: 0, items: [] };
  const events = await reader.auditEvent.findMany({
    where: { itemId: { in: shown }, at: { gt: since, lte: until }, OR: [{ userId: null }, { userId: { not: recipientId } }] },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { itemId: true, at: true, summary: true, userId: true },
  });
  const titles = await reads.itemTitles(reader, shown);
  const names = await reads.actorNames(
    reader,
    events.flatMap((event) => (event.userId === null ? [] : [event.userId])),
  );
  const latest = new Map<number, ChangedItem["changes"]>();
  for (const event of events) {
    const list = latest.get(event.itemId!) ?? [];
    if (list.length < CHANGES_PER_ITEM)
      list.push({ at: event.at, summary: event.summary, actor: event.userId === null ? null : (names.get(event.userId) ?? null) });
    latest.set(event.itemId!, list);
  }
  return {
    total: changed.length,
    items: shown.flatMap((itemId) => {
      const item = titles.get(itemId);
      return item ? [{ item, total: byOthers.get(itemId)!.count, changes: (latest.get(itemId) ?? []).reverse() }] : [];
    }),
  };
}

/** The officer's own overdue follow-up actions (the overview's rule), oldest due first. */
export async function overdueActionsOf(reader: Tx, ownerId: number, today: string, base: string): Promise<ActionSection> {
  const where: Prisma.FollowUpActionWhereInput = { AND: [live, { ownerId, ...overdueFollowUpWhere(today) }] };
  const total = await reader.followUpAction.count({ where });
  const actions = await reader.followUpAction.findMany({
    where,
    select: { id: true, description: true, precision: true, dueStart: true, dueEnd: true },
    orderBy: [{ dueEnd: "asc" }, { id: "asc" }],
    take: SECTION_LIMIT,
  });
  return { total, actions, url: `${base}/actions` };
}
