import type { ItemStatus } from "../db/generated/enums";
import type { StoredDue } from "../milestones/due";
import type { NotificationData } from "./kinds";
import { mentionExcerpt, newMentions } from "./mentions";

// What a change means to the officers who follow its item, read off the audit event it left: one
// event in, the notices it gives out. Pure, so every way a change arrives (item page, bulk edit,
// import) gives the same notices, and tests can feed it events directly.

export interface ChangeEvent {
  action: string;
  entityId: string;
  itemId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** What the event does not carry and a notice needs, looked up by the caller. */
export interface ChangeContext {
  milestone?: { id: number; title: string; titleZh: string | null; completedOn: string | null } & StoredDue;
  economies?: Map<string, { name: string; shortName: string | null; nameZh: string }>;
  meeting?: { id: number; name: string; shortName: string | null; nameZh: string | null };
}

export type DerivedNotice = { to: "followers"; key: string; data: NotificationData } | { to: "mentioned"; key: string; handle: string; data: NotificationData };

const DUE_FIELDS = ["precision", "dueStart", "dueEnd", "anchor"] as const;

/** Which lookups a change needs before it can be derived; null when it tells nobody anything. */
export function contextNeeded(event: ChangeEvent): { milestoneId?: number; economyCodes?: string[]; meetingId?: number } | null {
  const { action, before, after } = event;
  switch (action) {
    case "item.update": {
      const codes = coSponsorChanges(before, after);
      const told =
        statusChange(before, after) || newMentions(text(before?.notes), text(after?.notes)).length > 0 || codes.joined.length + codes.left.length > 0;
      return told ? { economyCodes: [...codes.joined, ...codes.left] } : null;
    }
    case "milestone.create":
      return newMentions(null, text(after?.note)).length ? { milestoneId: Number(event.entityId) } : null;
    case "milestone.update":
    case "milestone.complete":
      return { milestoneId: Number(event.entityId) };
    case "cosponsor.add":
    case "cosponsor.withdraw":
    case "cosponsor.remove":
      return { economyCodes: [economyOfEntity(event.entityId)] };
    case "meeting.link": {
      const meetingId = Number(after?.meetingId);
      return Number.isInteger(meetingId) ? { meetingId } : null;
    }
    case "meeting.update":
      return newMentions(text(before?.notes), text(after?.notes)).length ? {} : null;
    default:
      return null;
  }
}

export function deriveNotices(event: ChangeEvent, context: ChangeContext): DerivedNotice[] {
  const { action, before, after } = event;
  const notices: DerivedNotice[] = [];
  const tell = (key: string, data: NotificationData) => notices.push({ to: "followers", key, data });
  const mention = (where: "item" | "milestone" | "meeting", oldText: string | null, newText: string | null, meetingId?: number) => {
    for (const handle of newMentions(oldText, newText)) {
      const data: NotificationData = { kind: "mention", where, excerpt: mentionExcerpt(newText!, handle), ...(meetingId ? { meetingId } : {}) };
      notices.push({ to: "mentioned", key: `mention:${where}:${handle}`, handle, data });
    }
  };
  switch (action) {
    case "item.update": {
      const status = statusChange(before, after);
      if (status) tell("status", { kind: "item.status", ...status });
      const { joined, left } = coSponsorChanges(before, after);
      for (const code of joined) tell(`joined:${code}`, { kind: "cosponsor.joined", ...economyNamesOf(code, context) });
      for (const code of left) tell(`withdrawn:${code}`, { kind: "cosponsor.withdrawn", removed: false, ...economyNamesOf(code, context) });
      mention("item", text(before?.notes), text(after?.notes));
      break;
    }
    case "milestone.create":
      mention("milestone", null, text(after?.note));
      break;
    case "milestone.complete":
    case "milestone.update": {
      const milestone = context.milestone;
      if (!milestone) break;
      const ref = { milestoneId: milestone.id, title: milestone.title, titleZh: milestone.titleZh ?? milestone.title };
      if (after?.status === "DONE" && before?.status !== "DONE")
        tell("done", { kind: "milestone.done", completedOn: text(after.completedOn) ?? milestone.completedOn, ...ref });
      if (after && DUE_FIELDS.some((field) => field in after)) {
        const to = dueOf(milestone);
        const from = {
          ...to,
          ...Object.fromEntries(DUE_FIELDS.filter((field) => before && field in before).map((field) => [field, before![field] ?? null])),
        } as StoredDue;
        if (from.dueStart !== to.dueStart || from.dueEnd !== to.dueEnd || from.precision !== to.precision || from.anchor !== to.anchor) {
          tell("moved", { kind: "milestone.moved", from, to, ...ref });
        }
      }
      if (after && "note" in after) mention("milestone", text(before?.note), text(after.note));
      break;
    }
    case "cosponsor.add": {
      const code = economyOfEntity(event.entityId);
      tell(`joined:${code}`, { kind: "cosponsor.joined", ...economyNamesOf(code, context) });
      break;
    }
    case "cosponsor.withdraw":
    case "cosponsor.remove": {
      const code = economyOfEntity(event.entityId);
      tell(`withdrawn:${code}`, { kind: "cosponsor.withdrawn", removed: action === "cosponsor.remove", ...economyNamesOf(code, context) });
      break;
    }
    case "meeting.link": {
      const meeting = context.meeting;
      if (!meeting) break;
      const name = meeting.shortName ?? meeting.name;
      tell("report", { kind: "meeting.report", meetingId: meeting.id, meeting: name, meetingZh: meeting.nameZh ?? name });
      mention("meeting", null, text(after?.note), meeting.id);
      break;
    }
    case "meeting.update":
      mention("meeting", text(before?.notes), text(after?.notes), Number(event.entityId));
      break;
  }
  return notices;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function statusChange(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  if (!after || !("status" in after) || typeof after.status !== "string") return null;
  const from = before?.status;
  if (typeof from !== "string" || from === after.status) return null;
  return { from: from as ItemStatus, to: after.status as ItemStatus };
}

function codes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((code): code is string => typeof code === "string") : [];
}

/** An import row's co-sponsor column, before and after: who joined and who left. */
function coSponsorChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  if (!after || !("coSponsors" in after) || !before || !("coSponsors" in before)) return { joined: [], left: [] };
  const was = codes(before.coSponsors);
  const now = codes(after.coSponsors);
  return { joined: now.filter((code) => !was.includes(code)), left: was.filter((code) => !now.includes(code)) };
}

/** A co-sponsorship's audit entity id is "<item id>:<economy code>". */
function economyOfEntity(entityId: string): string {
  return entityId.slice(entityId.indexOf(":") + 1);
}

function economyNamesOf(code: string, context: ChangeContext) {
  const economy = context.economies?.get(code);
  const name = economy ? (economy.shortName ?? economy.name) : code;
  return { code, economy: name, economyZh: economy?.nameZh ?? name };
}

function dueOf(milestone: StoredDue): StoredDue {
  return { precision: milestone.precision, dueStart: milestone.dueStart, dueEnd: milestone.dueEnd, anchor: milestone.anchor };
}
