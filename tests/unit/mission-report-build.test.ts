import { describe, expect, it } from "vitest";
import type { BarChartSpec } from "@/lib/charts/spec";
import { buildReport, type Section } from "@/lib/mission-report/build";
import type { MissionReport } from "@/lib/mission-report/types";

const PE = { code: "PE", name: "Peru", shortName: null, nameZh: "秘魯" };
const CL = { code: "CL", name: "Chile", shortName: null, nameZh: "智利" };
const AU = { code: "AU", name: "Australia", shortName: null, nameZh: "澳大利亞" };

function report(overrides: Partial<MissionReport> = {}, meeting: Partial<MissionReport["meeting"]> = {}): MissionReport {
  return {
    meeting: {
      id: 7,
      kind: "WORKSHOP",
      name: "Green Customs workshop",
      nameZh: "綠色海關研討會",
      shortName: null,
      date: { precision: "MONTH", start: "2024-08-01", end: "2024-08-31", anchor: null },
      external: false,
      organiser: null,
      place: null,
      format: null,
      chair: null,
      attendeeCount: null,
      reportTitle: null,
      reportSummary: null,
      purpose: null,
      forum: null,
      ...meeting,
    },
    office: { nameEn: "Customs Administration", nameZh: "財政部關務署", economy: null },
    attendance: [],
    organisations: [],
    delegation: [],
    agenda: [],
    generalInterventions: [],
    recommendations: [],
    statusChart: null,
    ...overrides,
  };
}

const headings = (sections: Section[]): string[] => sections.flatMap((s) => [s.heading, ...headings(s.children)]);

describe("a report with little recorded yet", () => {
  it("keeps every part, says what is missing and never invents a day", () => {
    const outline = buildReport(report(), { language: "zh-TW", today: "2024-09-02" });
    expect(outline.title).toBe("參加綠色海關研討會報告");
    expect(outline.cover).toEqual([
      { label: "服務機關", value: "財政部關務署" },
      { label: "會議名稱", value: "綠色海關研討會" },
      { label: "會議期間", value: "民國113年8月" },
      { label: "報告日期", value: "民國113年9月2日" },
    ]);
    expect(outline.sections.map((s) => s.heading)).toEqual(["壹、目的", "貳、過程", "參、心得及建議", "附錄"]);
    expect(headings(outline.sections[1]!.children)).toEqual(["一、會議日期", "二、會議概要"]);
    expect(outline.sections[1]!.children[1]!.blocks).toEqual([{ type: "paragraph", text: "尚未記錄議程。" }]);
    expect(outline.sections[2]!.blocks).toEqual([{ type: "paragraph", text: "尚未記錄心得及建議。" }]);
    expect(outline.summary[0]).toContain("民國113年8月");
  });
});

describe("a fuller report", () => {
  const full = report(
    {
      attendance: [
        { economy: PE, attended: true },
        { economy: AU, attended: false },
      ],
      delegation: [{ name: "Lin", nameZh: "林大明", title: "Section Chief", titleZh: "科長", role: "HEAD" }],
      agenda: [
        {
          number: "3",
          headingEn: "Green customs",
          headingZh: "綠色海關",
          discussion: "Peru presented the project.\n1. 研究:海關實驗室\n(1) 研討會",
          decisions: null,
          speakers: [{ name: "Ms. Blanca Barandiarán", title: "主席", organisation: "秘魯 SUNAT", economy: PE }],
          interventions: [{ speaker: null, text: "我國分享綠色通關措施。" }],
          workItems: [
            {
              id: 1,
              kind: "APEC_FUNDED",
              projectNumber: "SCCP 01 2024A",
              titleEn: "Green Customs Technology Solutions",
              titleZh: "亞太區域綠色海關科技解決方案研討會",
              proposer: PE,
              coSponsors: [AU, CL],
              milestones: [
                {
                  title: "Workshop",
                  titleZh: "研討會",
                  due: { precision: "MONTH", start: "2024-08-01", end: "2024-08-31", anchor: null },
                  status: "PLANNED",
                  completedOn: null,
                  inferred: [],
                },
              ],
              inferred: [],
            },
          ],
        },
      ],
      recommendations: [{ heading: "強化綠色海關措施", body: "持續減少碳足跡。" }],
    },
    { external: true, organiser: "WCO", place: "Lima, Peru", date: { precision: "DAY", start: "2024-12-30", end: "2025-01-02", anchor: null } },
  );

  it("numbers the parts, the meeting's sections and the agenda the customary way, with full-width punctuation", () => {
    const outline = buildReport(full, { language: "zh-TW", today: "2025-01-10" });
    expect(headings(outline.sections)).toEqual([
      "壹、目的",
      "貳、過程",
      "一、會議日期",
      "二、會議地點及方式",
      "三、主辦單位",
      "四、與會代表",
      "五、會議概要",
      "（一）綠色海關",
      "參、心得及建議",
      "一、強化綠色海關措施",
      "附錄",
      "附錄一　與會人員",
      "附錄二　會議文件",
    ]);
    const proceedings = outline.sections[1]!.children;
    expect(proceedings[0]!.blocks).toEqual([{ type: "paragraph", text: "民國113年12月30日至114年1月2日" }]);
    expect(proceedings[3]!.blocks).toEqual([{ type: "paragraph", text: "全體會員經濟體（澳大利亞未參加）。" }]);
    const agenda = proceedings[4]!.children[0]!.blocks;
    expect(agenda).toContainEqual({ type: "paragraph", text: "秘魯 SUNAT 主席 Ms. Blanca Barandiarán" });
    expect(agenda).toContainEqual({ type: "numbered", level: 4, number: "1.", text: "研究：海關實驗室" });
    expect(agenda).toContainEqual({ type: "numbered", level: 5, number: "（1）", text: "研討會" });
    expect(agenda).toContainEqual({
      type: "numbered",
      level: 4,
      number: "1.",
      text: "秘魯「亞太區域綠色海關科技解決方案研討會」：澳大利亞及智利連署。期程：研討會（2024年8月）。",
    });
    expect(agenda).toContainEqual({ type: "paragraph", label: "我國發言", text: "我國分享綠色通關措施。" });
    const documents = outline.sections[3]!.children[1]!.blocks[1];
    expect(documents).toEqual({
      type: "table",
      columns: ["議程", "文件", "提案經濟體", "APEC 計畫編號"],
      rows: [["（一）", "亞太區域綠色海關科技解決方案研討會", "秘魯", "SCCP 01 2024A"]],
    });
  });

  it("writes the English report with Western dates and an outline's numbers", () => {
    const outline = buildReport(full, { language: "en", today: "2025-01-10" });
    expect(outline.title).toBe("Report on the Green Customs workshop");
    expect(outline.cover).toContainEqual({ label: "Dates", value: "30 December 2024 – 2 January 2025" });
    expect(outline.cover).toContainEqual({ label: "Organiser", value: "WCO" });
    expect(headings(outline.sections).slice(0, 8)).toEqual([
      "1. Purpose",
      "2. Proceedings",
      "2.1 Dates",
      "2.2 Place and format",
      "2.3 Organiser",
      "2.4 Participants",
      "2.5 Proceedings by agenda item",
      "(a) Green customs",
    ]);
    const agenda = outline.sections[1]!.children[4]!.children[0]!.blocks;
    expect(agenda).toContainEqual({
      type: "numbered",
      level: 4,
      number: "(i)",
      text: "Peru, “Green Customs Technology Solutions”, co-sponsored by Australia and Chile. Milestones: Workshop (August 2024).",
    });
    expect(agenda).toContainEqual({ type: "paragraph", text: "Ms. Blanca Barandiarán, 主席, 秘魯 SUNAT" });
  });
});

describe("the status chart of the items reported", () => {
  const chart = (language: "zh-TW" | "en", values: number[][]): BarChartSpec => ({
    name: "meeting-status",
    type: "bar",
    layout: "stacked",
    orientation: "horizontal",
    title: language === "zh-TW" ? "本次會議報告項目之狀態" : "Where the items reported stand",
    description: language === "zh-TW" ? "依狀態與類型。" : "By status and kind.",
    categoryAxis: language === "zh-TW" ? "狀態" : "Status",
    valueAxis: language === "zh-TW" ? "項目數" : "Items",
    categories: [
      { key: "IN_PROGRESS", label: language === "zh-TW" ? "進行中" : "In progress" },
      { key: "COMPLETED", label: language === "zh-TW" ? "已完成" : "Completed" },
    ],
    series: [
      { key: "INITIATIVE", label: language === "zh-TW" ? "倡議" : "Initiative", tone: "blue" },
      { key: "APEC_FUNDED", label: language === "zh-TW" ? "APEC 補助計畫" : "APEC-funded project", tone: "teal" },
    ],
    values,
  });

  it("is a section of 貳 in the report's language, after the agenda, with its numbers as a table", () => {
    const values = [
      [2, 1],
      [0, 3],
    ];
    const withChart = report({ statusChart: { "zh-TW": chart("zh-TW", values), en: chart("en", values) } });
    const zh = buildReport(withChart, { language: "zh-TW", today: "2024-09-02" });
    expect(headings(zh.sections[1]!.children)).toEqual(["一、會議日期", "二、會議概要", "三、本次會議報告項目之狀態"]);
    const block = zh.sections[1]!.children[2]!.blocks[0]!;
    expect(block).toMatchObject({ type: "chart", spec: { title: "本次會議報告項目之狀態" } });
    expect(block.type === "chart" && block.table).toEqual({
      type: "table",
      columns: ["狀態", "倡議", "APEC 補助計畫", "合計"],
      rows: [
        ["進行中", "2", "1", "3"],
        ["已完成", "0", "3", "3"],
        ["合計", "2", "4", "6"],
      ],
    });
    const en = buildReport(withChart, { language: "en", today: "2024-09-02" });
    expect(headings(en.sections[1]!.children).at(-1)).toMatch(/Where the items reported stand$/);
  });

  it("is left out when no item was reported", () => {
    const empty = [
      [0, 0],
      [0, 0],
    ];
    const outline = buildReport(report({ statusChart: { "zh-TW": chart("zh-TW", empty), en: chart("en", empty) } }), {
      language: "zh-TW",
      today: "2024-09-02",
    });
    expect(headings(outline.sections[1]!.children)).toEqual(["一、會議日期", "二、會議概要"]);
  });
});
