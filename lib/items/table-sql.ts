// The work-plan table's one query, as SQL: filters, sorting and paging all happen in the database,
// so a page of 50 rows costs the same whether the plan holds ten items or every APEC project ever
// recorded. The table, its exports, the matrix and the API all read through here; the benchmark
// runs the very same statements directly on the database file to measure the app's overhead.
import { addDays, lastDayOfMonth } from "../dates";
import { sqlDialect } from "../db/dialect";
import { Prisma } from "../db/generated/client";
import type { Locale } from "../i18n/config";
import type { GroupColumn, ItemFilters, SortColumn, SortKey } from "./schema";

const KIND_RANK = Prisma.sql`CASE i."kind" WHEN 'INITIATIVE' THEN 0 WHEN 'APEC_FUNDED' THEN 1 WHEN 'SELF_FUNDED' THEN 2 END`;
const STATUS_RANK = Prisma.sql`CASE i."status" WHEN 'PROPOSED' THEN 0 WHEN 'APPROVED' THEN 1 WHEN 'IN_IMPLEMENTATION' THEN 2 WHEN 'COMPLETED' THEN 3 ELSE 4 END`;
const FUND_RANK = Prisma.sql`CASE i."fundAccount" WHEN 'GENERAL_PROJECT_ACCOUNT' THEN 0 WHEN 'TILF_SPECIAL_ACCOUNT' THEN 1 WHEN 'APEC_SUPPORT_FUND' THEN 2 WHEN 'SELF_FUNDED' THEN 3 END`;
const PROPOSER_RANK = Prisma.sql`(SELECT e."apecOrder" FROM "Economy" e WHERE e."code" = i."proposerCode")`;
const CO_SPONSOR_COUNT = Prisma.sql`(SELECT COUNT(*) FROM "CoSponsorship" c WHERE c."itemId" = i."id" AND c."withdrawnOn" IS NULL)`;
/**
 * The next open milestone's deadline as a sortable key: dated ones by their last day, then those
 * anchored to a meeting without days, then the undated; items with nothing open have no key. Stored
 * on the item and kept current by the milestone write layer (lib/milestones/next-due-sql.ts): joined
 * from an aggregate over every open milestone, the sort cost 8-10 ms of SQL at 10,000 items on
 * SQLite and 5-9 ms on PostgreSQL; read from the row, half of that, most of it the sort itself.
 */
const NEXT_DUE_KEY = Prisma.sql`i."nextDueKey"`;

/**
 * Each sortable column: the expression and whether it can be empty (empty values sort last). Text
 * sorts by code points on both engines; English titles first fold A–Z, as SQLite's NOCASE does.
 */
function sortExpression(column: SortColumn, locale: Locale): { expr: Prisma.Sql; nullable: boolean } {
  const dialect = sqlDialect();
  switch (column) {
    case "title":
      return {
        expr: locale === "zh-TW" ? dialect.binaryOrder(Prisma.sql`COALESCE(i."titleZh", i."titleEn")`) : dialect.caselessOrder(Prisma.sql`i."titleEn"`),
        nullable: false,
      };
    case "projectNumber":
      return { expr: dialect.binaryOrder(Prisma.sql`i."projectNumber"`), nullable: true };
    case "year":
      return { expr: Prisma.sql`i."year"`, nullable: false };
    case "kind":
      return { expr: KIND_RANK, nullable: true };
    case "forum":
      return { expr: dialect.binaryOrder(Prisma.sql`(SELECT f."code" FROM "Forum" f WHERE f."id" = i."forumId")`), nullable: false };
    case "fund":
      return { expr: FUND_RANK, nullable: true };
    case "proposer":
      return { expr: PROPOSER_RANK, nullable: false };
    case "coSponsors":
      return { expr: CO_SPONSOR_COUNT, nullable: false };
    case "nextMilestone":
      return { expr: NEXT_DUE_KEY, nullable: true };
    case "status":
      return { expr: STATUS_RANK, nullable: false };
  }
}

/** What the rows of each group share, and the order groups come in when not sorted otherwise. */
const GROUPS: Record<GroupColumn, { value: Prisma.Sql; sort: SortKey }> = {
  proposer: { value: Prisma.sql`i."proposerCode"`, sort: { column: "proposer", desc: false } },
  kind: { value: Prisma.sql`i."kind"`, sort: { column: "kind", desc: false } },
  status: { value: Prisma.sql`i."status"`, sort: { column: "status", desc: false } },
  year: { value: Prisma.sql`i."year"`, sort: { column: "year", desc: true } },
};

/** The work plan's own order: newest year first, then initiatives, APEC-funded, self-funded. */
const DEFAULT_ORDER: SortKey[] = [
  { column: "year", desc: true },
  { column: "kind", desc: false },
];

/** The work plan's own order as SQL over items `i` (compareItems in lib/items/order.ts). */
export function workPlanOrder(): Prisma.Sql {
  return orderBy([], "en");
}

function orderBy(sort: SortKey[], locale: Locale, group?: GroupColumn): Prisma.Sql {
  const keys: SortKey[] = [];
  const add = (key: SortKey) => {
    if (!keys.some((existing) => existing.column === key.column)) keys.push(key);
  };
  // Grouped rows must arrive group by group; the officer's direction for that column still counts.
  if (group) add(sort.find((key) => key.column === GROUPS[group].sort.column) ?? GROUPS[group].sort);
  sort.forEach(add);
  DEFAULT_ORDER.forEach(add);
  const parts = keys.flatMap(({ column, desc }) => {
    const { expr, nullable } = sortExpression(column, locale);
    const direction = Prisma.raw(desc ? "DESC" : "ASC");
    return nullable ? [Prisma.sql`(${expr}) IS NULL`, Prisma.sql`${expr} ${direction}`] : [Prisma.sql`${expr} ${direction}`];
  });
  return Prisma.sql`ORDER BY ${Prisma.join([...parts, Prisma.sql`i."id" ASC`], ", ")}`;
}

/** The milestones (as `m`) a window holds; the overview's lists use the same definitions. */
export function dueCondition(due: NonNullable<ItemFilters["due"]> | { kind: "next"; days: number }, today: string): Prisma.Sql {
  switch (due.kind) {
    case "overdue":
      return Prisma.sql`(m."status" = 'LATE' OR (m."status" = 'PLANNED' AND m."dueEnd" < ${today}))`;
    case "next":
      return Prisma.sql`m."status" = 'PLANNED' AND m."dueEnd" >= ${today} AND m."dueEnd" <= ${addDays(today, due.days)}`;
    case "month": {
      const [year, month] = due.month.split("-").map(Number) as [number, number];
      const last = `${due.month}-${String(lastDayOfMonth(year, month)).padStart(2, "0")}`;
      // Looking at a month means looking back too: what was met then counts, what was dropped does not.
      return Prisma.sql`m."status" <> 'CANCELLED' AND m."dueEnd" >= ${`${due.month}-01`} AND m."dueEnd" <= ${last}`;
    }
    case "undated":
      // Still planned, with no deadline yet: "at SOM3 2024" before its days are known, or no date at all.
      return Prisma.sql`m."status" = 'PLANNED' AND m."dueEnd" IS NULL`;
  }
}

/** Items whose position (one per item, lib/positions) is one of the stances, or that have none ("none"). */
function positionCondition(values: NonNullable<ItemFilters["position"]>): Prisma.Sql {
  const stances = values.filter((value) => value !== "none");
  const parts: Prisma.Sql[] = [];
  if (stances.length) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ItemPosition" p WHERE p."itemId" = i."id" AND ${sqlDialect().enumIn(Prisma.sql`p."stance"`, "PositionStance", stances)})`,
    );
  }
  if (values.includes("none")) parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "ItemPosition" p WHERE p."itemId" = i."id")`);
  return parts.length > 1 ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : parts[0]!;
}

/**
 * Items with the economies as co-sponsors (any of them, or all). Two forms, the same rows: a
 * statement that reads every match (a count, groups) is fastest from the co-sponsorships' side
 * (3.2 ms became 1.4 ms for the 3,954 of 10,000 items the United States backs); one that looks at
 * some items (stops at a page, or is given them) is fastest looking each one up.
 */
function coSponsorCondition(codes: string[], match: ItemFilters["coSponsorMatch"], reads: "every" | "some"): Prisma.Sql {
  const all = match === "all" && codes.length > 1;
  const backing = Prisma.sql`c."withdrawnOn" IS NULL AND c."economyCode" IN (${Prisma.join(codes)})`;
  if (reads === "every") {
    return all
      ? Prisma.sql`i."id" IN (SELECT c."itemId" FROM "CoSponsorship" c WHERE ${backing} GROUP BY c."itemId" HAVING COUNT(*) = ${codes.length})`
      : Prisma.sql`i."id" IN (SELECT c."itemId" FROM "CoSponsorship" c WHERE ${backing})`;
  }
  const backers = Prisma.sql`FROM "CoSponsorship" c WHERE c."itemId" = i."id" AND ${backing}`;
  return all ? Prisma.sql`(SELECT COUNT(*) ${backers}) = ${codes.length}` : Prisma.sql`EXISTS (SELECT 1 ${backers})`;
}

/**
 * The WHERE clause for live items matching every filter that is set. `reads`: whether the
 * statement reads every match, or only some items: a page of them, or items it is given (see coSponsorCondition).
 */
export function itemWhere(filters: ItemFilters, today: string, reads: "every" | "some" = "every"): Prisma.Sql {
  const dialect = sqlDialect();
  const conditions: Prisma.Sql[] = [Prisma.sql`i."archivedAt" IS NULL`];
  if (filters.proposer) conditions.push(Prisma.sql`i."proposerCode" IN (${Prisma.join(filters.proposer)})`);
  if (filters.coSponsor) conditions.push(coSponsorCondition(filters.coSponsor, filters.coSponsorMatch, reads));
  if (filters.kind) conditions.push(dialect.enumIn(Prisma.sql`i."kind"`, "ItemKind", filters.kind));
  if (filters.status) conditions.push(dialect.enumIn(Prisma.sql`i."status"`, "ItemStatus", filters.status));
  if (filters.year) conditions.push(Prisma.sql`i."year" IN (${Prisma.join(filters.year)})`);
  if (filters.fund) conditions.push(dialect.enumIn(Prisma.sql`i."fundAccount"`, "FundAccount", filters.fund));
  if (filters.forum) {
    // A forum stands for its sub-fora too: CTI's work includes SCCP's.
    const codes = Prisma.join(filters.forum);
    conditions.push(
      Prisma.sql`i."forumId" IN (SELECT f."id" FROM "Forum" f WHERE f."code" IN (${codes}) OR f."parentId" IN (SELECT p."id" FROM "Forum" p WHERE p."code" IN (${codes})))`,
    );
  }
  if (filters.due) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Milestone" m WHERE m."itemId" = i."id" AND ${dueCondition(filters.due, today)})`);
  if (filters.position) conditions.push(positionCondition(filters.position));
  if (filters.q) conditions.push(dialect.containsText([Prisma.sql`i."titleEn"`, Prisma.sql`i."titleZh"`, Prisma.sql`i."projectNumber"`], filters.q));
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

export interface TableSqlOptions {
  today: string;
  locale: Locale;
  group?: GroupColumn;
  /** Omitted: every matching row (exports). */
  page?: { number: number; size: number };
}

/** The statements behind one view of the table: how many rows match, which ids are shown, and groups. */
export function itemTableSql(filters: ItemFilters, options: TableSqlOptions) {
  const where = itemWhere(filters, options.today);
  const limit = options.page ? Prisma.sql`LIMIT ${options.page.size} OFFSET ${(options.page.number - 1) * options.page.size}` : Prisma.empty;
  const group = options.group ? GROUPS[options.group].value : null;
  return {
    count: Prisma.sql`SELECT COUNT(*) AS "n" FROM "Item" i ${where}`,
    ids: Prisma.sql`SELECT i."id" AS "id" FROM "Item" i ${itemWhere(filters, options.today, options.page ? "some" : "every")} ${orderBy(filters.sort ?? [], options.locale, options.group)} ${limit}`,
    groups: group ? Prisma.sql`SELECT ${group} AS "value", COUNT(*) AS "n" FROM "Item" i ${where} GROUP BY ${group}` : null,
  };
}

/** For the co-sponsorship matrix: per economy, how many of the matching items it proposes and backs. */
export function economyTotalsSql(filters: ItemFilters, today: string) {
  const where = itemWhere(filters, today);
  return Prisma.sql`SELECT e."code" AS "code",
      (SELECT COUNT(*) FROM "Item" i ${where} AND i."proposerCode" = e."code") AS "proposes",
      (SELECT COUNT(*) FROM "CoSponsorship" c JOIN "Item" i ON i."id" = c."itemId" ${where} AND c."economyCode" = e."code" AND c."withdrawnOn" IS NULL) AS "backs"
    FROM "Economy" e ORDER BY e."apecOrder"`;
}

/** The milestones (`m`, of live items `i` matching the filters) a period shows, as FROM and WHERE. */
function inPeriod(filters: ItemFilters, today: string, start: string, end: string): Prisma.Sql {
  return Prisma.sql`FROM "Milestone" m JOIN "Item" i ON i."id" = m."itemId" ${itemWhere(filters, today)}
    AND m."status" <> 'CANCELLED'
    AND ((m."precision" IN ('DAY', 'ANCHOR') AND m."dueStart" <= ${end} AND m."dueEnd" >= ${start})
      OR (m."precision" IN ('MONTH', 'QUARTER', 'YEAR') AND m."dueEnd" >= ${start} AND m."dueEnd" <= ${end}))`;
}

/**
 * Milestones of the matching items that fall in [start, end]: those with days (a day, or an
 * anchored meeting's days) where their days overlap it, and month, quarter and year milestones
 * where their deadline falls in it, so a month-only milestone is never pinned to a made-up day.
 * One more than `limit` is read, so a view can say when it shows only the first `limit`.
 */
export function milestonesInPeriodSql(filters: ItemFilters, today: string, start: string, end: string, limit: number) {
  return Prisma.sql`SELECT m."id" AS "id" ${inPeriod(filters, today, start, end)} ORDER BY m."dueEnd", m."dueStart", m."id" LIMIT ${limit + 1}`;
}

/**
 * The timeline's statements for a period: how many milestones and items it holds, the first
 * `rows` items in the order their first milestone falls, and those items' milestones in it.
 */
export function timelineSql(filters: ItemFilters, today: string, start: string, end: string, rows: number) {
  const from = inPeriod(filters, today, start, end);
  const firstItems = Prisma.sql`SELECT ranked."itemId" FROM (
      SELECT m."itemId" AS "itemId", ROW_NUMBER() OVER (ORDER BY m."dueEnd", m."dueStart", m."id") AS "position" ${from}
    ) ranked
    GROUP BY ranked."itemId" ORDER BY MIN(ranked."position") LIMIT ${rows}`;
  return {
    counts: Prisma.sql`SELECT COUNT(*) AS "milestones", COUNT(DISTINCT m."itemId") AS "items" ${from}`,
    milestones: Prisma.sql`SELECT m."id" AS "id" ${from} AND m."itemId" IN (${firstItems}) ORDER BY m."dueEnd", m."dueStart", m."id"`,
  };
}

/**
 * The three statements behind a page of rows (lib/items/queries.ts rowsFor): the items with their
 * forum and proposer, their current co-sponsors in APEC's order, their open milestones.
 */
export function rowSql(ids: readonly number[]) {
  const list = Prisma.join(ids);
  return {
    items: Prisma.sql`
      SELECT i."id", i."kind", i."year", i."projectNumber", i."titleEn", i."titleZh", i."status", i."fundAccount", i."version",
        f."code" AS "forumCode", f."name" AS "forumName", f."nameZh" AS "forumNameZh",
        e."code" AS "proposerCode", e."name" AS "proposerName", e."shortName" AS "proposerShortName", e."nameZh" AS "proposerNameZh"
      FROM "Item" i JOIN "Forum" f ON f."id" = i."forumId" JOIN "Economy" e ON e."code" = i."proposerCode" WHERE i."id" IN (${list})`,
    coSponsors: Prisma.sql`
      SELECT c."itemId" AS "itemId", c."joinedOn" AS "joinedOn", e."code" AS "code", e."name" AS "name", e."shortName" AS "shortName", e."nameZh" AS "nameZh"
      FROM "CoSponsorship" c JOIN "Economy" e ON e."code" = c."economyCode"
      WHERE c."withdrawnOn" IS NULL AND c."itemId" IN (${list}) ORDER BY e."apecOrder"`,
    // The index is named: without statistics SQLite would rather walk every open milestone by status.
    openMilestones: Prisma.sql`
      SELECT "id", "itemId", "title", "titleZh", "precision", "dueStart", "dueEnd", "anchor", "status", "position"
      FROM "Milestone" ${sqlDialect().indexHint("Milestone_itemId_status_dueEnd_idx")} WHERE "itemId" IN (${list}) AND "status" IN ('PLANNED', 'LATE')`,
  };
}
