import "server-only";
import ical, { ICalEventTransparency } from "ical-generator";
import { createTranslator } from "next-intl";
import { addDays } from "../dates";
import { db } from "../db";
import { inChunks } from "../db/chunks";
import type { Prisma } from "../db/generated/client";
import type { Locale } from "../i18n/config";
import { localTitle, meetingName, milestoneTitle } from "../i18n/data";
import en from "../i18n/messages/en.json";
import zhTW from "../i18n/messages/zh-TW.json";
import { isFiltered } from "../items/filter-query";
import { listItems } from "../items/queries";
import type { ItemFilters } from "../items/schema";
import { formatMeetingDate, hasMeetingDays, meetingDateSelect } from "../meetings/dates";
import { formatDue } from "../milestones/due";
import { milestoneDueSelect } from "../milestones/queries";

/** A calendar day at UTC midnight: ical-generator writes all-day events as plain DATE values. */
function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * An iCalendar feed (RFC 5545) of the milestones and meetings of the items the filters select.
 * A milestone known only to the month, quarter or year is an all-day event on the period's last
 * day, its title starting with the period ("[April 2024] Preliminary report"), so no calendar
 * shows a made-up day as if it were known; one with no date at all is left out. Meetings: see
 * meetingEvent.
 */
const meetingSelect = {
  id: true,
  name: true,
  nameZh: true,
  shortName: true,
  ...meetingDateSelect,
  place: true,
  updatedAt: true,
} as const;

export async function calendarFeed(filters: ItemFilters, locale: Locale, baseUrl: string): Promise<string> {
  const t = createTranslator({ locale, messages: locale === "zh-TW" ? zhTW : en });
  const items = await listItems(filters);
  const ids = items.map((item) => item.id);
  const titles = new Map(items.map((item) => [item.id, localTitle(item, locale).text]));
  const filtered = isFiltered(filters);
  const [milestones, meetingRows] = await Promise.all([
    inChunks(ids, (chunk) =>
      db.milestone.findMany({
        where: { itemId: { in: chunk }, status: { not: "CANCELLED" }, dueEnd: { not: null } },
        select: {
          ...milestoneDueSelect,
          itemId: true,
          updatedAt: true,
          note: true,
        },
      }),
    ),
    filtered
      ? inChunks(ids, (chunk) => db.meeting.findMany({ where: { items: { some: { itemId: { in: chunk } } } }, select: meetingSelect }))
      : db.meeting.findMany({ select: meetingSelect }),
  ]);
  const meetings = [...new Map(meetingRows.map((meeting) => [meeting.id, meeting])).values()];

  const calendar = ical({
    name: t("calendar.calendarName"),
    prodId: { company: "SCCP Tracker", product: "work plan", language: locale === "zh-TW" ? "ZH" : "EN" },
    ttl: 60 * 60,
  });
  for (const milestone of milestones) {
    const item = titles.get(milestone.itemId) ?? "";
    const title = milestoneTitle(milestone, locale);
    const period = formatDue(milestone, locale);
    const exact = milestone.precision === "DAY" || (milestone.precision === "ANCHOR" && milestone.dueStart);
    const start = exact ? milestone.dueStart! : milestone.dueEnd!;
    calendar.createEvent({
      id: `milestone-${milestone.id}@sccp-tracker`,
      start: utcDay(start),
      end: utcDay(addDays(milestone.dueEnd!, 1)),
      allDay: true,
      stamp: milestone.updatedAt,
      summary: exact ? t("calendar.day", { title, item }) : t("calendar.month", { period, title, item }),
      description: [exact ? period : t("calendar.precisionNote", { period }), milestone.note].filter(Boolean).join("\n"),
      url: `${baseUrl}/items/${milestone.itemId}`,
    });
  }
  for (const meeting of meetings) {
    const event = meetingEvent(meeting, (key, values) => t(key as never, values as never), locale);
    if (!event) continue;
    calendar.createEvent({
      id: `meeting-${meeting.id}@sccp-tracker`,
      ...event,
      allDay: true,
      stamp: meeting.updatedAt,
      location: meeting.place ?? undefined,
      url: `${baseUrl}/meetings/${meeting.id}`,
    });
  }
  return calendar.toString();
}

type FeedMeeting = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;
type Translate = (key: string, values: Record<string, string>) => string;

/**
 * A meeting on its days when they are known (an anchor's too). One known only to the month spans
 * the month, its title starting with the month and marked free: an officer planning travel wants
 * it in sight for the whole month, as "some time in August", but a made-up day would be read as
 * the date, and a busy block over a month would hide their real availability. An anchor whose
 * days are not known yet, a quarter, a year or no date at all is left out: there is no day to put
 * it on, and a bar over three months or a year tells a calendar user nothing while burying
 * everything else; the meetings page lists them.
 */
function meetingEvent(meeting: FeedMeeting, t: Translate, locale: Locale) {
  const name = meetingName(meeting, locale);
  if (hasMeetingDays(meeting)) {
    return {
      start: utcDay(meeting.startDate),
      end: utcDay(addDays(meeting.endDate, 1)),
      summary: t("calendar.meeting", { name }),
      description: meeting.datePrecision === "ANCHOR" ? formatMeetingDate(meeting, locale) : undefined,
    };
  }
  if (meeting.datePrecision !== "MONTH" || !meeting.startDate || !meeting.endDate) return null;
  const period = formatMeetingDate(meeting, locale);
  return {
    start: utcDay(meeting.startDate),
    end: utcDay(addDays(meeting.endDate, 1)),
    summary: t("meetingDates.feedPeriod", { period, name }),
    description: t("meetingDates.feedPeriodNote", { period }),
    transparency: ICalEventTransparency.TRANSPARENT,
  };
}
