import "server-only";
import { db } from "../db";
import { economySelect } from "../economies/queries";
import { compareItems } from "../items/order";
import { meetingDateSelect } from "./dates";

/** What every list of meetings shows of each: its kind, names, date as precisely as known, organiser, place and format. */
export const meetingSummarySelect = {
  id: true,
  kind: true,
  name: true,
  nameZh: true,
  shortName: true,
  ...meetingDateSelect,
  external: true,
  organiser: true,
  place: true,
  format: true,
} as const;

export async function listMeetings() {
  return db.meeting.findMany({
    select: {
      ...meetingSummarySelect,
      _count: { select: { items: { where: { item: { archivedAt: null } } } } },
    },
    // A month sorts by its first day; a meeting not yet dated comes last.
    orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  });
}

export async function getMeeting(id: number) {
  const meeting = await db.meeting.findUnique({
    where: { id },
    include: {
      forum: { select: { code: true, name: true } },
      items: {
        where: { item: { archivedAt: null } },
        select: {
          agendaItem: true,
          note: true,
          item: { select: { id: true, kind: true, year: true, titleEn: true, titleZh: true, status: true, proposer: { select: economySelect } } },
        },
      },
      attendances: { select: { attended: true, economy: { select: economySelect } }, orderBy: { economy: { apecOrder: "asc" } } },
      organisations: { select: { organisation: { select: { code: true, name: true, nameZh: true } } } },
    },
  });
  if (!meeting) return null;
  return { ...meeting, items: [...meeting.items].sort((a, b) => compareItems(a.item, b.item)) };
}
