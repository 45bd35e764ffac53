// Reference data every installation needs: the 21 APEC member economies in APEC's own order
// (alphabetical, but "Chinese Taipei" stands between Singapore and Thailand), the bodies that meet
// with SCCP, the fora items belong to, and the APEC Support Fund's sub-funds.
import type { OrganisationKind } from "../../lib/db/generated/enums";

export interface EconomySeed {
  code: string;
  name: string;
  shortName?: string;
  nameZh: string;
}

/** Codes are ISO 3166 alpha-2, except Chinese Taipei, for which APEC itself uses "CT". */
export const ECONOMIES: EconomySeed[] = [
  { code: "AU", name: "Australia", nameZh: "澳大利亞" },
  { code: "BN", name: "Brunei Darussalam", nameZh: "汶萊" },
  { code: "CA", name: "Canada", nameZh: "加拿大" },
  { code: "CL", name: "Chile", nameZh: "智利" },
  { code: "CN", name: "People's Republic of China", shortName: "China", nameZh: "中國大陸" },
  { code: "HK", name: "Hong Kong, China", nameZh: "香港" },
  { code: "ID", name: "Indonesia", nameZh: "印尼" },
  { code: "JP", name: "Japan", nameZh: "日本" },
  { code: "KR", name: "Republic of Korea", shortName: "Korea", nameZh: "韓國" },
  { code: "MY", name: "Malaysia", nameZh: "馬來西亞" },
  { code: "MX", name: "Mexico", nameZh: "墨西哥" },
  { code: "NZ", name: "New Zealand", nameZh: "紐西蘭" },
  { code: "PG", name: "Papua New Guinea", nameZh: "巴布亞紐幾內亞" },
  { code: "PE", name: "Peru", nameZh: "秘魯" },
  { code: "PH", name: "The Philippines", shortName: "Philippines", nameZh: "菲律賓" },
  { code: "RU", name: "Russia", nameZh: "俄羅斯" },
  { code: "SG", name: "Singapore", nameZh: "新加坡" },
  { code: "CT", name: "Chinese Taipei", nameZh: "中華臺北" },
  { code: "TH", name: "Thailand", nameZh: "泰國" },
  { code: "US", name: "United States", nameZh: "美國" },
  { code: "VN", name: "Viet Nam", nameZh: "越南" },
];

export interface OrganisationSeed {
  code: string;
  name: string;
  nameZh: string;
  kind: OrganisationKind;
}

export const ORGANISATIONS: OrganisationSeed[] = [
  { code: "WCO", name: "World Customs Organization", nameZh: "世界關務組織", kind: "INTERNATIONAL_ORGANISATION" },
  { code: "WTO", name: "World Trade Organization", nameZh: "世界貿易組織", kind: "INTERNATIONAL_ORGANISATION" },
  { code: "UPU", name: "Universal Postal Union", nameZh: "萬國郵政聯盟", kind: "INTERNATIONAL_ORGANISATION" },
  {
    code: "PUASP",
    name: "Postal Union of the Americas, Spain and Portugal",
    nameZh: "美洲與西班牙及葡萄牙郵政聯盟",
    kind: "INTERNATIONAL_ORGANISATION",
  },
  { code: "APEC-SEC", name: "APEC Secretariat", nameZh: "APEC 秘書處", kind: "APEC_BODY" },
  { code: "PSU", name: "APEC Policy Support Unit", nameZh: "APEC 政策支援組", kind: "APEC_BODY" },
  { code: "CTI", name: "APEC Committee on Trade and Investment", nameZh: "APEC 貿易暨投資委員會", kind: "APEC_BODY" },
  { code: "ABAC", name: "APEC Business Advisory Council", nameZh: "APEC 企業諮詢委員會", kind: "APEC_BODY" },
  { code: "GEA", name: "Global Express Association", nameZh: "全球快遞協會", kind: "BUSINESS" },
];

export interface ForumSeed {
  code: string;
  name: string;
  nameZh?: string;
  parent?: string;
}

/** CTI and its sub-fora first (SCCP leading), then other APEC fora items may belong to. */
export const FORA: ForumSeed[] = [
  { code: "CTI", name: "Committee on Trade and Investment", nameZh: "貿易暨投資委員會" },
  { code: "SCCP", name: "Sub-Committee on Customs Procedures", nameZh: "關務程序次級委員會", parent: "CTI" },
  { code: "MAG", name: "Market Access Group", nameZh: "市場進入小組", parent: "CTI" },
  { code: "SCSC", name: "Sub-Committee on Standards and Conformance", nameZh: "標準及符合性次級委員會", parent: "CTI" },
  { code: "GOS", name: "Group on Services", nameZh: "服務業小組", parent: "CTI" },
  { code: "IEG", name: "Investment Experts' Group", nameZh: "投資專家小組", parent: "CTI" },
  { code: "IPEG", name: "Intellectual Property Rights Experts' Group", nameZh: "智慧財產權專家小組", parent: "CTI" },
  { code: "EC", name: "Economic Committee", nameZh: "經濟委員會" },
  { code: "SCE", name: "SOM Steering Committee on Economic and Technical Cooperation", nameZh: "資深官員經濟暨技術合作指導委員會" },
  { code: "DESG", name: "Digital and Innovation Economy Steering Group", nameZh: "數位及創新經濟指導小組" },
  { code: "OFWG", name: "Ocean and Fisheries Working Group", nameZh: "海洋及漁業工作小組" },
  { code: "TPTWG", name: "Transportation Working Group", nameZh: "運輸工作小組" },
  { code: "SMEWG", name: "Small and Medium Enterprises Working Group", nameZh: "中小企業工作小組" },
  { code: "PPWE", name: "Policy Partnership on Women and the Economy", nameZh: "婦女與經濟政策夥伴" },
];

export const SUPPORT_SUB_FUNDS: { name: string; nameZh: string }[] = [
  { name: "General Fund", nameZh: "一般基金" },
  { name: "Supply Chain Connectivity", nameZh: "供應鏈連結" },
  { name: "Human Security", nameZh: "人類安全" },
  { name: "Women and the Economy", nameZh: "婦女與經濟" },
  { name: "Digital Innovation", nameZh: "數位創新" },
  { name: "Free Trade Area of the Asia-Pacific and Global Value Chains", nameZh: "亞太自由貿易區及全球價值鏈" },
];
