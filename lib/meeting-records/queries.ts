import "server-only";
import { db } from "../db";
import type { ItemKind, ItemStatus } from "../db/generated/enums";
import { economySelect, type EconomyRef } from "../economies/queries";
import type { Locale } from "../i18n/config";
import { localTitle } from "../i18n/data";

const byPosition = [{ position: "asc" as const }, { id: "asc" as const }];

/**
 * A meeting as its delegation recorded it, everything in the record's order: the agenda with the
 * work-plan items discussed under each (with their proposers), who spoke (with their economy's
 * names in both languages) and our interventions; then the delegation, every intervention (those
 * under no agenda item too) and the recommendations. The record page and the mission report both
 * read this, so they cannot disagree.
 */
export async function meetingRecord(meetingId: number): Promise<MeetingRecord | null> {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      version: true,
      name: true,
      nameZh: true,
      shortName: true,
      reportTitle: true,
      purpose: true,
      reportSummary: true,
      agendaItems: {
        orderBy: byPosition,
        select: {
          id: true,
          position: true,
          number: true,
          headingEn: true,
          headingZh: true,
          discussion: true,
          decisions: true,
          version: true,
          workItems: {
            select: {
              item: {
                select: {
                  id: true,
                  year: true,
                  kind: true,
                  titleEn: true,
                  titleZh: true,
                  projectNumber: true,
                  status: true,
                  archivedAt: true,
                  proposer: { select: economySelect },
                },
              },
            },
          },
          speakers: {
            orderBy: byPosition,
            select: { id: true, position: true, name: true, title: true, organisation: true, economy: { select: economySelect } },
          },
        },
      },
      delegation: { orderBy: byPosition, select: { id: true, position: true, name: true, nameZh: true, title: true, titleZh: true, role: true } },
      interventions: { orderBy: byPosition, select: { id: true, position: true, speaker: true, text: true, agendaItemId: true } },
      recommendations: { orderBy: byPosition, select: { id: true, position: true, heading: true, body: true } },
    },
  });
  if (!meeting) return null;
  const { agendaItems, interventions, ...rest } = meeting;
  return {
    ...rest,
    interventions,
    agenda: agendaItems.map(({ workItems, ...agenda }) => ({
      ...agenda,
      workItems: workItems
        .map(({ item: { archivedAt, ...item } }) => ({ ...item, archived: archivedAt !== null }))
        .sort((a, b) => b.year - a.year || a.titleEn.localeCompare(b.titleEn)),
      interventions: interventions.filter((intervention) => intervention.agendaItemId === agenda.id),
    })),
  };
}

export interface RecordWorkItem {
  id: number;
  year: number;
  kind: ItemKind | null;
  titleEn: string;
  titleZh: string | null;
  projectNumber: string | null;
  status: ItemStatus;
  /** Archived since it was discussed: still part of what was said, no longer live in the plan. */
  archived: boolean;
  proposer: EconomyRef;
}

export interface RecordSpeaker {
  id: number;
  position: number;
  name: string;
  title: string | null;
  organisation: string | null;
  economy: EconomyRef | null;
}

export interface RecordIntervention {
  id: number;
  position: number;
  speaker: string | null;
  text: string;
  agendaItemId: number | null;
}

export interface RecordAgendaItem {
  id: number;
  position: number;
  number: string | null;
  headingEn: string;
  headingZh: string | null;
  discussion: string | null;
  decisions: string | null;
  version: number;
  workItems: RecordWorkItem[];
  speakers: RecordSpeaker[];
  /** Ours under this agenda item, in the meeting's order. */
  interventions: RecordIntervention[];
}

export interface RecordDelegationMember {
  id: number;
  position: number;
  name: string;
  nameZh: string | null;
  title: string | null;
  titleZh: string | null;
  role: "HEAD" | "DELEGATE" | "ADVISER";
}

export interface RecordRecommendation {
  id: number;
  position: number;
  heading: string;
  body: string | null;
}

export interface MeetingRecord {
  id: number;
  version: number;
  name: string;
  nameZh: string | null;
  shortName: string | null;
  reportTitle: string | null;
  purpose: string | null;
  reportSummary: string | null;
  agenda: RecordAgendaItem[];
  delegation: RecordDelegationMember[];
  /** Every intervention of ours, in order; those with no agenda item were made in general. */
  interventions: RecordIntervention[];
  recommendations: RecordRecommendation[];
}

/** The record in brief, for the meeting's page: each agenda heading with what it holds. */
export async function meetingRecordSummary(meetingId: number) {
  const [agenda, delegation, recommendations, general] = await Promise.all([
    db.agendaItem.findMany({
      where: { meetingId },
      orderBy: byPosition,
      select: {
        id: true,
        number: true,
        headingEn: true,
        headingZh: true,
        _count: { select: { workItems: true, speakers: true, interventions: true } },
      },
    }),
    db.delegationMember.count({ where: { meetingId } }),
    db.recommendation.count({ where: { meetingId } }),
    db.intervention.count({ where: { meetingId, agendaItemId: null } }),
  ]);
  return { agenda, delegation, recommendations, generalInterventions: general };
}

export type MeetingRecordSummaryData = Awaited<ReturnType<typeof meetingRecordSummary>>;

/** What the agenda item form offers to tick and to add, in the officer's language. */
export async function agendaFormOptions(meetingId: number, locale: Locale) {
  const [reported, live, economies] = await Promise.all([
    db.meetingItem.findMany({ where: { meetingId, item: { archivedAt: null } }, select: { itemId: true } }),
    db.item.findMany({
      where: { archivedAt: null },
      select: { id: true, year: true, titleEn: true, titleZh: true },
      orderBy: [{ year: "desc" }, { titleEn: "asc" }],
    }),
    db.economy.findMany({ select: economySelect, orderBy: { apecOrder: "asc" } }),
  ]);
  const reportedIds = new Set(reported.map((entry) => entry.itemId));
  const option = (item: (typeof live)[number]) => ({ value: String(item.id), label: `${item.year} · ${localTitle(item, locale).text}` });
  return {
    /** Items listed as reported at the meeting: the likely ones, offered as boxes to tick. */
    reported: live.filter((item) => reportedIds.has(item.id)).map(option),
    /** The rest of the live work plan, to add one from a list. */
    others: live.filter((item) => !reportedIds.has(item.id)).map(option),
    economies: economies.map((economy) => ({
      value: economy.code,
      label: `${economy.code} · ${locale === "zh-TW" ? economy.nameZh : (economy.shortName ?? economy.name)}`,
    })),
  };
}
