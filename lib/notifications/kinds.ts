import type { ItemStatus } from "../db/generated/enums";
import type { StoredDue } from "../milestones/due";

// What an officer can be told of, and what each notice keeps to be rendered later in the
// reader's language: names in both languages as they stood when it happened, ids to link to.

export const NOTIFICATION_KINDS = [
  "item.status",
  "milestone.done",
  "milestone.moved",
  "milestone.overdue",
  "cosponsor.joined",
  "cosponsor.withdrawn",
  "meeting.report",
  "mention",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

interface MilestoneRef {
  milestoneId: number;
  title: string;
  titleZh: string;
}

interface EconomyRefNames {
  code: string;
  economy: string;
  economyZh: string;
}

export type NotificationData =
  | { kind: "item.status"; from: ItemStatus; to: ItemStatus }
  | ({ kind: "milestone.done"; completedOn: string | null } & MilestoneRef)
  | ({ kind: "milestone.moved"; from: StoredDue; to: StoredDue } & MilestoneRef)
  | ({ kind: "milestone.overdue"; due: StoredDue } & MilestoneRef)
  | ({ kind: "cosponsor.joined" } & EconomyRefNames)
  | ({ kind: "cosponsor.withdrawn"; removed: boolean } & EconomyRefNames)
  | { kind: "meeting.report"; meetingId: number; meeting: string; meetingZh: string }
  | { kind: "mention"; where: "item" | "milestone" | "meeting"; excerpt: string; meetingId?: number };

/** How long notifications are kept. */
export const NOTIFICATION_RETENTION_DAYS = 180;

export function parseNotificationData(kind: string, data: string): NotificationData | null {
  if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) return null;
  try {
    const parsed = JSON.parse(data) as NotificationData;
    return parsed.kind === kind ? parsed : null;
  } catch {
    return null;
  }
}
