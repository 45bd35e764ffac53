// What a mission report is written from, whoever loads it: the generator (build.ts) reads only this,
// so it can be tested, previewed and rendered without a database.
import type { BarChartSpec } from "../charts/spec";
import type { DatePrecision, DelegationRole, ItemKind, MeetingKind, MilestoneStatus } from "../db/generated/enums";
import type { ReportDate, ReportLanguage } from "./roc-date";

export interface ReportEconomy {
  code: string;
  name: string;
  shortName: string | null;
  nameZh: string;
}

export interface ReportMilestone {
  title: string;
  titleZh: string | null;
  due: ReportDate;
  status: MilestoneStatus;
  completedOn: string | null;
  /** Fields the source did not state ("due", "status"): the report says so rather than asserting them. */
  inferred: string[];
}

export interface ReportWorkItem {
  id: number;
  kind: ItemKind | null;
  projectNumber: string | null;
  titleEn: string;
  titleZh: string | null;
  proposer: ReportEconomy;
  /** Current co-sponsors (withdrawn ones left out), in the order they were recorded. */
  coSponsors: ReportEconomy[];
  milestones: ReportMilestone[];
  inferred: string[];
}

export interface ReportSpeaker {
  name: string;
  title: string | null;
  organisation: string | null;
  economy: ReportEconomy | null;
}

export interface ReportIntervention {
  speaker: string | null;
  text: string;
}

export interface ReportAgendaItem {
  number: string | null;
  headingEn: string;
  headingZh: string | null;
  discussion: string | null;
  decisions: string | null;
  workItems: ReportWorkItem[];
  speakers: ReportSpeaker[];
  interventions: ReportIntervention[];
}

export interface ReportDelegate {
  name: string;
  nameZh: string | null;
  title: string | null;
  titleZh: string | null;
  role: DelegationRole;
}

export interface ReportOrganisation {
  code: string;
  name: string;
  nameZh: string | null;
}

export interface MissionReport {
  meeting: {
    id: number;
    kind: MeetingKind;
    name: string;
    nameZh: string | null;
    shortName: string | null;
    date: ReportDate & { precision: DatePrecision };
    external: boolean;
    organiser: string | null;
    place: string | null;
    format: string | null;
    chair: string | null;
    attendeeCount: number | null;
    reportTitle: string | null;
    reportSummary: string | null;
    purpose: string | null;
    forum: { code: string; name: string; nameZh: string | null } | null;
  };
  /** The organisation that writes the report (the office), in either language; null until an administrator names it. */
  office: { nameEn: string | null; nameZh: string | null; economy: ReportEconomy | null };
  /** Every member economy recorded for the meeting, attended or not, in APEC's order. */
  attendance: { economy: ReportEconomy; attended: boolean }[];
  organisations: ReportOrganisation[];
  delegation: ReportDelegate[];
  agenda: ReportAgendaItem[];
  /** Our interventions not tied to an agenda item. */
  generalInterventions: ReportIntervention[];
  recommendations: { heading: string; body: string | null }[];
  /** Where the items reported at the meeting stand (lib/charts/meeting-charts.ts), in each language a report is written in. */
  statusChart: Record<ReportLanguage, BarChartSpec> | null;
}
