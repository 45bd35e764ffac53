// The mission report's outline, in one language: what each part says and in which order. The DOCX
// (docx.ts) and the printable page both render this outline, so they cannot disagree. Its parts are
// those of every delegation's report (出國報告): cover, 摘要, 目次, 壹、目的, 貳、過程 (the meeting, then
// one section per agenda item in order), 參、心得及建議, and the appendices.
import type { BarChartSpec } from "../charts/spec";
import { chartIsEmpty } from "../charts/svg";
import { catalogueTranslator } from "../i18n/catalogue";
import { economyName } from "../i18n/data";
import { appendixNumber, headingNumber, numberedHeading } from "./numbering";
import { chineseDay, englishDay, fullWidthPunctuation, joinList, reportDate, type ReportLanguage } from "./roc-date";
import type { MissionReport, ReportAgendaItem, ReportEconomy, ReportMilestone, ReportSpeaker, ReportWorkItem } from "./types";

/** A numbered paragraph beneath a section's heading: 1. at level 4, （1） at level 5. */
export interface NumberedBlock {
  type: "numbered";
  level: 4 | 5;
  number: string;
  text: string;
}

export interface TableBlock {
  type: "table";
  columns: string[];
  rows: string[][];
}

/** A chart (drawn from its spec as an image in the .docx, as a figure on the page) with its numbers as a table. */
export interface ChartBlock {
  type: "chart";
  spec: BarChartSpec;
  table: TableBlock;
}

export type Block = { type: "paragraph"; text: string; label?: string } | NumberedBlock | TableBlock | ChartBlock;

export interface Section {
  /** Heading level: 1 for 壹、, 2 for 一、, 3 for （一）. */
  level: 1 | 2 | 3;
  /** The heading as printed, number included ("貳、過程", "2.1 Date"); unnumbered parts have none. */
  heading: string;
  /** A stable id for links within the printable page. */
  anchor: string;
  blocks: Block[];
  children: Section[];
}

export interface CoverLine {
  label: string;
  value: string;
}

export interface ReportOutline {
  language: ReportLanguage;
  title: string;
  /** 出國報告（出國類別：開會）: what the document is, above its title. */
  kind: string;
  organisation: string | null;
  cover: CoverLine[];
  summaryHeading: string;
  summary: string[];
  contentsHeading: string;
  /** 壹 … 參 and the appendices, in order. */
  sections: Section[];
}

type Label = (key: string, values?: Record<string, string | number>) => string;

function labels(language: ReportLanguage): Label {
  const t = catalogueTranslator(language) as unknown as (key: string, values?: Record<string, string | number>) => string;
  return (key, values) => t(`missionReport.${key}`, values);
}

/** Paragraphs as the officer typed them: one per non-blank line. */
function paragraphs(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export interface BuildOptions {
  language: ReportLanguage;
  /** The day the report is dated (the office's today), as YYYY-MM-DD. */
  today: string;
}

export function buildReport(report: MissionReport, { language, today }: BuildOptions): ReportOutline {
  const zh = language === "zh-TW";
  const l = labels(language);
  // Chinese text takes full-width punctuation wherever it came from (a label, a name, an officer's notes).
  const text = (value: string) => (zh ? fullWidthPunctuation(value) : value);
  const economy = (e: ReportEconomy) => economyName(e, language);
  const { meeting } = report;
  const meetingName = zh ? (meeting.nameZh ?? meeting.name) : meeting.name;
  const organisation = zh ? (report.office.nameZh ?? report.office.nameEn) : (report.office.nameEn ?? report.office.nameZh);
  const when = reportDate(meeting.date, language, "roc");
  const title = meeting.reportTitle?.trim() || l("defaultTitle", { meeting: meetingName });
  const delegateName = (d: MissionReport["delegation"][number]) => (zh ? (d.nameZh ?? d.name) : d.name);
  const delegateTitle = (d: MissionReport["delegation"][number]) => (zh ? (d.titleZh ?? d.title) : (d.title ?? d.titleZh));

  const cover: CoverLine[] = [];
  if (organisation) cover.push({ label: l("cover.organisation"), value: organisation });
  if (report.delegation.length) {
    cover.push({
      label: l("cover.names"),
      value: report.delegation.map((d) => [delegateTitle(d), delegateName(d)].filter(Boolean).join(zh ? " " : ", ")).join(zh ? "、" : "; "),
    });
  }
  cover.push({ label: l("cover.meeting"), value: meetingName });
  if (meeting.external && meeting.organiser) cover.push({ label: l("cover.organiser"), value: meeting.organiser });
  cover.push({ label: l("cover.dates"), value: when });
  if (meeting.place) cover.push({ label: l("cover.place"), value: meeting.place });
  cover.push({ label: l("cover.reportDate"), value: zh ? chineseDay(today) : englishDay(today) });

  const summary = paragraphs(meeting.reportSummary);
  if (!summary.length) summary.push(l("summaryFallback", { meeting: meetingName, date: when, count: report.agenda.length }));

  const purpose = paragraphs(meeting.purpose);
  if (!purpose.length) purpose.push(l("purposeFallback", { meeting: meetingName }));

  const sections: Section[] = [];
  const part = (n: number, name: string, blocks: Block[], children: Section[] = []): Section => ({
    level: 1,
    heading: numberedHeading([n], name, language),
    anchor: `part-${n}`,
    blocks,
    children,
  });
  const section = (path: number[], name: string, blocks: Block[], children: Section[] = []): Section => ({
    level: path.length as 2 | 3,
    heading: text(numberedHeading(path, name, language)),
    anchor: `section-${path.join("-")}`,
    blocks,
    children,
  });
  const prose = (lines: string[]): Block[] => lines.map((line) => ({ type: "paragraph", text: text(line) }));

  sections.push(part(1, l("purpose"), prose(purpose)));

  // 貳、過程: the meeting itself, then its agenda.
  const proceedings: { name: string; blocks: Block[]; children?: (path: number[]) => Section[] }[] = [];
  proceedings.push({ name: l("date"), blocks: prose([when]) });
  if (meeting.place || meeting.format) {
    proceedings.push({ name: l("place"), blocks: prose([[meeting.place, meeting.format].filter(Boolean).join(zh ? "，" : ", ")]) });
  }
  if (meeting.external && meeting.organiser) proceedings.push({ name: l("organiser"), blocks: prose([meeting.organiser]) });
  if (meeting.chair) proceedings.push({ name: l("chair"), blocks: prose([meeting.chair]) });
  const attendance = attendanceSentence(report, language, l);
  if (attendance) proceedings.push({ name: l("attendance"), blocks: prose([attendance]) });
  proceedings.push({
    name: l("agenda"),
    blocks: report.agenda.length ? [] : prose([l("noAgenda")]),
    children: (path) => report.agenda.map((item, index) => agendaSection([...path, index + 1], item)),
  });
  const chart = report.statusChart?.[language];
  if (chart && !chartIsEmpty(chart)) proceedings.push({ name: chart.title, blocks: [{ type: "chart", spec: chart, table: chartTable(chart, language) }] });
  if (report.generalInterventions.length) {
    proceedings.push({
      name: l("interventions"),
      blocks: prose(report.generalInterventions.map((i) => (i.speaker ? `${i.speaker}${zh ? "：" : ": "}${i.text}` : i.text))),
    });
  }
  sections.push(
    part(
      2,
      l("proceedings"),
      [],
      proceedings.map((p, index) => section([2, index + 1], p.name, p.blocks, p.children?.([2, index + 1]))),
    ),
  );

  function agendaSection(path: number[], item: ReportAgendaItem): Section {
    const heading = zh ? (item.headingZh ?? item.headingEn) : item.headingEn;
    const blocks: Block[] = [];
    if (item.number) blocks.push({ type: "paragraph", label: l("agendaNumber"), text: item.number });
    if (item.speakers.length) blocks.push({ type: "paragraph", label: l("speakers"), text: "" }, ...prose(item.speakers.map(speaker)));
    blocks.push(...discussionBlocks(paragraphs(item.discussion)));
    if (item.workItems.length) blocks.push({ type: "paragraph", label: l("workItems"), text: "" }, ...workItemBlocks(item.workItems));
    for (const line of paragraphs(item.decisions)) blocks.push({ type: "paragraph", label: l("decisions"), text: text(line) });
    for (const intervention of item.interventions) {
      blocks.push({
        type: "paragraph",
        label: intervention.speaker ? l("interventionBy", { speaker: intervention.speaker }) : l("intervention"),
        text: text(intervention.text),
      });
    }
    return section(path, heading, blocks);
  }

  // As the source names a speaker: 「秘魯 SUNAT 副署長 Ms. Martha Elba Garamendi Espinoza」, the
  // organisation (which names its economy) standing for the economy when there is one.
  function speaker(s: ReportSpeaker): string {
    const where = s.organisation ?? (s.economy ? economy(s.economy) : null);
    if (!zh) return [s.name, s.title, where].filter(Boolean).join(", ");
    return [where, s.title, s.name].filter((part): part is string => Boolean(part)).reduce((line, part) => joinChinese(line, text(part)), "");
  }

  // Items grouped by kind when an agenda item has several kinds (as the work plan is presented:
  // 1. 倡議 (1)… 2. APEC 補助計畫 (1)…), otherwise numbered directly.
  function workItemBlocks(items: ReportWorkItem[]): Block[] {
    if (!items.length) return [];
    const kinds = [...new Set(items.map((i) => i.kind ?? "none"))];
    if (kinds.length === 1) return items.map((item, index) => numbered(4, index + 1, workItemText(item)));
    const order = (["INITIATIVE", "APEC_FUNDED", "SELF_FUNDED", "none"] as const).filter((k) => kinds.includes(k));
    return order.flatMap((kind, k) => {
      const group = items.filter((i) => (i.kind ?? "none") === kind);
      return [numbered(4, k + 1, l(`kinds.${kind}`)), ...group.map((item, index) => numbered(5, index + 1, workItemText(item)))];
    });
  }

  // An officer numbers points as the report does ("1. …", "(1) …"); those lines are set as the
  // report's own numbered paragraphs, with the report's full-width （1）.
  function discussionBlocks(lines: string[]): Block[] {
    return lines.map((line) => {
      const point = /^(\d{1,3})[.、．]\s*(\S.*)$/.exec(line);
      if (point) return numbered(4, Number(point[1]), point[2]!);
      const sub = /^[(（](\d{1,3})[)）]\s*(\S.*)$/.exec(line);
      if (sub) return numbered(5, Number(sub[1]), sub[2]!);
      return { type: "paragraph", text: text(line) };
    });
  }

  function numbered(level: 4 | 5, n: number, value: string): NumberedBlock {
    const path = level === 4 ? [2, 1, 1, n] : [2, 1, 1, 1, n];
    return { type: "numbered", level, number: headingNumber(path, language), text: text(value) };
  }

  function workItemText(item: ReportWorkItem): string {
    const title = zh ? (item.titleZh ?? item.titleEn) : item.titleEn;
    const sponsors = item.coSponsors.map(economy);
    let line = l("workItem", { proposer: economy(item.proposer), title });
    if (sponsors.length) line += l("coSponsoredBy", { economies: joinList(sponsors, language) });
    else if (item.kind === "INITIATIVE") line += l("noCoSponsorsNeeded");
    if (item.inferred.length) line += l("inferredFields", { count: item.inferred.length });
    line += zh ? "。" : ".";
    if (item.milestones.length) line += l("milestones", { list: item.milestones.map(milestoneText).join(zh ? "；" : "; ") });
    return line;
  }

  function milestoneText(m: ReportMilestone): string {
    const name = zh ? (m.titleZh ?? m.title) : m.title;
    // The body writes Western years, as the source report does (2024年5月).
    const due =
      m.due.precision === "ANCHOR" && m.due.anchor && m.due.start
        ? `${m.due.anchor}${zh ? "，" : ", "}${reportDate({ ...m.due, precision: "DAY", anchor: null }, language, "western")}`
        : reportDate(m.due, language, "western");
    const status = m.status === "PLANNED" ? "" : l(`status.${m.status}`);
    const inferred = m.inferred.length ? l("inferred") : "";
    return zh
      ? `${name}（${due}${status ? `，${status}` : ""}${inferred ? `，${inferred}` : ""}）`
      : `${name} (${[due, status, inferred].filter(Boolean).join(", ")})`;
  }

  sections.push(
    part(
      3,
      l("recommendations"),
      report.recommendations.length ? [] : prose([l("noRecommendations")]),
      report.recommendations.map((r, index) => section([3, index + 1], r.heading, prose(paragraphs(r.body)))),
    ),
  );

  sections.push({
    level: 1,
    heading: l("appendices"),
    anchor: "appendices",
    blocks: [],
    children: [appendixParticipants(1), appendixDocuments(2)],
  });

  function appendixParticipants(n: number): Section {
    const blocks: Block[] = [];
    if (report.delegation.length) {
      blocks.push({ type: "paragraph", text: l("delegationIntro", { organisation: organisation ?? "" }) });
      blocks.push({
        type: "table",
        columns: [l("column.role"), l("column.name"), l("column.title")],
        rows: report.delegation.map((d) => [l(`role.${d.role}`), delegateName(d), delegateTitle(d) ?? ""]),
      });
    } else {
      blocks.push({ type: "paragraph", text: l("noDelegation") });
    }
    const attended = report.attendance.filter((a) => a.attended).map((a) => economy(a.economy));
    const absent = report.attendance.filter((a) => !a.attended).map((a) => economy(a.economy));
    if (attended.length) blocks.push({ type: "paragraph", label: l("economiesPresent"), text: text(joinList(attended, language)) });
    if (absent.length) blocks.push({ type: "paragraph", label: l("economiesAbsent"), text: text(joinList(absent, language)) });
    if (report.organisations.length) {
      blocks.push({ type: "paragraph", label: l("organisationsPresent"), text: text(joinList(report.organisations.map(organisationName), language)) });
    }
    if (meeting.attendeeCount) blocks.push({ type: "paragraph", text: l("attendeeCount", { count: meeting.attendeeCount }) });
    return { level: 2, heading: `${appendixNumber(n, language)}${zh ? "　" : ": "}${l("participants")}`, anchor: `appendix-${n}`, blocks, children: [] };
  }

  function appendixDocuments(n: number): Section {
    // One row per work-plan item, with every agenda item it came up under.
    const discussed = new Map<number, { item: ReportWorkItem; agenda: string[] }>();
    report.agenda.forEach((agendaItem, index) => {
      for (const item of agendaItem.workItems) {
        const entry = discussed.get(item.id) ?? { item, agenda: [] };
        entry.agenda.push(headingNumber([2, 1, index + 1], language));
        discussed.set(item.id, entry);
      }
    });
    const rows = [...discussed.values()].map(({ item, agenda }) => [
      agenda.join(zh ? "" : " "),
      zh ? (item.titleZh ?? item.titleEn) : item.titleEn,
      economy(item.proposer),
      item.projectNumber ?? "",
    ]);
    const blocks: Block[] = rows.length
      ? [
          { type: "paragraph", text: l("documentsIntro") },
          { type: "table", columns: [l("column.agenda"), l("column.document"), l("column.proposer"), l("column.project")], rows },
        ]
      : [{ type: "paragraph", text: l("noDocuments") }];
    return { level: 2, heading: `${appendixNumber(n, language)}${zh ? "　" : ": "}${l("documents")}`, anchor: `appendix-${n}`, blocks, children: [] };
  }

  function organisationName(o: { name: string; nameZh: string | null }) {
    return zh ? (o.nameZh ?? o.name) : o.name;
  }

  return {
    language,
    title: text(title),
    kind: l("kind"),
    organisation,
    cover,
    summaryHeading: l("summary"),
    summary: summary.map(text),
    contentsHeading: l("contents"),
    sections,
  };
}

/** A bar chart's numbers as the report's table: a row per category, a column per series, and totals. */
function chartTable(spec: BarChartSpec, language: ReportLanguage): TableBlock {
  const total = (catalogueTranslator(language) as unknown as (key: string) => string)("charts.total");
  const value = (c: number, s: number) => spec.values[c]?.[s] ?? 0;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const rows = spec.categories.map((category, c) => {
    const values = spec.series.map((_, s) => value(c, s));
    return [category.group ? `${category.group} ${category.label}` : category.label, ...values.map(String), String(sum(values))];
  });
  const columnTotals = spec.series.map((_, s) => sum(spec.categories.map((_, c) => value(c, s))));
  rows.push([total, ...columnTotals.map(String), String(sum(columnTotals))]);
  return { type: "table", columns: [spec.categoryAxis, ...spec.series.map((s) => s.label), total], rows };
}

const HAN = /[\u3000-\u9fff\uff00-\uffef]/;

/** Chinese runs on without spaces; a space stands between Chinese and Latin text, as the source sets it. */
function joinChinese(left: string, right: string): string {
  if (!left) return right;
  return HAN.test(left.at(-1)!) && HAN.test(right[0]!) ? `${left}${right}` : `${left} ${right}`;
}

/**
 * 「全體會員經濟體（墨西哥、巴布亞紐幾內亞及菲律賓未參加）、APEC 秘書處…及 GEA」: who was there, as the
 * report's 與會代表 says it. Null when nothing about attendance is recorded.
 */
function attendanceSentence(report: MissionReport, language: ReportLanguage, l: Label): string | null {
  const absent = report.attendance.filter((a) => !a.attended).map((a) => economyName(a.economy, language));
  const parts: string[] = [];
  if (report.attendance.length) parts.push(absent.length ? l("allEconomiesExcept", { economies: joinList(absent, language) }) : l("allEconomies"));
  parts.push(...report.organisations.map((o) => (language === "zh-TW" ? (o.nameZh ?? o.name) : o.name)));
  if (!parts.length) return null;
  const sentence = joinList(parts, language);
  return language === "zh-TW" ? `${sentence}。` : `${sentence}.`;
}
