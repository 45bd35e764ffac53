import "server-only";
import { addDays } from "../dates";
import { db } from "../db";
import { economySelect } from "../economies/queries";
import { compareItems } from "../items/order";
import { compareMilestones } from "../milestones/order";
import { milestoneDueSelect } from "../milestones/queries";
import { officeDayStart } from "../today";
import { meetingDateSelect } from "./dates";

/** What the brief lists as change: the work itself, not who tidied a note. */
const BRIEF_ACTIONS = [
  "item.create",
  "item.update",
  "item.archive",
  "item.restore",
  "cosponsor.add",
  "cosponsor.withdraw",
  "cosponsor.remove",
  "milestone.create",
  "milestone.update",
  "milestone.complete",
  "milestone.delete",
];

/**
 * Everything a delegation needs about a meeting: each item reported there with its proposer,
 * co-sponsors, milestones and latest notes, and what changed on it since the previous meeting of
 * the same forum, read from the audit trail.
 */
export async function getMeetingBrief(meetingId: number, now = new Date()) {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      name: true,
      nameZh: true,
      shortName: true,
      ...meetingDateSelect,
      place: true,
      format: true,
      chair: true,
      forumId: true,
    },
  });
  if (!meeting) return null;
  // The previous meeting of the forum itself, not a workshop held alongside it: one that surely
  // ended before this one's first possible day. Before a meeting without a date, none is known.
  const previous = meeting.startDate
    ? await db.meeting.findFirst({
        where: { id: { not: meeting.id }, kind: "MEETING", forumId: meeting.forumId, endDate: { lt: meeting.startDate } },
        orderBy: [{ endDate: "desc" }, { id: "desc" }],
        select: { id: true, name: true, nameZh: true, shortName: true, datePrecision: true, startDate: true, endDate: true, dateAnchor: true },
      })
    : null;
  // Meeting dates are days on the officers' calendar: the window runs from the end of the
  // previous meeting's last day to the start of this one's first day, in their time zone.
  const since = previous?.endDate ? new Date(officeDayStart(addDays(previous.endDate, 1)).getTime() - 1) : null;
  const until = meeting.startDate ? new Date(Math.min(now.getTime(), officeDayStart(meeting.startDate).getTime())) : now;

  const reported = await db.meetingItem.findMany({
    where: { meetingId, item: { archivedAt: null } },
    select: {
      agendaItem: true,
      note: true,
      item: {
        select: {
          id: true,
          kind: true,
          year: true,
          titleEn: true,
          titleZh: true,
          projectNumber: true,
          status: true,
          summary: true,
          notes: true,
          proposer: { select: economySelect },
          coSponsorships: {
            where: { withdrawnOn: null },
            select: { joinedOn: true, economy: { select: economySelect } },
            orderBy: { economy: { apecOrder: "asc" } },
          },
          milestones: {
            select: {
              ...milestoneDueSelect,
              completedOn: true,
              note: true,
            },
          },
        },
      },
    },
  });
  const itemIds = reported.map((entry) => entry.item.id);
  const changes = since
    ? await db.auditEvent.findMany({
        where: { itemId: { in: itemIds }, action: { in: BRIEF_ACTIONS }, at: { gt: since, lte: until } },
        select: { id: true, itemId: true, at: true, summary: true, action: true },
        orderBy: [{ at: "asc" }, { id: "asc" }],
      })
    : [];

  return {
    meeting,
    previous,
    items: reported
      .map((entry) => ({
        ...entry,
        item: { ...entry.item, milestones: [...entry.item.milestones].sort(compareMilestones) },
        changes: changes.filter((change) => change.itemId === entry.item.id),
      }))
      .sort((a, b) => compareItems(a.item, b.item)),
  };
}
