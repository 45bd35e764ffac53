// What the work-plan table's client component receives: only what its cells show, in a compact
// shape. Everything a client component is given travels twice (rendered in the HTML, and again in
// the payload React hydrates from), so whole rows (versions, milestone ids, each economy's names
// repeated on every row that names it) cost about 20 KB a page for nothing. Economies and forums
// are named once per page in dictionaries; rows carry their codes.
import type { DatePrecision, FundAccount, ItemKind, ItemStatus, MilestoneStatus } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/config";
import { milestoneTitle } from "@/lib/i18n/data";
import type { ItemRow } from "@/lib/items/queries";
import { formatDue } from "@/lib/milestones/due";

/**
 * Stands for the row's title in the follow button's words, which are worded once per page on the
 * server (in the reader's language) and completed per row in the browser, instead of sending every
 * title twice more.
 */
export const TITLE_MARK = "\u0000";

export interface WorkPlanEconomy {
  code: string;
  name: string;
  shortName: string | null;
  nameZh: string | null;
}

export interface WorkPlanRow {
  id: number;
  titleEn: string;
  titleZh: string | null;
  projectNumber: string | null;
  year: number;
  kind: ItemKind | null;
  /** The forum's code, named in WorkPlanTableData.forums. */
  forum: string;
  fund: FundAccount | null;
  /** Economy codes, named in WorkPlanTableData.economies. */
  proposer: string;
  coSponsors: string[];
  /** The next open milestone: its title in the reader's language and its due date worded on the server. */
  next: {
    title: string;
    label: string;
    precision: DatePrecision;
    dueStart: string | null;
    dueEnd: string | null;
    anchor: string | null;
    status: MilestoneStatus;
  } | null;
  status: ItemStatus;
  /** Absent when the row has no follow button; `note` says why it is followed by default. */
  follow?: { following: boolean; note?: string };
}

export interface WorkPlanTableData {
  rows: WorkPlanRow[];
  economies: Record<string, WorkPlanEconomy>;
  /** Each forum's name in the reader's language, by code. */
  forums: Record<string, string>;
  /** The follow button's name either way, with TITLE_MARK where the title goes. */
  followWords: { follow: string; unfollow: string };
}

/** The page's rows as the table's client component receives them. */
export function workPlanTableData(
  rows: ItemRow[],
  locale: Locale,
  follows: Map<number, { following: boolean; note?: string }>,
  followWords: { follow: string; unfollow: string },
): WorkPlanTableData {
  const economies: Record<string, WorkPlanEconomy> = {};
  const forums: Record<string, string> = {};
  const named = (economy: WorkPlanEconomy) => {
    economies[economy.code] ??= { code: economy.code, name: economy.name, shortName: economy.shortName, nameZh: economy.nameZh };
    return economy.code;
  };
  return {
    rows: rows.map((row) => {
      forums[row.forum.code] ??= locale === "zh-TW" && row.forum.nameZh ? row.forum.nameZh : row.forum.name;
      const milestone = row.nextMilestone;
      const follow = follows.get(row.id);
      return {
        id: row.id,
        titleEn: row.titleEn,
        titleZh: row.titleZh,
        projectNumber: row.projectNumber,
        year: row.year,
        kind: row.kind,
        forum: row.forum.code,
        fund: row.fundAccount,
        proposer: named(row.proposer),
        coSponsors: row.coSponsors.map(named),
        next: milestone
          ? {
              title: milestoneTitle(milestone, locale),
              // Worded here: the browser's own date words may differ ("Sep", "Sept") and break hydration.
              label: formatDue(milestone, locale),
              precision: milestone.precision,
              dueStart: milestone.dueStart,
              dueEnd: milestone.dueEnd,
              anchor: milestone.anchor,
              status: milestone.status,
            }
          : null,
        status: row.status,
        ...(follow ? { follow: follow.note ? { following: follow.following, note: follow.note } : { following: follow.following } } : {}),
      };
    }),
    economies,
    forums,
    followWords,
  };
}
