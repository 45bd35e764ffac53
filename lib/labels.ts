import type { FundAccount, ItemKind, ItemStatus, MeetingKind, MilestoneStatus } from "./db/generated/enums";

export const ITEM_KIND_LABEL: Record<ItemKind, string> = {
  INITIATIVE: "Initiative",
  APEC_FUNDED: "APEC-funded project",
  SELF_FUNDED: "Self-funded project",
};

export const ITEM_KIND_COUNT_LABEL: Record<ItemKind, [one: string, many: string]> = {
  INITIATIVE: ["initiative", "initiatives"],
  APEC_FUNDED: ["APEC-funded project", "APEC-funded projects"],
  SELF_FUNDED: ["self-funded project", "self-funded projects"],
};

export function itemKindLabel(kind: ItemKind | null): string {
  return kind ? ITEM_KIND_LABEL[kind] : "Project (funding not stated)";
}

export const ITEM_STATUS_LABEL: Record<ItemStatus, string> = {
  PROPOSED: "Proposed",
  APPROVED: "Approved",
  IN_IMPLEMENTATION: "In implementation",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
};

export const MILESTONE_STATUS_LABEL: Record<MilestoneStatus, string> = {
  PLANNED: "Planned",
  DONE: "Done",
  LATE: "Late",
  CANCELLED: "Cancelled",
};

export const FUND_ACCOUNT_LABEL: Record<FundAccount, string> = {
  GENERAL_PROJECT_ACCOUNT: "General Project Account",
  TILF_SPECIAL_ACCOUNT: "TILF Special Account",
  APEC_SUPPORT_FUND: "APEC Support Fund",
  SELF_FUNDED: "Self-funded",
};

export const MEETING_KIND_LABEL: Record<MeetingKind, string> = {
  MEETING: "Meeting",
  WORKSHOP: "Workshop",
  OTHER: "Event",
};

/** The name officers use in lists: "Korea", not "Republic of Korea". */
export function economyLabel(economy: { name: string; shortName: string | null }): string {
  return economy.shortName ?? economy.name;
}

/** A field label inside a sentence: "Project overseer" → "project overseer", "APEC funding" stays. */
export function inSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
