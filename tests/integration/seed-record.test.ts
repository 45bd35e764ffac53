// The record of SCCP1 and the workshop before it, as the seed writes them from the February 2024
// mission report: agenda items in the report's order with what was said, who spoke and which
// work-plan items were discussed; the recommendations; the seed's corrected slips; and the marks on
// values the report does not state, which an officer's save removes.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { User } from "@/lib/db/generated/client";
import { writeTransaction } from "@/lib/db/write";
import { itemToFormValues } from "@/lib/items/form-values";
import { bulkUpdateItems, updateItem } from "@/lib/items/mutations";
import { itemFieldsSchema } from "@/lib/items/schema";
import { milestoneToFormValues } from "@/lib/milestones/form-values";
import { editMilestone } from "@/lib/milestones/mutations";
import { milestoneFieldsSchema } from "@/lib/milestones/schema";
import { seedDatabase } from "@/prisma/seed/seed";

let officer: User;

beforeAll(async () => {
  await seedDatabase(db);
  officer = await db.user.create({ data: { email: "officer@seed-record.test", name: "Olive Officer", role: "EDITOR", passwordHash: "unused" } });
});

async function meeting(seedKey: string) {
  return db.meeting.findUniqueOrThrow({
    where: { seedKey },
    include: {
      agendaItems: {
        orderBy: { position: "asc" },
        include: {
          workItems: { include: { item: { select: { seedKey: true } } } },
          speakers: { orderBy: { position: "asc" } },
          interventions: true,
        },
      },
      recommendations: { orderBy: { position: "asc" } },
      delegation: true,
      interventions: true,
      attendances: true,
      organisations: { include: { organisation: true } },
    },
  });
}

type Recorded = Awaited<ReturnType<typeof meeting>>;

const agendaItem = (record: Recorded, headingZh: string) => {
  const found = record.agendaItems.find((a) => a.headingZh === headingZh);
  if (!found) throw new Error(`No agenda item ${headingZh}`);
  return found;
};
const linked = (a: Recorded["agendaItems"][number]) => a.workItems.map((w) => w.item.seedKey).sort();

describe("SCCP1's record", () => {
  let sccp1: Recorded;
  beforeAll(async () => {
    sccp1 = await meeting("sccp-2024-sccp1");
  });

  it("has the eleven agenda items of 參 四, in the report's order", () => {
    expect(sccp1.agendaItems.map((a) => [a.number, a.headingZh])).toEqual([
      ["1", "本年 APEC 主題及優先事項"],
      ["2", "CTI 本年優先事項"],
      ["3", "美國分享去年 SCCP 成果"],
      ["4", "SCCP 本年工作計畫"],
      ["5", "與利害關係人合作"],
      ["6", "包容與互連性成長之貿易及投資"],
      ["7", "透過創新與數位化促進正規及全球經濟轉型"],
      ["8", "強化永續成長以促進韌性發展"],
      ["9", "程序及供應鏈安全之調和"],
      ["10", "WTO TFA 之實施"],
      ["11", "會議總結"],
    ]);
    expect(sccp1.agendaItems.every((a) => a.headingEn.length > 0 && (a.discussion ?? "").length > 0)).toBe(true);
  });

  it("keeps the meeting's dates, chair and attendance: every member but Mexico, Papua New Guinea and the Philippines", () => {
    expect(sccp1).toMatchObject({ datePrecision: "DAY", startDate: "2024-02-27", endDate: "2024-02-28", format: "In person" });
    expect(sccp1.chair).toContain("Ms. Blanca Barandiarán");
    expect(
      sccp1.attendances
        .filter((a) => !a.attended)
        .map((a) => a.economyCode)
        .sort(),
    ).toEqual(["MX", "PG", "PH"]);
    expect(sccp1.attendances.filter((a) => a.attended)).toHaveLength(18);
    expect(sccp1.organisations.map((o) => o.organisation.code).sort()).toEqual(["ABAC", "APEC-SEC", "CTI", "GEA", "PSU", "PUASP", "WCO"]);
  });

  it("takes its purpose from 壹 and invents no summary, title or delegation", () => {
    expect(sccp1.purpose).toMatch(/^我國為亞太經濟合作\(Asia Pacific Economic Cooperation, APEC\)正式成員/);
    expect(sccp1.purpose).toContain("關務程序次級委員會(Sub-Committee on Customs Procedures, SCCP)");
    expect(sccp1.reportSummary).toBeNull();
    expect(sccp1.reportTitle).toBeNull();
    expect(sccp1.delegation).toEqual([]);
  });

  it("links every work-plan item to 參 四 (四), which records the plan's approval with its co-sponsors", () => {
    const plan = agendaItem(sccp1, "SCCP 本年工作計畫");
    expect(linked(plan)).toEqual(["I1", "I2", "I3", "A1", "A2", "A3", "A4", "S1", "S2", "S3"].map((code) => `sccp-2024-${code}`).sort());
    expect(plan.decisions).toContain("同意通過");
    expect(plan.decisions).toContain("3項倡議、4項 APEC 補助計畫及3項經濟體自費計畫");
    for (const line of [
      "(1) 日本「FTAs/RTAs 原產地自行具證能力建構 APEC 研討會」：澳大利亞、紐西蘭、新加坡、美國及越南連署。",
      "(2) 秘魯「亞太區域綠色海關科技解決方案研討會」：澳大利亞、紐西蘭、智利、美國及越南連署。",
      "(3) 秘魯「提升物流供應鏈透明度最佳範例：國際貿易物流服務資訊平臺」：香港、韓國、中國大陸及美國連署。",
      "(4) 秘魯「提升國際貿易數位化：採用電子提單之實用性」：澳大利亞、中國大陸、智利、新加坡及美國連署。",
      "(1) 美國「以小型低價貨品監管程序最佳範例及建議，促進 MSMEs 參與電子商務」：日本、越南及菲律賓連署。",
      "(2) 秘魯「出口創業：針對 MSMEs、農村社區、婦女及青年之出口推廣計畫」：智利連署。",
      "(3) 秘魯「海關前線工作女性賦權：政策報告及管理指標」：澳大利亞、紐西蘭、智利及美國連署。",
    ]) {
      expect(plan.discussion?.split("\n")).toContain(line);
    }
  });

  it("holds the stakeholder panels the old seed lost: WCO, PUASP, GEA, the gender panel and ABAC's", () => {
    const stakeholders = agendaItem(sccp1, "與利害關係人合作").discussion ?? "";
    expect(stakeholders).toContain("1. WCO 與 SCCP 合作機會及優先事項");
    expect(stakeholders).toContain("2. PUASP 與 SCCP 合作之優先事項及機會");
    expect(stakeholders).toContain("3. GEA 與快遞業者及海關合作之領域");
    expect(stakeholders).toContain("第6屆 WCO 全球 AEO 會議");

    const inclusive = agendaItem(sccp1, "包容與互連性成長之貿易及投資");
    expect(inclusive.discussion).toContain("4. 座談討論：加強資料蒐集及資訊分享以促進 APEC 海關性別主流化");
    expect(inclusive.discussion).toContain("18個經濟體中，僅2個蒐集薪資落差數據");
    expect(inclusive.speakers.map((s) => [s.name, s.economyCode ?? s.organisation])).toEqual([
      ["Ms. Kristie McKinney", "US"],
      ["Ms. Johanna Törnström", "WCO"],
      ["Ms. Shisla MacLeod", "NZ"],
      ["Ms. Cynthia Villarruel", "PE"],
      ["Mr. Benjamin Honey", "AU"],
    ]);
    expect(linked(inclusive)).toEqual(["sccp-2023-nz-gender-survey", "sccp-2024-S1", "sccp-2024-S2", "sccp-2024-S3"]);

    const digital = agendaItem(sccp1, "透過創新與數位化促進正規及全球經濟轉型");
    expect(digital.discussion).toContain("5. 座談討論：ABAC 就跨境無紙化貿易之區域合作向 APEC 領袖提供建言");
    expect(digital.discussion).toContain("新加坡 ABAC 代表與 APEC PSU 組長");
    expect(digital.speakers.map((s) => [s.name, s.economyCode])).toEqual([
      ["Ms. Blanca Barandiarán", "PE"],
      ["Mr. Chulhun Lee", "KR"],
      ["Mr. Mohd Iqbal Abdul Kader", "SG"],
    ]);
    expect(digital.speakers[2]?.title).toContain("Deputy Head, International Relations");
  });

  it("keeps the TFA period and rate, and the chair's summary", () => {
    const tfa = agendaItem(sccp1, "WTO TFA 之實施").discussion ?? "";
    expect(tfa).toContain("秘魯自2017年2月至2024年8月 WTO TFA 承諾執行率為97.1%");
    expect(tfa).toContain("第5.1條「加強控制或檢驗之通知」及第5.3條「測試程序」");
    const summary = agendaItem(sccp1, "會議總結");
    expect(summary.headingEn).toBe("Chair's summary");
    expect(summary.discussion).toMatch(/^SCCP 主席回顧2天會議內容/);
    expect(summary.speakers.map((s) => s.name)).toEqual(["Ms. Blanca Barandiarán"]);
  });

  it("keeps the report's footnotes with the agenda item they belong to", () => {
    const inclusive = agendaItem(sccp1, "包容與互連性成長之貿易及投資").discussion ?? "";
    expect(inclusive).toContain("(unconscious bias)[註2]");
    expect(inclusive).toContain("[註2] 內隱偏見：未意識到之偏見。");
    expect(inclusive).toContain("[註3] 工作共享為2個以上員工分攤1份全職工作業務");
  });

  it("records the three 心得及建議 in order, with their bodies", () => {
    expect(sccp1.recommendations.map((r) => r.heading)).toEqual([
      "包容多元組織文化，促進海關及成員共榮發展",
      "積極參與 SCCP相關會議，培養國際關務人才",
      "強化綠色海關措施，響應永續發展目標",
    ]);
    expect(sccp1.recommendations[0]?.body).toMatch(/^綜觀 APEC 近年關注議題/);
    expect(sccp1.recommendations[2]?.body).toMatch(/共同響應全球永續發展目標。$/);
  });
});

describe("the workshop's record", () => {
  let workshop: Recorded;
  beforeAll(async () => {
    workshop = await meeting("sccp-2024-workshop-exporting-entrepreneurship");
  });

  it("uses the report's English name, comma included, and its day", () => {
    expect(workshop.name).toBe("Workshop on Exporting Entrepreneurship: Export Promotion Program Aimed at MSMEs, Rural Communities, Women, and Young People");
    expect(workshop).toMatchObject({ datePrecision: "DAY", startDate: "2024-02-26", endDate: "2024-02-26", attendeeCount: 80 });
    expect(workshop.purpose).toMatch(/^APEC 區域農村社區生產商及貿易商等/);
  });

  it("has the two parts of 貳 三 with the survey figures, the speakers and our group's intervention", () => {
    expect(workshop.agendaItems.map((a) => [a.number, a.headingZh])).toEqual([
      ["1", "秘魯報告上開最佳範例調查結果"],
      ["2", "研討會成果"],
    ]);
    const [survey, outcomes] = workshop.agendaItems;
    expect(survey?.discussion).toContain("16個經濟體回復");
    expect(survey?.discussion).toContain("1. 僅29%經濟體已制定計畫，包含墨西哥、韓國、日本、秘魯、美國及印尼。");
    expect(outcomes?.speakers.map((s) => [s.name, s.economyCode])).toEqual([
      ["Mr. Luis Enrique Vera Castillo", "PE"],
      ["Mr. Chulhun Lee", "KR"],
      ["Mr. Padmoyo Tri Wikanto", "ID"],
      ["Ms. Kristie McKinney", "US"],
      ["Ms. Martha Elba Garamendi Espinoza", "PE"],
    ]);
    expect(workshop.agendaItems.every((a) => linked(a).join() === "sccp-2024-S2")).toBe(true);
    expect(outcomes?.interventions.map((i) => i.text)).toEqual([expect.stringContaining("我國與秘魯、美國、馬來西亞及全球快遞協會")]);
    expect(workshop.recommendations).toEqual([]);
  });
});

describe("the seed's slips, fixed", () => {
  it("names China by its long form with the short one beside it", async () => {
    expect(await db.economy.findUniqueOrThrow({ where: { code: "CN" } })).toMatchObject({
      name: "People's Republic of China",
      shortName: "China",
      nameZh: "中國大陸",
    });
  });

  it("words the Strategic Plan's first priority as the report does", async () => {
    const first = await db.priority.findFirstOrThrow({ where: { framework: { code: "SCCP-SP-2022-2025" }, number: 1 } });
    expect(first.titleZh).toBe("提升經濟體因應嚴重特殊傳染性肺炎[COVID-19]疫情及復甦能力");
  });

  it("separates survey respondents with semicolons and gives the NZ survey its Chinese title", async () => {
    const byKey = (seedKey: string) => db.item.findUniqueOrThrow({ where: { seedKey } });
    expect((await byKey("sccp-2024-S2")).notes).toContain("(Mexico; Korea; Japan; Peru; United States; Indonesia)");
    expect((await byKey("sccp-2024-S2")).titleEn).toBe(
      "Exporting Entrepreneurship: Export Promotion Program Aimed at MSMEs, Rural Communities, Women, and Young People",
    );
    expect((await byKey("sccp-2023-us-green-customs-handbook")).notes).toContain(
      "Australia; Chile; China; Hong Kong, China; Indonesia; Japan; Korea; Mexico; New Zealand; Peru; Singapore; Thailand; United States; Chinese Taipei.",
    );
    expect((await byKey("sccp-2023-nz-gender-survey")).titleZh).toBe("性別主流化問卷調查");
  });
});

describe("values the report does not state", () => {
  it("are marked inferred, and only those", async () => {
    const marked = await db.item.findMany({ where: { inferredFields: { not: "" } }, select: { seedKey: true, inferredFields: true } });
    expect(Object.fromEntries(marked.map((item) => [item.seedKey, item.inferredFields]))).toEqual({
      "sccp-2024-I1": "status",
      "sccp-2023-cn-ftp-fz": "status",
      "sccp-2023-cn-smart-customs-handbook": "status,year",
      "sccp-2023-us-green-customs-handbook": "status,year",
      "sccp-2023-nz-gender-survey": "status",
    });
    const milestones = await db.milestone.findMany({
      where: { inferredFields: { not: "" } },
      select: { title: true, inferredFields: true, item: { select: { seedKey: true } } },
    });
    expect(milestones.map((m) => [m.item.seedKey, m.title, m.inferredFields])).toEqual([["sccp-2023-cn-ftp-fz", "Survey", "due"]]);
  });

  it("stop being marked once an officer saves that field, and stay marked otherwise", async () => {
    const handbook = await db.item.findUniqueOrThrow({ where: { seedKey: "sccp-2023-cn-smart-customs-handbook" }, include: { forum: true } });
    const save = (item: typeof handbook, change: Record<string, string>) =>
      writeTransaction((tx) =>
        updateItem(
          tx,
          { id: officer.id },
          { id: item.id, version: item.version, original: null, fields: itemFieldsSchema.parse({ ...itemToFormValues(item), ...change }) },
        ),
      );

    await save(handbook, { summary: "Presented at SCCP1." });
    const summarised = await db.item.findUniqueOrThrow({ where: { id: handbook.id }, include: { forum: true } });
    expect(summarised.inferredFields).toBe("status,year");

    await save(summarised, { status: "COMPLETED" });
    expect((await db.item.findUniqueOrThrow({ where: { id: handbook.id } })).inferredFields).toBe("year");

    const survey = await db.item.findUniqueOrThrow({ where: { seedKey: "sccp-2023-nz-gender-survey" } });
    await writeTransaction((tx) => bulkUpdateItems(tx, officer, { operation: "status", status: "CANCELLED", ids: [survey.id] }));
    expect((await db.item.findUniqueOrThrow({ where: { id: survey.id } })).inferredFields).toBe("");
  });

  it("leave a milestone whose due date an officer saves, and stay through a note", async () => {
    const find = () => db.milestone.findFirstOrThrow({ where: { title: "Survey", item: { seedKey: "sccp-2023-cn-ftp-fz" } } });
    const save = async (change: Record<string, string>) => {
      const survey = await find();
      const fields = milestoneFieldsSchema.parse({ ...milestoneToFormValues(survey), ...change });
      await writeTransaction((tx) => editMilestone(tx, officer, { id: survey.id, version: survey.version, original: null, fields }));
      return find();
    };

    expect((await save({ note: "Circulated intersessionally." })).inferredFields).toBe("due");
    expect((await save({ due: "2023-11" })).inferredFields).toBe("");
  });
});

describe("seeding again", () => {
  it("adds no second record", async () => {
    const before = await db.agendaItem.count();
    expect(await seedDatabase(db)).toMatchObject({ meetings: 0, items: 0, agendaItems: 0 });
    expect(await db.agendaItem.count()).toBe(before);
    expect(before).toBe(13);
  });
});
