// The SCCP work plan as the February 2024 mission report gives it (shared/seeds, summarised in
// shared/reference/sccp-2024-work-plan.md). English titles are working translations; the Chinese
// titles are the report's own words (for earlier work, the phrase it uses), or null where it has
// none. Where the report gives no date, none is invented; a value the report does not state but the
// seed had to give (an item's status, a date deduced from context) is listed in inferredFields so the
// app marks it. Lists of economies are separated by semicolons, as "Hong Kong, China" has a comma.
import type { DatePrecision, ItemKind, ItemStatus, MeetingKind, MilestoneStatus } from "../../lib/db/generated/enums";
import type { Due } from "../../lib/milestones/due";

export interface MilestoneSeed {
  title: string;
  titleZh?: string;
  due: Due;
  status: MilestoneStatus;
  completedOn?: string;
  note?: string;
  /** seedKey of the meeting where the milestone happens or was met. */
  meeting?: string;
  /** Fields the report does not state: "due", "status". */
  inferred?: MilestoneInferred[];
}

export type ItemInferred = "status" | "year";
export type MilestoneInferred = "due" | "status";

export interface ItemSeed {
  seedKey: string;
  kind: ItemKind | null;
  year: number;
  titleEn: string;
  titleZh: string | null;
  proposer: string;
  coSponsors: string[];
  status: ItemStatus;
  fundAccount?: "SELF_FUNDED";
  summary?: string;
  notes?: string;
  milestones: MilestoneSeed[];
  /** Numbers of the APEC 2024 priorities whose SCCP1 agenda item the item was reported under. */
  apec2024Priorities?: number[];
  /** Fields the report does not state. */
  inferred?: ItemInferred[];
}

export interface MeetingSeed {
  seedKey: string;
  kind: MeetingKind;
  name: string;
  nameZh: string;
  shortName: string;
  datePrecision: DatePrecision;
  startDate: string;
  endDate: string;
  format?: string;
  chair?: string;
  attendeeCount?: number;
  notes?: string;
  /** Economies absent; every other member economy attended. Omitted when the report is silent. */
  absentEconomies?: string[];
  organisations?: string[];
  reported: { item: string; agendaItem?: string; note: string }[];
}

export const SCCP1 = "sccp-2024-sccp1";
const SCCP1_DAYS = { start: "2024-02-27", end: "2024-02-28" };
export const WORKSHOP = "sccp-2024-workshop-exporting-entrepreneurship";
const presentedAtSccp1 = (title: string, titleZh: string): MilestoneSeed => ({
  title,
  titleZh,
  due: { precision: "ANCHOR", anchor: "SCCP1 2024", ...SCCP1_DAYS },
  status: "DONE",
  meeting: SCCP1,
});

export const WORK_PLAN_2024: ItemSeed[] = [
  {
    seedKey: "sccp-2024-I1",
    kind: "INITIATIVE",
    year: 2024,
    proposer: "PE",
    titleEn: "Good Practices on Customs Value Declaration and Control to Promote Voluntary Compliance and Trade Facilitation",
    titleZh: "促進自願性法遵與貿易便捷化之完稅價格申報及監管優良範例",
    coSponsors: [],
    status: "IN_IMPLEMENTATION",
    // Approved in the work plan and its survey already reported; whether work goes on is not said.
    inferred: ["status"],
    summary:
      "A survey of member economies' customs value declaration and control. Most economies control value after clearance; some control value alongside high-risk goods, using price databases as risk indicators; some use guarantee systems and advance rulings.",
    notes:
      "Good practices identified: artificial intelligence and other new technologies; automated exchange of valuation information between economies; no penalty for voluntary disclosure of errors, to encourage voluntary compliance.",
    milestones: [
      { title: "Survey of member economies", titleZh: "問卷調查", due: { precision: "UNDATED" }, status: "DONE" },
      presentedAtSccp1("Survey results presented at SCCP1", "於 SCCP1 報告調查結果"),
    ],
  },
  {
    seedKey: "sccp-2024-I2",
    kind: "INITIATIVE",
    year: 2024,
    proposer: "PE",
    titleEn: "APEC Customs-Business Dialogue: Latest Developments and Next Steps in End-to-End Supply Chain Digitalization",
    titleZh: "APEC 海關與企業對話：供應鏈端到端數位化之最新發展及下階段",
    coSponsors: [],
    status: "APPROVED",
    milestones: [],
  },
  {
    seedKey: "sccp-2024-I3",
    kind: "INITIATIVE",
    year: 2024,
    proposer: "CN",
    titleEn: "APEC Smart Customs Partnership Initiative",
    titleZh: "APEC 智慧海關合作夥伴倡議",
    coSponsors: [],
    status: "IN_IMPLEMENTATION",
    summary:
      "Continues China's 2023 smart customs work: classify and complete APEC customs good practices (technology use, process innovation) and build a platform for exchanging experience among APEC customs.",
    milestones: [presentedAtSccp1("Initiative presented at SCCP1", "於 SCCP1 簡報倡議")],
    apec2024Priorities: [2],
  },
  {
    seedKey: "sccp-2024-A1",
    kind: "APEC_FUNDED",
    year: 2024,
    proposer: "JP",
    titleEn: "APEC Capacity Building Workshop on Self-Certification of Origin under FTAs/RTAs",
    titleZh: "FTAs/RTAs 原產地自行具證能力建構 APEC 研討會",
    coSponsors: ["AU", "NZ", "SG", "US", "VN"],
    status: "IN_IMPLEMENTATION",
    summary:
      "Workshops exchanging regulatory and operational experience to support APEC economies in implementing and strengthening self-certification of origin.",
    milestones: [
      { title: "First workshop", titleZh: "第 1 場研討會", due: { precision: "MONTH", year: 2023, month: 7 }, status: "DONE" },
      { title: "Second workshop", titleZh: "第 2 場研討會", due: { precision: "MONTH", year: 2024, month: 1 }, status: "DONE" },
      { title: "Workshop report", titleZh: "研討會報告", due: { precision: "MONTH", year: 2024, month: 5 }, status: "PLANNED" },
    ],
  },
  {
    seedKey: "sccp-2024-A2",
    kind: "APEC_FUNDED",
    year: 2024,
    proposer: "PE",
    titleEn: "Green Customs Technology Solutions in the Asia-Pacific Region Workshop",
    titleZh: "亞太區域綠色海關科技解決方案研討會",
    coSponsors: ["AU", "NZ", "CL", "US", "VN"],
    status: "APPROVED",
    summary:
      "Raises APEC customs' ability to identify and control illegal trade under the Basel Convention, the Montreal Protocol, CITES, and in timber, wildlife and aquatic products, with a focus on customs laboratories supporting the frontline.",
    milestones: [
      {
        title: "Research presented at a workshop",
        titleZh: "於研討會報告研究成果",
        due: { precision: "MONTH", year: 2024, month: 8 },
        status: "PLANNED",
      },
    ],
    apec2024Priorities: [3],
  },
  {
    seedKey: "sccp-2024-A3",
    kind: "APEC_FUNDED",
    year: 2024,
    proposer: "PE",
    titleEn: "Best Practices to Enhance Transparency in the Logistics Supply Chain: Information Platforms of Logistics Services for International Trade",
    titleZh: "提升物流供應鏈透明度最佳範例：國際貿易物流服務資訊平臺",
    coSponsors: ["HK", "KR", "CN", "US"],
    status: "APPROVED",
    summary:
      "Surveys and compares platforms, modules and websites that give information on logistics services, to recommend improvements or new platforms that address the lack of transparency in air, sea, land, express and postal transport.",
    milestones: [
      {
        title: "Final report approved",
        titleZh: "通過計畫總結報告",
        due: { precision: "YEAR", year: 2024 },
        status: "PLANNED",
        note: "To be approved by the end of 2024.",
      },
    ],
    apec2024Priorities: [2],
  },
  {
    seedKey: "sccp-2024-A4",
    kind: "APEC_FUNDED",
    year: 2024,
    proposer: "PE",
    titleEn: "Enhancing Digitalization in International Trade: The Practicality of Adopting Electronic Bills of Lading",
    titleZh: "提升國際貿易數位化：採用電子提單之實用性",
    coSponsors: ["AU", "CN", "CL", "SG", "US"],
    status: "APPROVED",
    summary:
      "How electronic bills of lading speed clearance, information transfer and the movement of goods, lower costs and deepen customs cooperation; a workshop on their benefits and the challenges APEC economies face in adopting them.",
    milestones: [
      {
        title: "Workshop during the third Senior Officials' Meeting",
        titleZh: "於第 3 次資深官員會議期間舉辦研討會",
        due: { precision: "ANCHOR", anchor: "SOM3 2024" },
        status: "PLANNED",
      },
      {
        title: "Final comprehensive report with voluntary recommendations",
        titleZh: "涵蓋研討會討論內容及自願性建議之全面報告",
        due: { precision: "UNDATED" },
        status: "PLANNED",
        note: "Follows the SOM3 workshop.",
      },
    ],
    apec2024Priorities: [2],
  },
  {
    seedKey: "sccp-2024-S1",
    kind: "SELF_FUNDED",
    year: 2024,
    proposer: "US",
    titleEn: "Promoting MSME Participation in E-Commerce through Best Practices and Recommendations on Small Low-Value Shipment Procedures",
    titleZh: "以小型低價貨品監管程序最佳範例及建議，促進 MSMEs 參與電子商務",
    coSponsors: ["JP", "VN", "PH"],
    status: "APPROVED",
    fundAccount: "SELF_FUNDED",
    summary:
      "Research and a workshop collecting information on procedures for small low-value shipments (facilitation, data requirements, risk management, duty and tax collection, accessible technology) to identify best practices and recommendations.",
    milestones: [
      { title: "Research on small low-value shipment procedures", titleZh: "小型低價貨品監管程序研究", due: { precision: "UNDATED" }, status: "PLANNED" },
      { title: "Workshop", titleZh: "研討會", due: { precision: "UNDATED" }, status: "PLANNED" },
    ],
    apec2024Priorities: [1],
  },
  {
    seedKey: "sccp-2024-S2",
    kind: "SELF_FUNDED",
    year: 2024,
    proposer: "PE",
    titleEn: "Exporting Entrepreneurship: Export Promotion Program Aimed at MSMEs, Rural Communities, Women, and Young People",
    titleZh: "出口創業：針對 MSMEs、農村社區、婦女及青年之出口推廣計畫",
    coSponsors: ["CL"],
    status: "IN_IMPLEMENTATION",
    fundAccount: "SELF_FUNDED",
    summary: "Best practices of customs procedures that help under-served groups (MSMEs, rural communities, women, young people) export.",
    notes:
      "Survey: 16 economies replied; only 29% have programmes (Mexico; Korea; Japan; Peru; United States; Indonesia); at least 2 economies have programmes for women, young people and rural communities.",
    milestones: [
      {
        title: "Survey sent to economies",
        titleZh: "問卷分送各經濟體",
        due: { precision: "MONTH", year: 2023, month: 11 },
        status: "DONE",
        note: "16 economies replied.",
      },
      {
        title: "Workshop",
        titleZh: "研討會",
        due: { precision: "DAY", date: "2024-02-26" },
        status: "DONE",
        completedOn: "2024-02-26",
        meeting: WORKSHOP,
        note: "80 participants from the public and private sectors and academia.",
      },
      {
        title: "Summary report with voluntary recommendations",
        titleZh: "發布總結報告(含自願性建議)",
        due: { precision: "UNDATED" },
        status: "PLANNED",
        note: "Drawn from the feedback gathered at the workshop.",
      },
    ],
    apec2024Priorities: [1],
  },
  {
    seedKey: "sccp-2024-S3",
    kind: "SELF_FUNDED",
    year: 2024,
    proposer: "PE",
    titleEn: "Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators",
    titleZh: "海關前線工作女性賦權：政策報告及管理指標",
    coSponsors: ["AU", "NZ", "CL", "US"],
    status: "APPROVED",
    fundAccount: "SELF_FUNDED",
    summary:
      "Strengthens APEC customs' institutional capacity to carry out gender-equality policies, such as narrowing women's under-representation in frontline customs work; produces a handbook of policies and management indicators.",
    milestones: [
      { title: "Preliminary report", titleZh: "初步報告", due: { precision: "MONTH", year: 2024, month: 4 }, status: "PLANNED" },
      { title: "Virtual workshop", titleZh: "視訊研討會", due: { precision: "MONTH", year: 2024, month: 6 }, status: "PLANNED" },
      {
        title: "Best-practice and management-indicator handbook",
        titleZh: "最佳範例及管理指標手冊",
        due: { precision: "MONTH", year: 2024, month: 7 },
        status: "PLANNED",
      },
      {
        title: "Completion report to the APEC Secretariat",
        titleZh: "提交計畫完成報告至 APEC 秘書處",
        due: { precision: "MONTH", year: 2024, month: 10 },
        status: "PLANNED",
      },
    ],
    apec2024Priorities: [1],
  },
];

/** Earlier work reported or recalled at SCCP1. The report does not say how these were funded. */
// The 2023 outcomes the United States recalled (a survey carried out, a dialogue held, a handbook
// compiled) are reported as done, so their COMPLETED is not marked inferred.
export const EARLIER_WORK: ItemSeed[] = [
  {
    seedKey: "sccp-2023-cn-ftp-fz",
    kind: null,
    year: 2023,
    proposer: "CN",
    titleEn: "Enhancing Smart Customs Supervision and Services to Promote Free Trade Port / Free Zone Development",
    titleZh: "加強海關智慧監管及服務，以促進 FTPs/FZs 發展",
    coSponsors: [],
    status: "COMPLETED",
    // Its survey and workshop are reported as held; that the project is finished is not said.
    inferred: ["status"],
    summary:
      "A survey of free trade ports and zones in the APEC region (set-up, supervision technology, disruptive technologies, challenges and solutions). Main challenge: limited resources for capital investment and transformation; best solution: train officers and build dedicated information platforms.",
    milestones: [
      // The report dates only the workshop (among 2023's outcomes); the survey's year is deduced.
      { title: "Survey", titleZh: "問卷調查", due: { precision: "YEAR", year: 2023 }, status: "DONE", inferred: ["due"] },
      {
        title: "Hybrid workshop in Sanya, Hainan",
        titleZh: "於海南省三亞市舉辦實體與視訊混合研討會",
        due: { precision: "YEAR", year: 2023 },
        status: "DONE",
        note: "About 180 representatives: customs of 19 APEC economies, 9 international organisations, 11 private-sector and academic bodies.",
      },
      presentedAtSccp1("Results reported at SCCP1", "於 SCCP1 報告成果"),
    ],
  },
  {
    seedKey: "sccp-2023-cn-smart-customs-handbook",
    kind: null,
    year: 2023,
    proposer: "CN",
    titleEn: "Smart Customs Best Practice Handbook",
    titleZh: "智慧海關範例手冊",
    coSponsors: [],
    status: "IN_IMPLEMENTATION",
    // Presented at SCCP1 with no date or stage; the year follows China's 2023 smart customs work.
    inferred: ["status", "year"],
    summary:
      "Shares smart customs experience with new technologies (AI, big data, blockchain, the Internet of Things), innovative solutions such as single windows and risk management, and better working strategies.",
    notes: "The report says only that China presented the handbook at SCCP1; its status is assumed.",
    milestones: [presentedAtSccp1("Handbook presented at SCCP1", "於 SCCP1 簡報手冊")],
    apec2024Priorities: [2],
  },
  {
    seedKey: "sccp-2023-us-green-customs-handbook",
    kind: null,
    year: 2023,
    proposer: "US",
    titleEn: "Green Customs Practices Survey Handbook",
    titleZh: "綠色海關範例調查手冊",
    coSponsors: [],
    status: "IN_IMPLEMENTATION",
    // The year assumes it is the "green customs best practices" recalled among 2023's outcomes.
    inferred: ["status", "year"],
    summary:
      "Lets APEC customs learn from each other on environmental enforcement at the border: reducing customs' own footprint, working with the private sector on green trade, and tightening rules against environmental crime.",
    notes:
      "14 economies replied to the survey: Australia; Chile; China; Hong Kong, China; Indonesia; Japan; Korea; Mexico; New Zealand; Peru; Singapore; Thailand; United States; Chinese Taipei.\nThe report says only that the United States presented the handbook at SCCP1; its status is assumed.",
    milestones: [presentedAtSccp1("Survey handbook presented at SCCP1", "於 SCCP1 簡報調查手冊")],
    apec2024Priorities: [3],
  },
  {
    seedKey: "sccp-2023-nz-gender-survey",
    kind: null,
    year: 2023,
    proposer: "NZ",
    titleEn: "Gender Mainstreaming in APEC Customs Survey",
    titleZh: "性別主流化問卷調查",
    coSponsors: [],
    status: "COMPLETED",
    // Its results are discussed; that the project is closed is not said.
    inferred: ["status"],
    summary:
      "Developed with the WCO and the APEC PSU on the basis of the WCO's Gender Equality Organizational Assessment Tool: statistics on women in customs, gender-equality strategies and resources, and good practices.",
    notes: "Only 2 of 18 economies collect pay-gap data; 3 collect sex-disaggregated data on promotion and rewards.",
    milestones: [],
    apec2024Priorities: [1],
  },
  {
    seedKey: "sccp-2023-au-container-security",
    kind: null,
    year: 2023,
    proposer: "AU",
    titleEn: "Survey on Container Security Measures",
    titleZh: "貨櫃安全措施相關調查",
    coSponsors: [],
    status: "COMPLETED",
    milestones: [],
  },
  {
    seedKey: "sccp-2023-us-cbd-women-trade",
    kind: null,
    year: 2023,
    proposer: "US",
    titleEn: "APEC Customs-Business Dialogue on Women and Trade",
    titleZh: "以「女性及貿易」為主題之 APEC 海關與企業對話",
    coSponsors: [],
    status: "COMPLETED",
    milestones: [],
  },
  {
    seedKey: "sccp-2023-us-post-pandemic-handbook",
    kind: null,
    year: 2023,
    proposer: "US",
    titleEn: "Trade and Post-Pandemic Recovery Handbook",
    titleZh: "貿易及疫後復甦手冊",
    coSponsors: [],
    status: "COMPLETED",
    milestones: [],
  },
];

const RECALLED_2023 = "Recalled by the United States among SCCP's 2023 outcomes.";

export const MEETINGS: MeetingSeed[] = [
  {
    seedKey: WORKSHOP,
    kind: "WORKSHOP",
    name: "Workshop on Exporting Entrepreneurship: Export Promotion Program Aimed at MSMEs, Rural Communities, Women, and Young People",
    nameZh: "出口創業：針對微中小企業、農村社區、婦女及青年之出口推廣計畫研討會",
    shortName: "Exporting Entrepreneurship workshop",
    datePrecision: "DAY",
    startDate: "2024-02-26",
    endDate: "2024-02-26",
    attendeeCount: 80,
    notes:
      "80 participants from the public and private sectors and academia. Held under Peru's self-funded project. Conclusions: publish free sources of information, share best practices, improve financial inclusion, transparency and international cooperation, stress AEO programmes, simplify and digitalise procedures, and coordinate across agencies so MSME exporters get full support.",
    reported: [{ item: "sccp-2024-S2", note: "Peru reported the results of its best-practice survey; the workshop was held as part of the project." }],
  },
  {
    seedKey: SCCP1,
    kind: "MEETING",
    name: "First SCCP meeting of 2024",
    nameZh: "2024 年關務程序次級委員會第 1 次會議",
    shortName: "SCCP1 2024",
    datePrecision: "DAY",
    startDate: "2024-02-27",
    endDate: "2024-02-28",
    format: "In person",
    chair: "Ms. Blanca Barandiarán, Manager, Customs Techniques, Peru SUNAT",
    absentEconomies: ["MX", "PG", "PH"],
    organisations: ["APEC-SEC", "PSU", "CTI", "ABAC", "WCO", "PUASP", "GEA"],
    notes: [
      "The 2024 work plan (3 initiatives, 4 APEC-funded projects, 3 self-funded projects) was approved.",
      "Peru: WTO Trade Facilitation Agreement commitments 97.1% implemented; Articles 5.1 (notifications for enhanced controls or inspections) and 5.3 (test procedures) pending.",
      'Peru presented the challenges of internal conspiracies in drug smuggling ("rip-off").',
      "APEC 2024 theme (host Peru): Empower. Include. Grow.",
    ].join("\n"),
    reported: [
      {
        item: "sccp-2024-I1",
        agendaItem: "Harmonisation of procedures and supply-chain security",
        note: "Approved in the 2024 work plan. Peru presented the survey results.",
      },
      { item: "sccp-2024-I2", note: "Approved in the 2024 work plan." },
      { item: "sccp-2024-I3", agendaItem: "Innovation and digitalization", note: "Approved in the 2024 work plan. China presented the initiative." },
      {
        item: "sccp-2024-A1",
        agendaItem: "Harmonisation of procedures and supply-chain security",
        note: "Approved in the 2024 work plan. Japan updated: workshops held July 2023 and January 2024; report due May 2024.",
      },
      {
        item: "sccp-2024-A2",
        agendaItem: "Sustainable growth",
        note: "Approved in the 2024 work plan. Peru updated: research to be reported at a workshop in August 2024.",
      },
      {
        item: "sccp-2024-A3",
        agendaItem: "Innovation and digitalization",
        note: "Approved in the 2024 work plan. Peru updated: final report to be approved by the end of 2024.",
      },
      {
        item: "sccp-2024-A4",
        agendaItem: "Innovation and digitalization",
        note: "Approved in the 2024 work plan. Peru updated: workshop during SOM3 2024, then a comprehensive report.",
      },
      {
        item: "sccp-2024-S1",
        agendaItem: "Inclusive and interconnected trade and investment",
        note: "Approved in the 2024 work plan. The United States presented the project.",
      },
      {
        item: "sccp-2024-S2",
        agendaItem: "Inclusive and interconnected trade and investment",
        note: "Approved in the 2024 work plan. Peru reported on the 26 February workshop.",
      },
      {
        item: "sccp-2024-S3",
        agendaItem: "Inclusive and interconnected trade and investment",
        note: "Approved in the 2024 work plan. Peru updated: preliminary report April, virtual workshop June, handbook July, completion report October 2024.",
      },
      {
        item: "sccp-2023-cn-ftp-fz",
        agendaItem: "Harmonisation of procedures and supply-chain security",
        note: "China reported the survey results and the Sanya workshop.",
      },
      { item: "sccp-2023-cn-smart-customs-handbook", agendaItem: "Innovation and digitalization", note: "China presented the handbook." },
      {
        item: "sccp-2023-us-green-customs-handbook",
        agendaItem: "Sustainable growth",
        note: "The United States presented the survey handbook; 14 economies replied.",
      },
      {
        item: "sccp-2023-nz-gender-survey",
        agendaItem: "Inclusive and interconnected trade and investment",
        note: "Discussed in the panel on data and information sharing for gender mainstreaming.",
      },
      { item: "sccp-2023-au-container-security", note: RECALLED_2023 },
      { item: "sccp-2023-us-cbd-women-trade", note: RECALLED_2023 },
      { item: "sccp-2023-us-post-pandemic-handbook", note: RECALLED_2023 },
    ],
  },
];

export const FRAMEWORKS = [
  {
    code: "APEC-2024",
    name: "APEC 2024 priorities (host: Peru)",
    nameZh: "2024 年 APEC 優先事項(主辦：秘魯)",
    period: "2024",
    theme: "Empower. Include. Grow.",
    themeZh: "賦權、包容、成長",
    priorities: [
      { number: 1, titleEn: "Trade and investment for inclusive and interconnected growth", titleZh: "包容與互連性成長之貿易及投資" },
      {
        number: 2,
        titleEn: "Innovation and digitalization to promote the transition to the formal and global economy",
        titleZh: "透過創新與數位化促進正規及全球經濟轉型",
      },
      { number: 3, titleEn: "Sustainable growth for resilient development", titleZh: "強化永續成長以促進韌性發展" },
    ],
  },
  {
    code: "SCCP-SP-2022-2025",
    name: "SCCP Strategic Plan 2022-2025",
    nameZh: "SCCP 2022 至 2025 策略計畫",
    period: "2022-2025",
    theme: null,
    themeZh: null,
    priorities: [
      { number: 1, titleEn: "COVID-19 response and recovery", titleZh: "提升經濟體因應嚴重特殊傳染性肺炎[COVID-19]疫情及復甦能力" },
      { number: 2, titleEn: "Accelerate WTO Trade Facilitation Agreement implementation", titleZh: "加速實施 WTO TFA" },
      { number: 3, titleEn: "Supply-chain predictability and connectivity in the APEC region", titleZh: "提高 APEC 區域供應鏈可預測性及連結性" },
      {
        number: 4,
        titleEn: "New technologies and innovative solutions for supply-chain security",
        titleZh: "探索供應鏈安全新科技及創新解決方案之運用",
      },
      {
        number: 5,
        titleEn: "Inclusiveness and capacity building in the international trade environment",
        titleZh: "促進國際貿易環境之包容性及能力建構",
      },
    ],
  },
];
