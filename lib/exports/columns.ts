// The columns of the files officers download and may import back, by their catalogue key under
// "export.". Export and import both read these lists, so a header the export writes is always one
// the import knows, in English and in Chinese.

/** One row per item: the table's view, then what an import needs to find the item again. */
export const ITEM_CSV_COLUMNS = [
  "year",
  "kind",
  "title",
  "otherTitle",
  "projectNumber",
  "proposer",
  "coSponsors",
  "coSponsorCount",
  "status",
  "nextMilestone",
  "nextDue",
  "itemId",
  "version",
] as const;

/** The workbook's Items sheet also has the next deadline as a date a spreadsheet can sort. */
export const ITEM_SHEET_COLUMNS = [...ITEM_CSV_COLUMNS.slice(0, 11), "nextDueBy", ...ITEM_CSV_COLUMNS.slice(11)] as const;

export type ItemColumn = (typeof ITEM_SHEET_COLUMNS)[number];

/** Columns an import reads from an item row; the others are computed and only shown. */
export const ITEM_IMPORTED: readonly ItemColumn[] = [
  "itemId",
  "version",
  "year",
  "kind",
  "title",
  "otherTitle",
  "projectNumber",
  "proposer",
  "coSponsors",
  "status",
];

/** One row per milestone, every milestone of the items exported; due dates in parseDue's short forms. */
export const MILESTONE_COLUMNS = [
  "itemId",
  "projectNumber",
  "item",
  "milestoneId",
  "version",
  "milestoneTitleEn",
  "milestoneTitleZh",
  "milestoneDue",
  "anchor",
  "milestoneStatus",
  "completedOn",
  "note",
] as const;

export type MilestoneColumn = (typeof MILESTONE_COLUMNS)[number];

export const MILESTONE_IMPORTED: readonly MilestoneColumn[] = MILESTONE_COLUMNS.filter((column) => column !== "item");

/** One row per item and co-sponsor: a view for pivot tables, never imported. */
export const LONG_CSV_COLUMNS = ["year", "kind", "title", "projectNumber", "proposer", "coSponsor", "coSponsorCode", "status"] as const;
