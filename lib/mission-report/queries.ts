import "server-only";
import { meetingStatusChart } from "../charts/meeting-charts";
import { db } from "../db";
import type { OrganisationKind } from "../db/generated/enums";
import { economySelect } from "../economies/queries";
import type { MissionReport, ReportMilestone } from "./types";

const ORGANISATION_ORDER: OrganisationKind[] = ["APEC_BODY", "INTERNATIONAL_ORGANISATION", "BUSINESS"];

const milestoneSelect = {
  title: true,
  titleZh: true,
  precision: true,
  dueStart: true,
  dueEnd: true,
  anchor: true,
  status: true,
  completedOn: true,
  inferredFields: true,
} as const;

function fields(list: string): string[] {
  return list
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}

function milestone(m: {
  title: string;
  titleZh: string | null;
  precision: ReportMilestone["due"]["precision"];
  dueStart: string | null;
  dueEnd: string | null;
  anchor: string | null;
  status: ReportMilestone["status"];
  completedOn: string | null;
  inferredFields: string;
}): ReportMilestone {
  return {
    title: m.title,
    titleZh: m.titleZh,
    due: { precision: m.precision, start: m.dueStart, end: m.dueEnd, anchor: m.anchor },
    status: m.status,
    completedOn: m.completedOn,
    inferred: fields(m.inferredFields),
  };
}

/** Everything the mission report of a meeting is written from; null when there is no such meeting. */
export async function loadMissionReport(meetingId: number): Promise<MissionReport | null> {
  const [meeting, office, chartZh, chartEn] = await Promise.all([
    db.meeting.findUnique({
      where: { id: meetingId },
      include: {
        forum: { select: { code: true, name: true, nameZh: true } },
        attendances: { select: { attended: true, economy: { select: economySelect } }, orderBy: { economy: { apecOrder: "asc" } } },
        organisations: { select: { organisation: { select: { id: true, code: true, name: true, nameZh: true, kind: true } } } },
        delegation: { orderBy: [{ position: "asc" }, { id: "asc" }] },
        interventions: { orderBy: [{ position: "asc" }, { id: "asc" }] },
        recommendations: { orderBy: [{ position: "asc" }, { id: "asc" }] },
        agendaItems: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          include: {
            speakers: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { economy: { select: economySelect } } },
            workItems: {
              include: {
                item: {
                  include: {
                    proposer: { select: economySelect },
                    coSponsorships: {
                      where: { withdrawnOn: null },
                      // As the source listed them (the order they were recorded in), not APEC's.
                      orderBy: { id: "asc" },
                      select: { economy: { select: economySelect } },
                    },
                    milestones: { select: milestoneSelect, orderBy: [{ position: "asc" }, { id: "asc" }] },
                  },
                },
              },
            },
          },
        },
      },
    }),
    db.office.findUnique({ where: { id: 1 }, select: { nameEn: true, nameZh: true, economy: { select: economySelect } } }),
    // Both languages: the page and the .docx choose the report's language after loading it.
    meetingStatusChart(meetingId, "zh-TW"),
    meetingStatusChart(meetingId, "en"),
  ]);
  if (!meeting) return null;
  const interventions = (agendaItemId: number | null) =>
    meeting.interventions.filter((i) => i.agendaItemId === agendaItemId).map((i) => ({ speaker: i.speaker, text: i.text }));
  return {
    meeting: {
      id: meeting.id,
      kind: meeting.kind,
      name: meeting.name,
      nameZh: meeting.nameZh,
      shortName: meeting.shortName,
      date: { precision: meeting.datePrecision, start: meeting.startDate, end: meeting.endDate, anchor: meeting.dateAnchor },
      external: meeting.external,
      organiser: meeting.organiser,
      place: meeting.place,
      format: meeting.format,
      chair: meeting.chair,
      attendeeCount: meeting.attendeeCount,
      reportTitle: meeting.reportTitle,
      reportSummary: meeting.reportSummary,
      purpose: meeting.purpose,
      forum: meeting.forum,
    },
    office: { nameEn: office?.nameEn ?? null, nameZh: office?.nameZh ?? null, economy: office?.economy ?? null },
    attendance: meeting.attendances,
    // APEC's own bodies first, then international organisations, then business, as reports list them.
    organisations: meeting.organisations
      .map((o) => o.organisation)
      .sort((a, b) => ORGANISATION_ORDER.indexOf(a.kind) - ORGANISATION_ORDER.indexOf(b.kind) || a.id - b.id)
      .map(({ code, name, nameZh }) => ({ code, name, nameZh })),
    delegation: meeting.delegation.map(({ name, nameZh, title, titleZh, role }) => ({ name, nameZh, title, titleZh, role })),
    agenda: meeting.agendaItems.map((agendaItem) => ({
      number: agendaItem.number,
      headingEn: agendaItem.headingEn,
      headingZh: agendaItem.headingZh,
      discussion: agendaItem.discussion,
      decisions: agendaItem.decisions,
      speakers: agendaItem.speakers.map(({ name, title, organisation, economy }) => ({ name, title, organisation, economy })),
      interventions: interventions(agendaItem.id),
      workItems: [...agendaItem.workItems]
        .map(({ item }) => item)
        .sort((a, b) => a.id - b.id)
        .map((item) => ({
          id: item.id,
          kind: item.kind,
          projectNumber: item.projectNumber,
          titleEn: item.titleEn,
          titleZh: item.titleZh,
          proposer: item.proposer,
          coSponsors: item.coSponsorships.map((c) => c.economy),
          milestones: item.milestones.map(milestone),
          inferred: fields(item.inferredFields),
        })),
    })),
    generalInterventions: interventions(null),
    recommendations: meeting.recommendations.map(({ heading, body }) => ({ heading, body })),
    statusChart: chartZh && chartEn ? { "zh-TW": chartZh, en: chartEn } : null,
  };
}
