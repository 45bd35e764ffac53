import type { ItemFields } from "./schema";

type StoredItem = {
  kind: string | null;
  forum: { code: string };
  year: number;
  projectNumber: string | null;
  titleEn: string;
  titleZh: string | null;
  proposerCode: string;
  status: string;
  fundAccount: string | null;
  subFundId: number | null;
  apecFundingUsd: number | null;
  coFundingUsd: number | null;
  overseer: string | null;
  expectedStart: string | null;
  expectedEnd: string | null;
  summary: string | null;
  notes: string | null;
};

/** A stored item as the edit form's fields hold it; also what conflict screens compare. */
export function itemToFormValues(item: StoredItem): Record<keyof ItemFields, string> {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    kind: text(item.kind),
    forumCode: item.forum.code,
    year: String(item.year),
    projectNumber: text(item.projectNumber),
    titleEn: item.titleEn,
    titleZh: text(item.titleZh),
    proposerCode: item.proposerCode,
    status: item.status,
    fundAccount: text(item.fundAccount),
    subFundId: text(item.subFundId),
    apecFundingUsd: text(item.apecFundingUsd),
    coFundingUsd: text(item.coFundingUsd),
    overseer: text(item.overseer),
    expectedStart: text(item.expectedStart),
    expectedEnd: text(item.expectedEnd),
    summary: text(item.summary),
    notes: text(item.notes),
  };
}

/** The parsed form as it compares with a stored item. */
export function fieldsToFormValues(fields: ItemFields): Record<keyof ItemFields, string> {
  return itemToFormValues({ ...fields, forum: { code: fields.forumCode } });
}
