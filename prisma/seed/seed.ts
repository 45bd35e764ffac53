// Loads the reference data, the SCCP 2024 work plan and the record of its meetings. Every record is created only when it is
// missing (economies by code, items and meetings by their seed key), together with its children,
// so running the seed again changes nothing and never touches what officers have entered or edited;
// a seeded item an administrator deleted for good stays deleted. A meeting's record (agenda,
// speakers, interventions, recommendations) is written with the meeting, once.
import type { PrismaClient } from "../../lib/db/generated/client";
import { toStoredDue } from "../../lib/milestones/due";
import { refreshAllNextDue } from "../../lib/milestones/next-due-sql";
import { ECONOMIES, FORA, ORGANISATIONS, SUPPORT_SUB_FUNDS } from "./reference-data";
import { EARLIER_WORK, FRAMEWORKS, MEETINGS, WORK_PLAN_2024, type ItemSeed } from "./sccp-2024";
import { MEETING_RECORDS, type MeetingRecordSeed } from "./sccp-2024-record";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface SeedReport {
  economies: number;
  organisations: number;
  fora: number;
  subFunds: number;
  frameworks: number;
  items: number;
  meetings: number;
  agendaItems: number;
}

export async function seedDatabase(client: PrismaClient): Promise<SeedReport> {
  return client.$transaction(async (tx) => {
    const report: SeedReport = { economies: 0, organisations: 0, fora: 0, subFunds: 0, frameworks: 0, items: 0, meetings: 0, agendaItems: 0 };

    for (const [index, economy] of ECONOMIES.entries()) {
      if (await tx.economy.findUnique({ where: { code: economy.code }, select: { code: true } })) continue;
      await tx.economy.create({ data: { ...economy, apecOrder: index + 1 } });
      report.economies++;
    }
    for (const organisation of ORGANISATIONS) {
      if (await tx.organisation.findUnique({ where: { code: organisation.code }, select: { id: true } })) continue;
      await tx.organisation.create({ data: organisation });
      report.organisations++;
    }
    for (const [index, forum] of FORA.entries()) {
      if (await tx.forum.findUnique({ where: { code: forum.code }, select: { id: true } })) continue;
      const parent = forum.parent ? await tx.forum.findUniqueOrThrow({ where: { code: forum.parent } }) : null;
      await tx.forum.create({
        data: { code: forum.code, name: forum.name, nameZh: forum.nameZh, parentId: parent?.id, sortOrder: index + 1 },
      });
      report.fora++;
    }
    for (const subFund of SUPPORT_SUB_FUNDS) {
      if (await tx.supportSubFund.findUnique({ where: { name: subFund.name }, select: { id: true } })) continue;
      await tx.supportSubFund.create({ data: subFund });
      report.subFunds++;
    }
    for (const { priorities, ...framework } of FRAMEWORKS) {
      if (await tx.framework.findUnique({ where: { code: framework.code }, select: { id: true } })) continue;
      await tx.framework.create({ data: { ...framework, priorities: { create: priorities } } });
      report.frameworks++;
    }

    // Meetings first, so that milestones met at a meeting can point to it; a meeting's list of
    // reported items is written with the meeting, once.
    const meetingIds = new Map<string, number>();
    const newMeetings: typeof MEETINGS = [];
    for (const meeting of MEETINGS) {
      const existing = await tx.meeting.findUnique({ where: { seedKey: meeting.seedKey }, select: { id: true } });
      if (existing) {
        meetingIds.set(meeting.seedKey, existing.id);
        continue;
      }
      const created = await createMeeting(tx, meeting);
      meetingIds.set(meeting.seedKey, created.id);
      newMeetings.push(meeting);
      report.meetings++;
    }

    const itemIds = new Map<string, number>();
    const deleted = new Set((await tx.deletedSeedRecord.findMany({ select: { seedKey: true } })).map((r) => r.seedKey));
    for (const item of [...WORK_PLAN_2024, ...EARLIER_WORK]) {
      if (deleted.has(item.seedKey)) continue;
      const existing = await tx.item.findUnique({ where: { seedKey: item.seedKey }, select: { id: true } });
      if (existing) {
        itemIds.set(item.seedKey, existing.id);
        continue;
      }
      itemIds.set(item.seedKey, (await createItem(tx, item, meetingIds)).id);
      report.items++;
    }

    for (const meeting of newMeetings) {
      const meetingId = meetingIds.get(meeting.seedKey)!;
      for (const reported of meeting.reported) {
        if (deleted.has(reported.item)) continue;
        const itemId = itemIds.get(reported.item);
        if (!itemId) throw new Error(`Seed data: meeting ${meeting.seedKey} reports unknown item ${reported.item}.`);
        await tx.meetingItem.create({ data: { meetingId, itemId, agendaItem: reported.agendaItem, note: reported.note } });
      }
      const record = MEETING_RECORDS.find((r) => r.meeting === meeting.seedKey);
      if (record) report.agendaItems += await createMeetingRecord(tx, meetingId, record, itemIds, deleted);
    }
    // The items' milestones were created with them, past the milestone write layer.
    await refreshAllNextDue(tx);
    return report;
    // Hundreds of small statements: on PostgreSQL, under a concurrent build, they outran Prisma's
    // default five seconds.
  }, SEED_TRANSACTION);
}

const SEED_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

async function createMeeting(tx: Tx, meeting: (typeof MEETINGS)[number]) {
  const record = MEETING_RECORDS.find((r) => r.meeting === meeting.seedKey);
  const sccp = await tx.forum.findUniqueOrThrow({ where: { code: "SCCP" } });
  const organisations = await tx.organisation.findMany({ where: { code: { in: meeting.organisations ?? [] } } });
  const attendances = meeting.absentEconomies
    ? ECONOMIES.map((economy) => ({ economyCode: economy.code, attended: !meeting.absentEconomies!.includes(economy.code) }))
    : [];
  return tx.meeting.create({
    data: {
      seedKey: meeting.seedKey,
      kind: meeting.kind,
      name: meeting.name,
      nameZh: meeting.nameZh,
      shortName: meeting.shortName,
      forumId: sccp.id,
      datePrecision: meeting.datePrecision,
      startDate: meeting.startDate,
      endDate: meeting.endDate,
      format: meeting.format,
      chair: meeting.chair,
      attendeeCount: meeting.attendeeCount,
      notes: meeting.notes,
      purpose: record?.purpose,
      reportTitle: record?.reportTitle,
      reportSummary: record?.reportSummary,
      attendances: { create: attendances },
      organisations: { create: organisations.map((organisation) => ({ organisationId: organisation.id })) },
    },
    select: { id: true },
  });
}

async function createItem(tx: Tx, item: ItemSeed, meetingIds: Map<string, number>) {
  const sccp = await tx.forum.findUniqueOrThrow({ where: { code: "SCCP" } });
  const priorities = item.apec2024Priorities?.length
    ? await tx.priority.findMany({ where: { framework: { code: "APEC-2024" }, number: { in: item.apec2024Priorities } } })
    : [];
  return tx.item.create({
    data: {
      seedKey: item.seedKey,
      kind: item.kind,
      forumId: sccp.id,
      year: item.year,
      titleEn: item.titleEn,
      titleZh: item.titleZh,
      proposerCode: item.proposer,
      status: item.status,
      fundAccount: item.fundAccount,
      summary: item.summary,
      notes: item.notes,
      inferredFields: (item.inferred ?? []).join(","),
      coSponsorships: { create: item.coSponsors.map((economyCode) => ({ economyCode })) },
      milestones: {
        create: item.milestones.map((milestone, position) => ({
          title: milestone.title,
          titleZh: milestone.titleZh,
          ...toStoredDue(milestone.due),
          status: milestone.status,
          completedOn: milestone.completedOn,
          note: milestone.note,
          inferredFields: (milestone.inferred ?? []).join(","),
          position,
          meetingId: milestone.meeting ? meetingIds.get(milestone.meeting) : undefined,
        })),
      },
      priorities: { create: priorities.map((priority) => ({ priorityId: priority.id })) },
    },
    select: { id: true },
  });
}

/** The agenda, delegation, interventions and recommendations of a new meeting; returns the number
 * of agenda items. Work items an administrator deleted for good are left out of the links. */
async function createMeetingRecord(tx: Tx, meetingId: number, record: MeetingRecordSeed, itemIds: Map<string, number>, deleted: Set<string>) {
  const agendaIds = new Map<string, number>();
  for (const [position, agendaItem] of record.agenda.entries()) {
    const unknown = agendaItem.items.find((key) => !itemIds.has(key) && !deleted.has(key));
    if (unknown) throw new Error(`Seed data: agenda item ${agendaItem.number} of ${record.meeting} discusses unknown item ${unknown}.`);
    const created = await tx.agendaItem.create({
      data: {
        meetingId,
        position,
        number: agendaItem.number,
        headingEn: agendaItem.headingEn,
        headingZh: agendaItem.headingZh,
        discussion: agendaItem.discussion,
        decisions: agendaItem.decisions,
        workItems: { create: agendaItem.items.flatMap((key) => (itemIds.has(key) ? [{ itemId: itemIds.get(key)! }] : [])) },
        speakers: {
          create: agendaItem.speakers.map((speaker, index) => ({
            position: index,
            name: speaker.name,
            title: speaker.title,
            organisation: speaker.organisation,
            economyCode: speaker.economy,
          })),
        },
      },
      select: { id: true },
    });
    agendaIds.set(agendaItem.number, created.id);
  }
  for (const [position, member] of record.delegation.entries()) {
    await tx.delegationMember.create({ data: { meetingId, position, ...member } });
  }
  for (const [position, intervention] of record.interventions.entries()) {
    const agendaItemId = intervention.agendaItem === undefined ? undefined : agendaIds.get(intervention.agendaItem);
    if (intervention.agendaItem !== undefined && agendaItemId === undefined) {
      throw new Error(`Seed data: an intervention at ${record.meeting} names unknown agenda item ${intervention.agendaItem}.`);
    }
    await tx.intervention.create({ data: { meetingId, position, agendaItemId, speaker: intervention.speaker, text: intervention.text } });
  }
  for (const [position, recommendation] of record.recommendations.entries()) {
    await tx.recommendation.create({ data: { meetingId, position, heading: recommendation.heading, body: recommendation.body } });
  }
  return record.agenda.length;
}

/** True when no reference data has been loaded yet: the only case in which `npm start` seeds. */
export async function isEmptyDatabase(client: PrismaClient): Promise<boolean> {
  return (await client.economy.count()) === 0;
}
