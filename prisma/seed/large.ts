// A synthetic work plan the size of every APEC project ever recorded (about 10,000 items, 50,000
// milestones, 40,000 co-sponsorships) for benchmarks and scale tests. It is shaped like the real
// thing: more work in recent years, a few economies proposing and co-sponsoring far more than
// others, initiatives that rarely need co-sponsors, milestones of every precision, and some late.
// Deterministic for a given seed and day, so two runs on one day give the same file.
import { addDays, isoDay, lastDayOfMonth } from "../../lib/dates";
import type { DatePrecision, FundAccount, ItemKind, ItemStatus, MilestoneStatus } from "../../lib/db/generated/enums";
import { toStoredDue } from "../../lib/milestones/due";
import { FORA } from "./reference-data";

export interface LargePlanSize {
  items: number;
  milestonesPerItem: number;
  coSponsorsPerItem: number;
}

export const LARGE_PLAN: LargePlanSize = { items: 10_000, milestonesPerItem: 5, coSponsorsPerItem: 4 };

/** mulberry32: small, fast and good enough to shape test data reproducibly. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  const weighted = <T>(entries: readonly (readonly [T, number])[]) => {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  };
  return { next, int, pick, weighted };
}

/** How active each economy is, heaviest first: a Zipf-like skew, as in APEC's own records. */
const ACTIVITY_ORDER = ["US", "AU", "JP", "CT", "KR", "CN", "CA", "NZ", "SG", "TH", "CL", "PE", "MY", "ID", "PH", "MX", "VN", "HK", "RU", "BN", "PG"];
const ACTIVITY = ACTIVITY_ORDER.map((code, rank) => [code, 1 / (rank + 1) ** 0.8] as const);

const TOPICS: [string, string][] = [
  ["Authorised Economic Operator Mutual Recognition", "優質企業相互承認"],
  ["Single Window Interoperability", "單一窗口互通"],
  ["Electronic Bills of Lading", "電子提單"],
  ["Advance Rulings", "預先核定"],
  ["Risk Management in Border Clearance", "邊境通關風險管理"],
  ["Cross-Border E-Commerce Parcels", "跨境電商包裹"],
  ["Customs Valuation", "關稅估價"],
  ["Rules of Origin Verification", "原產地規則查核"],
  ["Trade Facilitation Agreement Implementation", "貿易便捷化協定執行"],
  ["Green Customs and Environmental Goods", "綠色海關與環境商品"],
  ["Post-Clearance Audit", "事後稽核"],
  ["Supply Chain Resilience", "供應鏈韌性"],
  ["Digital Trade Documents", "數位貿易文件"],
  ["Intellectual Property Border Enforcement", "智慧財產權邊境執法"],
  ["Illicit Trade in Wildlife", "野生動植物非法貿易"],
  ["Time Release Studies", "通關時間研究"],
  ["Coordinated Border Management", "邊境協同管理"],
  ["Data Analytics for Customs", "海關數據分析"],
  ["Small Business Participation in Trade", "中小企業參與貿易"],
  ["Women in Customs Leadership", "女性海關領導"],
];
const FORMATS: [string, string][] = [
  ["Capacity Building on {topic}", "{topic}能力建構"],
  ["Workshop on {topic}", "{topic}研討會"],
  ["Study of {topic} in the APEC Region", "亞太地區{topic}研究"],
  ["Best Practices in {topic}", "{topic}最佳實務"],
  ["Compendium of {topic}", "{topic}彙編"],
  ["Policy Dialogue on {topic}", "{topic}政策對話"],
  ["Pathfinder Initiative on {topic}", "{topic}探路者倡議"],
];
const MILESTONES: [string, string][] = [
  ["Concept note approved", "概念文件核定"],
  ["Project proposal submitted", "計畫書提交"],
  ["Preliminary report", "初步報告"],
  ["Survey of economies", "經濟體問卷調查"],
  ["Workshop", "研討會"],
  ["Draft report circulated", "報告草案分送"],
  ["Completion report to the APEC Secretariat", "向 APEC 秘書處提交結案報告"],
  ["Monitoring report", "監測報告"],
  ["Evaluation", "評估"],
];

export interface LargePlan {
  items: {
    id: number;
    kind: ItemKind;
    forumCode: string;
    year: number;
    projectNumber: string | null;
    titleEn: string;
    titleZh: string | null;
    proposerCode: string;
    status: ItemStatus;
    fundAccount: FundAccount | null;
    apecFundingUsd: number | null;
  }[];
  coSponsorships: { itemId: number; economyCode: string; joinedOn: string | null; withdrawnOn: string | null }[];
  milestones: {
    itemId: number;
    title: string;
    titleZh: string | null;
    precision: DatePrecision;
    dueStart: string | null;
    dueEnd: string | null;
    anchor: string | null;
    status: MilestoneStatus;
    completedOn: string | null;
    position: number;
  }[];
}

function statusFor(year: number, thisYear: number, rng: ReturnType<typeof seededRandom>): ItemStatus {
  if (year <= thisYear - 3)
    return rng.weighted([
      ["COMPLETED", 90],
      ["CANCELLED", 10],
    ] as const);
  if (year < thisYear)
    return rng.weighted([
      ["IN_IMPLEMENTATION", 55],
      ["COMPLETED", 35],
      ["APPROVED", 5],
      ["CANCELLED", 5],
    ] as const);
  return rng.weighted([
    ["PROPOSED", 35],
    ["APPROVED", 35],
    ["IN_IMPLEMENTATION", 30],
  ] as const);
}

/** Builds the plan in memory; `firstId` leaves room for the items already in the database. */
export function generateLargePlan(today: string, firstId: number, size: LargePlanSize = LARGE_PLAN, seed = 2024): LargePlan {
  const rng = seededRandom(seed);
  const thisYear = Number(today.slice(0, 4));
  const firstYear = thisYear - 31;
  // Later years hold more work, as APEC's project database does.
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, index) => [firstYear + index, 1 + index / 4] as const);
  const fora = FORA.map((forum, index) => [forum.code, forum.code === "SCCP" ? 6 : 1 + ((index * 7) % 5)] as const);
  const numbers = new Map<string, number>();
  const plan: LargePlan = { items: [], coSponsorships: [], milestones: [] };

  for (let n = 0; n < size.items; n++) {
    const id = firstId + n;
    const year = rng.weighted(years);
    const forumCode = rng.weighted(fora);
    const kind = rng.weighted([
      ["INITIATIVE", 20],
      ["APEC_FUNDED", 50],
      ["SELF_FUNDED", 30],
    ] as const);
    const proposerCode = rng.weighted(ACTIVITY);
    const [topicEn, topicZh] = rng.pick(TOPICS);
    const [formatEn, formatZh] = rng.pick(FORMATS);
    let projectNumber: string | null = null;
    if (kind !== "INITIATIVE") {
      const key = `${forumCode} ${year}`;
      const sequence = (numbers.get(key) ?? 0) + 1;
      numbers.set(key, sequence);
      // Two digits per forum and year, as APEC numbers them; a letter carries on past 99.
      const letter = sequence > 99 ? String.fromCharCode(64 + Math.floor(sequence / 100)) : kind === "SELF_FUNDED" ? "S" : "";
      projectNumber = `${forumCode} ${String(sequence % 100).padStart(2, "0")} ${year}${letter}`;
    }
    plan.items.push({
      id,
      kind,
      forumCode,
      year,
      projectNumber,
      titleEn: `${formatEn.replace("{topic}", topicEn)} (${year}, No. ${n + 1})`,
      titleZh: rng.next() < 0.7 ? `${formatZh.replace("{topic}", topicZh)}(${year} 年第 ${n + 1} 號)` : null,
      proposerCode,
      status: statusFor(year, thisYear, rng),
      fundAccount:
        kind === "SELF_FUNDED"
          ? "SELF_FUNDED"
          : kind === "APEC_FUNDED"
            ? rng.weighted([
                ["GENERAL_PROJECT_ACCOUNT", 50],
                ["TILF_SPECIAL_ACCOUNT", 20],
                ["APEC_SUPPORT_FUND", 30],
              ] as const)
            : null,
      apecFundingUsd: kind === "APEC_FUNDED" ? rng.int(5, 30) * 5_000 : null,
    });

    // Initiatives rarely gather co-sponsors; projects need some, a few gather many.
    const wanted =
      kind === "INITIATIVE"
        ? rng.next() < 0.6
          ? 0
          : rng.int(1, 3)
        : Math.min(20, 1 + Math.floor(-Math.log(1 - rng.next()) * (size.coSponsorsPerItem * 1.05)));
    const backers = new Set<string>();
    for (let tries = 0; backers.size < wanted && tries < 200; tries++) {
      const code = rng.weighted(ACTIVITY);
      if (code !== proposerCode) backers.add(code);
    }
    for (const economyCode of backers) {
      const joinedOn = isoDay(year, rng.int(1, 3), rng.int(1, 28));
      plan.coSponsorships.push({ itemId: id, economyCode, joinedOn, withdrawnOn: rng.next() < 0.03 ? addDays(joinedOn, rng.int(30, 200)) : null });
    }

    const count = rng.int(size.milestonesPerItem - 2, size.milestonesPerItem + 2);
    for (let position = 0; position < count; position++) {
      const [title, titleZh] = MILESTONES[(position * 2 + rng.int(0, 1)) % MILESTONES.length]!;
      const month = Math.min(12, 2 + position * 2 + rng.int(0, 1));
      const dueYear = year + (position >= 5 ? 1 : 0);
      const precision = rng.weighted([
        ["DAY", 50],
        ["MONTH", 30],
        ["QUARTER", 10],
        ["YEAR", 4],
        ["ANCHOR", 4],
        ["UNDATED", 2],
      ] as const);
      const stored = toStoredDue(
        precision === "DAY"
          ? { precision, date: isoDay(dueYear, month, rng.int(1, lastDayOfMonth(dueYear, month))) }
          : precision === "MONTH"
            ? { precision, year: dueYear, month }
            : precision === "QUARTER"
              ? { precision, year: dueYear, quarter: Math.ceil(month / 3) }
              : precision === "YEAR"
                ? { precision, year: dueYear }
                : precision === "ANCHOR"
                  ? { precision, anchor: `SOM${rng.int(1, 3)} ${dueYear}` }
                  : { precision },
      );
      const past = stored.dueEnd !== null && stored.dueEnd < today;
      const finished = ["COMPLETED", "CANCELLED"].includes(plan.items[n]!.status);
      // Most past milestones were met; some slipped, and a few are still open.
      const status: MilestoneStatus = finished
        ? "DONE"
        : past
          ? rng.weighted([
              ["DONE", 80],
              ["LATE", 8],
              ["PLANNED", 12],
            ] as const)
          : "PLANNED";
      plan.milestones.push({
        itemId: id,
        title,
        titleZh,
        ...stored,
        status,
        completedOn: status === "DONE" && stored.dueEnd ? (stored.dueEnd < today ? stored.dueEnd : today) : null,
        position,
      });
    }
  }
  return plan;
}
