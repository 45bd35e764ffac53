// The record of the two meetings as the February 2024 mission report (shared/seeds) gives it: its
// sections 貳 (the 26 February workshop) and 參 (SCCP1), agenda item by agenda item, and its
// 心得及建議. What was said is the report's own Chinese, its paragraphs and numbering kept (PDF line
// breaks and hyphenation undone; its footnotes, numbered in the text, follow as [註n]); headings
// carry a working English translation. Agenda items are numbered by plain ordinal: the report's
// "(一)"… is its own heading numbering, which the mission report regenerates from the order.
// The report names no member of the delegation, so none is seeded, and it has no 摘要 and no title
// in the text, so reportSummary and reportTitle stay empty rather than being made up.
import type { DelegationRole } from "../../lib/db/generated/enums";
import { SCCP1, WORKSHOP } from "./sccp-2024";

export interface SpeakerSeed {
  /** As the report writes it, honorific included. */
  name: string;
  /** The report's words; its English in brackets where it gives one. */
  title?: string;
  organisation?: string;
  /** Code of the member economy the speaker spoke for. */
  economy?: string;
}

export interface AgendaItemSeed {
  number: string;
  headingZh: string;
  headingEn: string;
  discussion: string;
  decisions?: string;
  /** seedKeys of the work-plan items discussed under it, in the report's order. */
  items: string[];
  speakers: SpeakerSeed[];
}

export interface DelegateSeed {
  name: string;
  nameZh?: string;
  title?: string;
  titleZh?: string;
  role: DelegationRole;
}

export interface InterventionSeed {
  /** Number of the agenda item it was made under. */
  agendaItem?: string;
  speaker?: string;
  text: string;
}

export interface RecommendationSeed {
  heading: string;
  body: string;
}

export interface MeetingRecordSeed {
  /** seedKey of the meeting. */
  meeting: string;
  purpose: string | null;
  reportTitle: string | null;
  reportSummary: string | null;
  agenda: AgendaItemSeed[];
  delegation: DelegateSeed[];
  interventions: InterventionSeed[];
  recommendations: RecommendationSeed[];
}

const WORK_PLAN_ORDER = [
  "sccp-2024-I1",
  "sccp-2024-I2",
  "sccp-2024-I3",
  "sccp-2024-A1",
  "sccp-2024-A2",
  "sccp-2024-A3",
  "sccp-2024-A4",
  "sccp-2024-S1",
  "sccp-2024-S2",
  "sccp-2024-S3",
];

const CHAIR: SpeakerSeed = {
  name: "Ms. Blanca Barandiarán",
  title: "SCCP 主席；關務技術組組長(Manager, Customs Techniques)",
  organisation: "秘魯 SUNAT",
  economy: "PE",
};

export const MEETING_RECORDS: MeetingRecordSeed[] = [
  {
    meeting: WORKSHOP,
    // The report gives the workshop no 目的 of its own; its 背景說明 (background) says why it was held.
    purpose:
      "APEC 區域農村社區生產商及貿易商等，以往較難獲得參與國際貿易之資訊及工具，尤以 MSMEs、婦女及青年為最大宗；鑑於 APEC 區域部分經濟體海關，持續發展簡化與促進參與電子商務及低價貨品貿易之機制及工具，秘魯提案研究是類貿易便捷化之計畫及活動，並於本研討會報告最佳範例調查結果，會後將根據研討會蒐集之經濟體自願性建議等回饋意見，發布總結報告。",
    reportTitle: null,
    reportSummary: null,
    agenda: [
      {
        number: "1",
        headingZh: "秘魯報告上開最佳範例調查結果",
        headingEn: "Peru reports the results of its best-practice survey",
        discussion: [
          "調查旨在瞭解經濟體海關對於促進經濟潛力尚未開發之族群創業，於關務程序所實施之最佳範例；調查內容於去(2023)年 11 月分送各經濟體，16個經濟體回復，結果分析如下：",
          "1. 僅29%經濟體已制定計畫，包含墨西哥、韓國、日本、秘魯、美國及印尼。",
          "2. 至少2個經濟體有針對婦女、青年及農村社區之計畫。",
          "3. 提供中小企業於出口程序支援及協助。",
          "4. 透過培養必要技能，促進女性賦權。",
          "5. 致力出口相關教育及訓練。",
          "6. 促進經濟潛力尚未開發之族群與政府機關合作。",
          "7. 聚焦涵蓋青年、婦女、身心障礙者及退伍軍人之多元化措施。",
        ].join("\n"),
        items: ["sccp-2024-S2"],
        speakers: [],
      },
      {
        number: "2",
        headingZh: "研討會成果",
        headingEn: "Outcomes of the workshop",
        discussion: [
          "研討會共80名來自公私部門及學術界之參與者，主要分享促進 MSMEs 參與國際貿易，海關實施 MSMEs、農村社區、婦女及青年之出口推廣計畫；討論 APEC 區域 MSMEs 概觀及其對國際貿易之貢獻、APEC 先前相關研究、促進 MSMEs 跨境電子商務活動之新型郵政及快遞貨品或服務、經濟體將 MSMEs 納入國際貿易之最佳範例與相關挑戰，及下階段將展開之相關新倡議等，重點摘述如下：",
          "1. APEC 經濟體分享實務範例",
          "(1) 秘魯國家關務及賦稅署(National Superintendency of Customs and Tax Administration, SUNAT)署長 Mr. Luis Enrique Vera Castillo 表示，該國針對 MSMEs 業務管理，提供關務及稅務議題相關技術援助培訓計畫，協助 MSMEs 出口貨品，強調全面性支持 MSMEs 之重要性，確保 MSMEs 國際化之成功及永續性。",
          "(2) 韓國海關對外關係組(External Relations Division, Korea Customs Service)組長 Mr. Chulhun Lee 介紹出口推廣支援中心之措施，如提供 MSMEs 有關自由貿易協定之諮詢、低利率貸款，及支持 MSMEs 進入全球零售商場等。",
          "(3) 印尼關稅及消費稅總署關稅組(Customs Facilities, Directorate General of Customs and Excise)組長 Mr. Padmoyo Tri Wikanto 報告該國海關提供 MSMEs 出口諮詢計畫，出口程序協助，與發布許可證機構協調及產品標準指引等措施。",
          "(4) 美國海關及邊境保護署多邊事務組(Multilateral Affairs Division, Customs Border and Protection [CBP])組長 Ms. Kristie McKinney (去年 SCCP 主席)說明該署優質企業(Authorized Economic Operator, AEO)計畫，即海關貿易反恐夥伴關係(Customs Trade Partnership Against Terrorism, CTPAT)，旨在確保進入美國之國際商務安全；CTPAT 計畫成員享有查驗比率降低之優惠並取得參與美國政府計畫之資格。",
          "(5) 最後就相關挑戰、機會及下階段做法進行小組討論，我國與秘魯、美國、馬來西亞及全球快遞協會(Global Express Association, GEA)代表同組，提出 MSMEs 進入國際貿易體系之障礙包含能力與資金不足、取得資訊管道不明、各國貿易法制及程序複雜等，解決方案包含各經濟體應促進貿易法規資訊透明、簡化法規，並提供教育機會、資金及交易平臺等。",
          "2. 研討會結論",
          "(1) 各經濟體均認為 MSMEs 參與國際貿易存在諸多挑戰及障礙，如缺乏資訊與資本取得管道、對跨境法規與程序之瞭解不足，及經商成本高昂，包含稅率與過多法規及程序等，建議應公布取得相關資訊之免費管道、分享最佳範例、提升普惠金融(financial inclusion)[註1]與資訊透明度及國際合作、強調 AEO 重要性、簡化程序、進行數位化、出口貨品免稅，並透過社交媒體提供 MSMEs 免費培訓課程。",
          "(2) 研討會強調各經濟體國內跨機關合作及整合之必要性，包含關務、貿易、出口推廣、中小企業、旅遊、智慧財產權及國防等相關機關合作，確保 MSMEs 出口貨品獲得全面支持；展現 APEC 海關致力提升 MSMEs 賦權，並為支持非正規經濟轉型為正規經濟奠定基礎，符合本年秘魯 APEC 主題「賦權、包容、成長(Empower. Include. Grow.)」。秘魯 SUNAT 副署長 Ms. Martha Elba Garamendi Espinoza 總結，海關應透過靈活創新之貿易便捷化政策，為創業家及 MSMEs 出口貨品建構有利之商務環境。",
          "[註1] 普惠金融係提供安全、便捷及可負擔之適當金融服務予缺乏正規金融服務或遭其排除在外之弱勢群體。資料來源：https://www.fsc.gov.tw/ch/home.jsp?id=642&parentpath=0,7 ；https://www.fsc.gov.tw/ch/home.jsp?id=96&parentpath=0,2&mcustomize=news_view.jsp&dataserno=201610200002&aplistdn=ou=news,ou=multisite,ou=chinese,ou=ap_root,o=fsc,c=tw&dtable=News ；https://www.amlo.moj.gov.tw/media/20211382/%E9%98%B2%E5%88%B6%E6%B4%97%E9%8C%A2%E9%87%91%E8%9E%8D%E8%A1%8C%E5%8B%95%E5%B7%A5%E4%BD%9C%E7%B5%84%E7%B9%94-%E9%98%B2%E5%88%B6%E6%B4%97%E9%8C%A2%E5%8F%8A%E6%89%93%E6%93%8A%E8%B3%87%E6%81%90%E6%8E%AA%E6%96%BD%E8%88%87%E6%99%AE%E6%83%A0%E9%87%91%E8%9E%8D.pdf?mediaDL=true",
        ].join("\n"),
        items: ["sccp-2024-S2"],
        speakers: [
          {
            name: "Mr. Luis Enrique Vera Castillo",
            title: "署長",
            organisation: "秘魯國家關務及賦稅署(National Superintendency of Customs and Tax Administration, SUNAT)",
            economy: "PE",
          },
          {
            name: "Mr. Chulhun Lee",
            title: "組長",
            organisation: "韓國海關對外關係組(External Relations Division, Korea Customs Service)",
            economy: "KR",
          },
          {
            name: "Mr. Padmoyo Tri Wikanto",
            title: "組長",
            organisation: "印尼關稅及消費稅總署關稅組(Customs Facilities, Directorate General of Customs and Excise)",
            economy: "ID",
          },
          {
            name: "Ms. Kristie McKinney",
            title: "組長(去年 SCCP 主席)",
            organisation: "美國海關及邊境保護署多邊事務組(Multilateral Affairs Division, Customs Border and Protection [CBP])",
            economy: "US",
          },
          { name: "Ms. Martha Elba Garamendi Espinoza", title: "副署長", organisation: "秘魯 SUNAT", economy: "PE" },
        ],
      },
    ],
    delegation: [],
    interventions: [
      {
        agendaItem: "2",
        text: "小組討論：我國與秘魯、美國、馬來西亞及全球快遞協會(Global Express Association, GEA)代表同組，提出 MSMEs 進入國際貿易體系之障礙包含能力與資金不足、取得資訊管道不明、各國貿易法制及程序複雜等，解決方案包含各經濟體應促進貿易法規資訊透明、簡化法規，並提供教育機會、資金及交易平臺等。",
      },
    ],
    recommendations: [],
  },
  {
    meeting: SCCP1,
    // 壹、會議目的: written for the whole mission (SCCP1 and the workshop before it).
    purpose:
      "我國為亞太經濟合作(Asia Pacific Economic Cooperation, APEC)正式成員，為擴大國際活動參與，掌握國際最新關務趨勢，本署每年派員參與隸屬 APEC 貿易暨投資委員會(Committee on Trade and Investment, CTI)之關務程序次級委員會(Sub-Committee on Customs Procedures, SCCP)相關會議或研討會等。本(2024)年2月 SCCP 第1次會議以實體方式召開，會議議題包含 SCCP 與私部門利害關係人合作、包容與互連性成長之貿易及投資、透過創新與數位化促進正規及全球經濟轉型、強化永續成長以促進韌性發展、程序與供應鏈安全之調和及世界貿易組織(World Trade Organization, WTO)貿易便捷化協定(Trade Facilitation Agreement, TFA)之實施等，除 SCCP 大會，亦舉辦「出口創業：針對微中小企業(Micro, Small and Medium Enterprises, MSMEs)、農村社區、婦女及青年之出口推廣計畫」研討會；透過積極參與 SCCP 相關會議或研討會，我國得與各國公私部門專家交流學習、提升對國際當前重要關務議題之瞭解，並汲取各國實務經驗及創新措施等，有助我國拓展國際視野及促進關務改革創新；另會議期間與各國代表互動，不僅提升與其他國家友好關係，亦增加未來雙邊及多邊關務合作發展機會。",
    reportTitle: null,
    reportSummary: null,
    agenda: [
      {
        number: "1",
        headingZh: "本年 APEC 主題及優先事項",
        headingEn: "APEC 2024 theme and priorities",
        discussion: [
          "APEC 資深官員會議主席辦公室報告本年 APEC 主題為「賦權、包容、成長」，三大優先事項及預計完成工作如下：",
          "1. 「包容與互連性成長之貿易及投資」：以全新角度檢視「亞太自由貿易區」（Free Trade Area of the Asia-Pacific, FTAAP），並辦理首場 APEC 貿易部長及婦女部長聯席會議。",
          "2. 「透過創新與數位化促進正規及全球經濟轉型」：制定促進轉型至正規及全球經濟之 APEC 路徑圖。",
          "3. 「強化永續成長以促進韌性發展」：產出有關制定與實施亞太區域低碳氫政策架構之 APEC 政策指引，並就防止與減少亞太區域食物損失及浪費確立 APEC 原則。",
        ].join("\n"),
        items: [],
        speakers: [],
      },
      {
        number: "2",
        headingZh: "CTI 本年優先事項",
        headingEn: "CTI priorities for 2024",
        discussion:
          "CTI 本年目標係針對全球貿易與投資議題，發展凝聚 APEC 立場之觀點，加強成員於關鍵議題合作，追求自由化及擴展貿易，促進更開放之投資環境，並制定改善區域內貨品、服務、資本及技術流動之措施，另就相關問題進行磋商及尋求共識，減少或消除相關阻礙；為落實去年 APEC 領袖宣言之附件「將包容性與永續性納入貿易及投資政策之舊金山原則」(San Francisco Principles on Integrating Inclusivity and Sustainability into Trade and Investment Policy)，CTI 將於本年至2028年 CTI 第3次會議期間制定具體議程項目，分享工作進程。",
        items: [],
        speakers: [],
      },
      {
        number: "3",
        headingZh: "美國分享去年 SCCP 成果",
        headingEn: "The United States on SCCP's 2023 outcomes",
        discussion:
          "去年 SCCP 成果包含數個經濟體分享支持 WTO TFA 實施之能力建構計畫、日本舉辦「自由/區域貿易協定(Free Trade Agreements / Regional Trade Agreements, FTAs/RTAs)之原產地自行具證能力建構 APEC 研討會」、中國大陸舉辦「APEC 智慧海關研討會—提升自由貿易港/自由區(Free Trade Ports / Free Zones, FTPs/FZs)發展」、澳大利亞進行貨櫃安全措施相關調查、美國舉辦以「女性及貿易」為主題之「APEC 海關與企業對話」並編製「貿易及疫後復甦手冊」及「綠色海關最佳範例」等，及支持 SCCP 2022至2025策略計畫臚列之5項優先事項(提升經濟體因應嚴重特殊傳染性肺炎[COVID-19]疫情及復甦能力、加速實施 WTO TFA、提高 APEC 區域供應鏈可預測性及連結性、探索供應鏈安全新科技及創新解決方案之運用、促進國際貿易環境之包容性及能力建構)。",
        // Japan's workshop is A1's first (July 2023), China's is the Sanya workshop of its FTP/FZ
        // project, and the US "green customs best practices" the survey handbook presented under 8.
        items: [
          "sccp-2024-A1",
          "sccp-2023-cn-ftp-fz",
          "sccp-2023-au-container-security",
          "sccp-2023-us-cbd-women-trade",
          "sccp-2023-us-post-pandemic-handbook",
          "sccp-2023-us-green-customs-handbook",
        ],
        speakers: [],
      },
      {
        number: "4",
        headingZh: "SCCP 本年工作計畫",
        headingEn: "SCCP work plan for 2024",
        discussion: [
          "SCCP 本年工作計畫共3項倡議、4項 APEC 補助計畫及3項經濟體自費計畫，SCCP 經濟體於會中同意通過：",
          "1. 倡議(無需經濟體連署)：秘魯主辦「促進自願性法遵與貿易便捷化之完稅價格申報及監管優良範例」與「APEC 海關與企業對話：供應鏈端到端數位化之最新發展及下階段」，及中國大陸主辦「APEC 智慧海關合作夥伴倡議」。",
          "2. APEC 補助計畫",
          "(1) 日本「FTAs/RTAs 原產地自行具證能力建構 APEC 研討會」：澳大利亞、紐西蘭、新加坡、美國及越南連署。",
          "(2) 秘魯「亞太區域綠色海關科技解決方案研討會」：澳大利亞、紐西蘭、智利、美國及越南連署。",
          "(3) 秘魯「提升物流供應鏈透明度最佳範例：國際貿易物流服務資訊平臺」：香港、韓國、中國大陸及美國連署。",
          "(4) 秘魯「提升國際貿易數位化：採用電子提單之實用性」：澳大利亞、中國大陸、智利、新加坡及美國連署。",
          "3. 經濟體自費計畫",
          "(1) 美國「以小型低價貨品監管程序最佳範例及建議，促進 MSMEs 參與電子商務」：日本、越南及菲律賓連署。",
          "(2) 秘魯「出口創業：針對 MSMEs、農村社區、婦女及青年之出口推廣計畫」：智利連署。",
          "(3) 秘魯「海關前線工作女性賦權：政策報告及管理指標」：澳大利亞、紐西蘭、智利及美國連署。",
        ].join("\n"),
        decisions: "SCCP 經濟體於會中同意通過 SCCP 本年工作計畫：3項倡議、4項 APEC 補助計畫及3項經濟體自費計畫。",
        items: WORK_PLAN_ORDER,
        speakers: [],
      },
      {
        number: "5",
        headingZh: "與利害關係人合作",
        headingEn: "Cooperation with stakeholders: WCO, PUASP and GEA",
        discussion: [
          "1. WCO 與 SCCP 合作機會及優先事項",
          "WCO 本年持續促進與原有及新合作夥伴之關係，優先合作事項如下：",
          "(1) 跨境電子商務：持續進行2022年7月1日至2026年6月30日電子商務套案之第2次定期審查、研議制定 WCO「電子商務履行：對海關之影響(E-Commerce Fulfilment: Implications for Customs)」指南、更新跨境電子商務案例研究手冊，並將 AEO 概念擴展至跨境電子商務。",
          "(2) WCO 全球貿易安全及便捷化標準架構(SAFE Framework of Standards [FoS] to Secure and Facilitate Global Trade)：持續審查 SAFE FoS 2021-2025、啟動調查以監督 SAFE FoS 之實施、研議 SAFE 週期性審查機制、通過 WCO 智慧安全設備研究報告(WCO Study Report on Smart Security Devices)及加強與監管機關合作之最佳範例 WCO 網路資料庫，並與 WTO 合作將 AEO 計畫擴展至 MSMEs。",
          "(3) 包容及永續：本年5月8日至10日將於中國大陸深圳舉辦第6屆 WCO 全球 AEO 會議，主題為發揮 AEO 計畫之力量，促進包容及永續性全球貿易。",
          "(4) 科技及創新：預計於本年5月召開「資料及統計工作小組第4次會議」與「資料創新中心第3次會議」、本年10月舉辦「WCO 科技會議及展覽」、本年4月 WCO 常設技術委員會(Permanent Technical Committee, PTC)通過海關運用區塊鏈概念文件、中國大陸啟動新智慧海關計畫，及 WCO 提供海關關員資料品質線上學習課程。",
          "(5) 綠色海關：研議監管廢棄物運輸之標準作業程序、改善巴塞爾公約事先知情同意(Prior Informed Consent, PIC)程序及電子傳輸方式，並更新塑膠及電子廢棄物之協調邊境管理手冊。",
          "(6) 海關與企業韌性：持續於 WCO 亞太區域副主席領導下強化韌性。WCO 已通過韌性之標準定義，納入 WCO 關務術語彙編(WCO Glossary of Customs Terms)；預計本年4月通過 WCO 強化海關與企業韌性決議草案。",
          "2. PUASP 與 SCCP 合作之優先事項及機會",
          "(1) PUASP 簡介：PUASP 係由各國政府郵政機構於1911年成立之國際組織，屬萬國郵政聯盟(Universal Postal Union, UPU)架構之區域郵政聯盟，共28個成員，總部位於烏拉圭首都蒙特維多，旨在促進郵政部門合作及發展，強化物流鏈，並改善國際郵件之處理、品質與作業，及預報電子資訊交換程序，包含加強郵政部門與海關之合作關係。",
          "(2) 強化物流鏈之宣導及培訓：2021年起宣導美國「防止合成藥品走私及過量使用法」(Synthetics Trafficking and Overdose Prevention Act, STOP Act)及歐盟「第2代進口管制系統」(Import Control System 2, ICS2)相關法規修正並提供訓練，以促進合法及安全貿易之貨品跨境運輸。",
          "(3) 科技現代化：透過國際郵政系統(International Postal System, IPS)及海關申報系統(Customs Declaration System, CDS)進行預報資訊交換；CDS 允許郵運貨品於抵達前完成關務程序。",
          "(4) 國際合作：",
          "• 完成簽署 PUASP 與加勒比郵政聯盟關於海關資訊交換協定(PUASP-Caribbean Postal Union Agreement for the Exchange of Customs Information)。",
          "• WCO、UPU 及 PUASP 合作處理郵政物流鏈策略議題，並於策略及作業層面推動跨機關協調，有效應對新法規及國際貨品貿易之挑戰。",
          "• 推動 PUASP-UPU 區域發展計畫(Regional Development Plan, RDP) 「電子商務營運準備(Operational Readiness for Ecommerce, ORE)」，以確保提升郵政網絡配送效能，透過協助指定郵政業者(designated postal operators, DOs)作業流程現代化，實施利用標準化資訊科技工具及端到端(end-to-end, E2E)系統等技術之作業解決方案，達成符合法規、作業及技術要求。透過上開國際合作，不僅改善國際郵件處理品質及效率，亦促進海關與郵政之資訊共用及技術整合，提高跨境貨品運輸透明度及可預測性，以應對國際貿易新挑戰，並充分利用新技術為郵政物流鏈帶來創新解決方案，提升全球郵政網絡整體效能，為國際貿易及經濟發展做出貢獻。",
          "3. GEA 與快遞業者及海關合作之領域",
          "(1) 全球快遞服務對國際貿易至關重要，提供客戶全球物流解決方案，確保重要貨品於透明及安全之物流環境即時交付；快遞交付鏈(express delivery chain)具整合、多模式、逐戶、限時交貨之特性，應實施風險管控，必要時對貨品進行人工查驗、X 光儀檢、爆裂物痕跡檢測(Explosive Trace Detection, ETD)、犬隻嗅聞(Explosive Detection Dog, EDD)，或其他國際民航組織(International Civil Aviation Organization, ICAO)批准之科技及生物感應工具，確保貨品交付前之安全。",
          "(2) 為確保交付前安全，除管制人員進入飛機及其他非公共之安全區域外，亦視情況對個人進行檢查、搜查飛機、以封條管控等方式管制貨品安全，或確保必要文件之提交；快遞公司識別貨品性質之能力有限，爰加強 GEA 成員與海關、其他機關及利害關係人之合作具必要性。",
          "(3) GEA 成員相關作為如下：",
          "• 於提供 AEO 認證之國家，取得 AEO 認證。",
          "• 預先提供電子化運送資訊，俾海關或邊境機關執行風險評估並確定進一步查驗目標。",
          "• 海關認定可疑之包裹，移交海關關員進一步查驗。",
          "• 快遞公司提供充足設施予快遞交付中心之海關單位，俾提升海關查驗可疑貨品之效率。",
          "• 快遞貨品經認定內含違規物品時，快遞公司向政府機關提供依法可揭露之發貨人及收貨人資訊。",
          "• 關閉政府認定係違規慣犯之顧客帳戶。",
          "(4) 為利有權執法與沒收非法貨品之海關及其他政府機關有效執法，採行風險管理、公私部門合作及利害關係人分享資訊等措施；GEA 將持續遵循法規，盼海關認可 GEA 為值得信賴之合作夥伴。",
        ].join("\n"),
        items: [],
        speakers: [],
      },
      {
        number: "6",
        headingZh: "包容與互連性成長之貿易及投資",
        headingEn: "Trade and investment for inclusive and interconnected growth",
        discussion: [
          "1. 美國更新「改善小型低價貨品監管程序以促進 MSMEs 參與電子商務」計畫",
          "本計畫預計進行相關研究及舉辦研討會，廣泛蒐集小型低價貨品監管程序資訊，俾確定最佳範例並研擬相關建議，處理該等貨品貿易便捷、資料要件、風險管理、稅費徵收及無障礙科技解決方案等議題，支持 MSMEs 參與電子商務及國際貿易。",
          "2. 秘魯簡報「出口創業：針對 MSMEs、農村社區、婦女及青年之出口推廣計畫」",
          "秘魯 SUNAT 於本年2月26日舉辦本計畫研討會，聚焦促進 MSMEs 參與國際貿易、提升 MSMEs 於國際貿易之經濟賦權，並確保於追求進步及繁榮過程中，納入所有 MSMEs。",
          "本研討會展現 APEC 海關致力提升 MSMEs 賦權，並為支持非正規經濟轉型為正規經濟奠定基礎，符合本年 APEC 主題「賦權、包容、成長」；會中強調經濟體跨機關合作及內部整合，以確保 MSMEs 出口貨品時獲得全面支持；海關應透過靈活及創新之貿易便捷化政策，為創業家及 MSMEs 出口貨品建構有利之商務環境。",
          "3. 秘魯更新「海關前線工作女性賦權：政策報告及管理指標」計畫",
          "本計畫目標為強化 APEC 海關體制量能，促進性別平等政策措施之執行，如減少女性於海關前線工作代表性不足之差距；預計產出政策與管理指標手冊，做為執行政策措施、優化實務及分享策略之參考工具，俾協助女性參與海關各項事務時，克服不利女性之體制及文化因素。",
          "預計本年4月完成初步報告、6月辦理視訊研討會、7月產出最佳範例及管理指標手冊，並於10月提交計畫完成報告至 APEC 秘書處。",
          "4. 座談討論：加強資料蒐集及資訊分享以促進 APEC 海關性別主流化",
          "美國 CBP 多邊事務組組長(Director, Multilateral Affairs Division) Ms. Kristie McKinney 擔任主持人，先由 WCO 能力建構處專案主管(Project Manager, Capacity Building Directorate)暨性別平等及多元(Gender Equality and Diversity, GED)專家 Ms. Johanna Törnström 以預錄影片方式分享 WCO 就促進海關 GED 之相關作為，再由與談人紐西蘭關務政策分析師(Policy Analyst, New Zealand Customs Service [NZCS]) Ms. Shisla MacLeod、秘魯 SUNAT 性別平等委員會主席(Chair, Commission for Gender Equality) Ms. Cynthia Villarruel 及澳大利亞邊境執法署參事(Counsellor, Australian Border Force [ABF]) Mr. Benjamin Honey，分別就主持人所詢3項提問進行回應。",
          "(1) WCO 分享內容摘要如下：",
          "• 實行海關 GED",
          "WCO 會員逾180個，各國參與 GED 及包容性議題之程度差異極大，且常與國家政策架構直接相關；實行海關 GED 常見挑戰包含缺乏知識、書面政策與文件、資料與監測架構，及協調行動。",
          "• 促進海關 GED 之工具及倡議",
          "WCO 理事會於2020年12月採認「WCO 海關 GED 宣言(WCO Declaration on GED in Customs)」，隨後陸續發布相關工具，如性別平等組織評估工具(Gender Equality Organizational Assessment Tool, GEOAT)、實體與線上混合訓練套案，及海關 GED 手冊；目前刻研議建立海關 GED 之公認專家資料庫，以支援 WCO 主導之能力建構活動。",
          "• WCO 年度問卷調查",
          "◦ 海關整體、中階與高階管理層級之性別平衡，及高層主管男女性別比例。",
          "◦ 促進性別平等、多元及不歧視之特定行動計畫、政策或策略。",
          "◦ 是否採用 GEOAT 促進 GED。",
          "◦ 是否與利害關係人就 GED 主題進行合作，俾於貿易過程，以整合及協調方式落實性別平等及包容之海關環境。",
          "◦ 如何促進海關員工於工作及生活取得平衡。",
          "◦ 制定政策或措施，以預防海關所有場域、員工間、海關員工對民眾、民眾對海關員工所施加之各類型騷擾(包含性騷擾)及性別暴力。",
          "◦ 是否透過導師計畫等鎖定目標之措施，提升女性或其他代表性不足群體之領導力或職涯發展機會。",
          "◦ 是否提供員工有關 GED 或相關主題之訓練。",
          "• GEOAT 簡介",
          "GEOAT 於2013年制定，為性別平等自我評估工具，去年發布最新版本，共105項指標，協助海關評估組織內部與海關對大眾之性別平等政策、實務及活動；共6項原則，分別為「策略、治理及領導」、「就業、職涯發展及薪酬」、「工作及生活平衡」、「性別暴力及騷擾」、「邊境作業及與利害關係人關係」及「安全及保障」；GEOAT 評估量表(evaluation scale)係就海關性別平等政策及執行計畫之存在與否或落實強度等，以0至5分進行評分。",
          "• 使用 GEOAT 之限制",
          "GEOAT 可做為評估政策及措施之工具，協助主管機關制定行動計畫，亦可監測特定措施之執行進度，惟 GEOAT 指標無法評估措施成效，使用評估時須蒐集按性別分類之資料，且各國海關仍須依其國情制定獨有監測及評估架構。",
          "• 衡量海關執行 GED 進展",
          "◦ GED 進展常與國家政策架構密切相關；即使相同措施，於各國政策架構下，衡量落實 GED 之進展結果不盡相同；無強力國家政策架構促進 GED 之經濟體海關發起某措施，對該經濟體可能為重大進展，惟對其他先行該措施一段時間之經濟體而言，已非重要進展。",
          "◦ 性別分類資料有助發現潛在差距，惟無法說明整體情形；性別平等應以是否存在公平與包容之條件、政策及程序進行衡量。",
          "(2) 提問一：貴國海關實施最成功之性別政策為何?如何衡量該等政策成效?",
          "• 秘魯 SUNAT",
          "◦ 蒐集並分析資料：自2020年對 SUNAT 員工進行性別平等相關議題線上調查，旨在衡量員工對該議題認知程度，辨識社會、家庭與工作環境之性別刻板印象及性別暴力，並依據所蒐集資料制定措施，促進 SUNAT 由承諾邁向行動；最新調查結果顯示，員工對性騷擾之意識逐漸提高，如知曉 SUNAT 預防及懲處性騷擾命令(Directive for the Prevention and Punishment of Sexual Harassment)、認知性騷擾係不可接受之行為及性騷擾零容忍政策等。",
          "◦ 提供線上訓練課程：課程內容由性別及人權角度出發，主要有關 SUNAT 預防及懲處職場性騷擾行為；課程非同步進行，採自我學習及反思方式，並強制員工參加，目前已60%員工參與，預計2025年所有員工均將完成課程；盼藉此提高員工對構成職場性騷擾行為，與該行為對受害者、政府及社會造成有害影響之意識，以促進職場文化變革。",
          "• 紐西蘭 NZCS",
          "◦ 近5年制定「包容性與多元化策略及計畫(Inclusion and Diversity Strategy and Plan)」及「薪資落差行動計畫(Pay Gap Action Plan)」，目標為提供海關全員平等發展及薪資機會，並確保海關為包容、公平及多元化之地；因歧視交叉性(intersectionality)問題，如紐西蘭原住民或少數族裔婦女工資可能低於歐裔婦女，爰上開計畫雖以女性為主要目標，卻非僅針對女性，亦關注種族，全面進行規劃。",
          "◦ 自2018年起，NZCS 領導階層女性比例增加，性別薪資落差由15%降至10%，已有進展惟仍不足，爰於招聘、升遷、職涯發展、薪酬，與資料分析及趨勢報告共5個重點提出21項倡議，以反映員工生涯週期架構，如招聘目標進入最終決選名單應徵者至少50%為女性、升遷部分則確保領導者及招聘小組均接受「內隱偏見(unconscious bias)[註2]」訓練等；為監測上開措施有效性，編製季度報告衡量成效。",
          "◦ 為衡量成效，招聘時蒐集性別及種族資料，透過相關系統進行分析，如將人力資源系統(含年齡、性別及種族資料)直接連結至薪資系統，有助追蹤員工生涯週期及發展並比較分析；每季蒐集領導、代理或借調職位之女性占比(因擔任該等職位係女性進入更高層級之重要途徑)，亦顯示海關各族裔及婦女代表性。",
          "• 澳大利亞 ABF",
          "衡量性別政策成效部分，類似紐西蘭 NZCS 做法，於招聘時由薪資及員工系統蒐集統計數據，並查看 ABF 男性及女性比例等；目前 ABF 整體勞動力約44%為女性、高階主管54%為女性，3名副首長中，2名為女性。ABF 實施政策摘要如下：",
          "◦ 確保各層級勞動力達到性別平衡及多元；澳大利亞政府致力將培訓及招聘小組成員多元化，且選拔過程採擇優錄取方式；目前聚焦「人才管理」，建立由高階主管組成之工作小組或論壇，檢視員工能力，鑑別未來領導者及高潛力員工，研究如何配置更多初階及中階管理領導者，並提供公平發展機會。",
          "◦ 積極實施彈性工作安排及工作共享(job share)[註3]政策，透過工時減少等彈性安排，提供居家上班機會、保留職位，並確保職涯持續發展，常適用於女性員工。",
          "◦ 於組織內制定多項計畫，鼓勵舉報不良行為、霸凌及騷擾情事，尤其性別虐待行為；提供員工尋求建議及支持之匿名計畫；上開計畫有效處理重覆出現之不良行為，降低員工離職率。",
          "◦ ABF「發言安全(Speak Safe)」計畫提供保密性支持及諮詢服務，透過該服務，討論職場或職場相關不當行為並提供應對職場不當行為之資訊，另協助 ABF 連結至上屬機關內政部之匿名通報系統。",
          "◦ ABF 與澳大利亞人權委員會(Australian Human Rights Commission, AHRC)於2022年開始五年夥伴關係，共同改善職場文化並促進性別平等；ABF 勞動力團隊包含 AHRC 成員，渠等檢視 ABF 文化、價值觀、認同、政策及程序，藉由問責機制確保 ABF 由性別及多元化角度檢視程序，俾利招聘或「人才管理」等程序無偏見存在；AHRC 成員大力支持 ABF「發言安全」計畫，另刻檢視 ABF 彈性工作安排之政策。",
          "(3) 提問二：貴國海關負責評估及監督性別政策之單位或工作小組為何?其在減少性別落差方面之責任為何?是否有機會與能力影響海關建立機關目標、策略計畫及管理指標之過程?",
          "• 秘魯 SUNAT",
          "◦ SUNAT 性別平等委員會於2017年成立，負責規劃及監督推動 SUNAT 性別主流化行動執行機制，成員包含 SUNAT 主要單位之代表；國家法規規定該委員會職能，使其能影響機關目標、策略計畫及衡量進展之管理指標等決定。",
          "◦ 上開職能包含制定減少性別落差之年度活動計畫、排定各計畫執行順序，並協調將不同領域納入 SUNAT 計畫；提出鑑別優良制度範例及制定性別平等組織文化之策略；監督性別平等政策之實施、確保管理制度與 SUNAT 政策目標及指標具一致性；發布有關性別平等政策、規劃、計畫與方案進度及成果之報告。",
          "• 紐西蘭 NZCS",
          "◦ 由 NZCS 人力資源辦公室之「人員及能力(People and Capability, P&C)」小組領導性別政策之評估及監測，並與3個工會及4個員工主導之網絡合作，包含婦女網絡、包容性及多元化委員會(Inclusion and Diversity Council)等；過去1年，P&C 小組與來自上開工會及網絡之代表舉辦3場研討會，擬定減少薪資落差之新倡議；P&C 小組之領導部門提供相關領域之線上培訓，特定之管理及招聘人員則每月定期向小組副執行長報告薪資落差趨勢。",
          "◦ 每季均向海關執行委員會(Customs Executive Board)及關務部長(Minister of Customs)報告薪資落差、包容性及多元化資料，每年2次報告進展及行動，並回答國會特別委員會(Parliament’s select committees)之提問(因性別平等領域諸多工作由紐西蘭政府全面主導)。",
          "◦ 性別平等相關文件除內部提醒員工，亦公開於網站，爰影響 NZCS 工作標準、招聘、升遷及職涯發展，並反映在海關整體策略；NZCS 已制定未來數年策略，包容性占比極高，另各階管理層級將依需求獲取相關主題之簡報。",
          "◦ NZCS 與同為政府機關之「公共服務委員會(Public Service Commission)」關係密切，該委員會提供其他政府部門相關指引及資料。",
          "• 澳大利亞 ABF",
          "◦ 內政部人力資源團隊負責提供人力策略予 ABF 等轄下機關，包含招聘政策及培訓，確保以擇優選拔方式進行招聘及升遷，惟 ABF 勞動力能力單位(workforce capability branch)方為聚焦 ABF 關注領域，並結合 ABF 諸多策略、政策及程序之關鍵團隊，ABF 於提問一分享之「人才管理」及「發言安全」計畫，均由其規劃辦理。",
          "◦ ABF「發揮所有潛力(Realising Our Full Potential)」策略聚焦領導力等不同領域，促進多元化、性別平衡，並於招聘及管理人才時，尋求具備不同技術及能力之員工，以確保 ABF 勞動力發揮至最大；該團隊亦管理初階官員職位週期，適當配置及輪調職位，以利渠等接觸多面向工作，並負責國家職員諮商論壇，工會與初階職員可參加該論壇及提供反饋意見(包含國家運作良好及可改善之處)，意見最高可達 ABF 首長。",
          "(4) 提問三(向紐西蘭提問內容，與向澳大利亞及秘魯提問略不同內容)",
          "向紐西蘭 NZCS 提問：依據去年由貴國政府主導 APEC 計畫所進行之性別主流化問卷調查，您認為該計畫哪些指標(indicators)或衡量指標(metrics)應成為 SCCP 重點?",
          "• 該計畫為紐西蘭 NZCS 去年與 WCO 及 APEC PSU 共同制定，衡量指標係以 GEOAT 指標為基礎；為 GEOAT 簡化版本，亦由拉塞雷納女性及包容性成長路徑圖所啟發，問卷調查共3部分，第1部分衡量指標包含 APEC 經濟體海關女性基本統計數據，如女性員工、前線女性員工與擔任領導職女性之百分比，及薪資落差數據；第2部分係瞭解性別平等情形，如促進性別平等策略及獲分配之特定資源；第3部分為海關性別主流化最佳範例，如彈性工作安排、性別網絡，及防止性騷擾政策等。",
          "• 由上開調查結果，APEC 經濟體面臨關鍵問題之一為相關數據極少，許多政府部門未蒐集按性別分類之數據，如18個經濟體中，僅2個蒐集薪資落差數據，3個蒐集有關升遷及獎勵之性別區分數據，爰為 SCCP 應關注部分；為避免重複行事，SCCP 可參考 WCO 年度調查等相關工作，如該調查之基本問題可做為 SCCP 調查問卷基礎，以基本衡量指標之女性員工占比為例，可進一步蒐集前線關員女性占比，或以女性為主之行政人員女性占比等更細項資料；另倘 WCO 調查問題為 SCCP 經濟體無法回答者，可考量提供相關能力建構。",
          "向秘魯 SUNAT 及澳大利亞 ABF 提問：能否建議 APEC 經濟體海關可定期衡量之指標，以評估性別落差減少情形，並就衡量頻率及其他條件提供建議。",
          "• 秘魯 SUNAT",
          "◦ 由上開紐西蘭計畫之調查結果，APEC 經濟體海關關鍵問題之一確係未蒐集按性別分類之數據，爰 APEC 經濟體海關女性基本統計數據為 SCCP 重點，應就衡量促進女性加入海關及擔任中高階主管之相關領域，進行能力建構，並提高海關人員對進行衡量之重要性認知。",
          "◦ 海關應掌握人力資源相關資料並有據以衡量進展之能力(如衡量促進女性參與海關工作之進展)、僱用建立該等衡量統計數據之人員，及指定負責衡量進展之單位，並建議每6個月進行衡量工作。",
          "• 澳大利亞 ABF",
          "◦ 目前 ABF 衡量工作，部分係回溯至策略及政策方面之基礎，爰衡量頻率取決於衡量標的是否為長期策略，倘為5年策略，或可每12個月查看是否確實執行，評估是否已根據期盼實現之目標有所進展；至更為定期實施之政策，如招聘政策，係每季獲取數據以展示 ABF 確實履行義務。",
          "◦ 報告頻率部分，應視衡量內容而定，如是否為較廣泛之策略或已有適當策略，及衡量執行情況或政策立場。",
          "[註2] 內隱偏見：未意識到之偏見。",
          "[註3] 工作共享為2個以上員工分攤1份全職工作業務，並分享該份工作薪資。資料來源：https://www.psc.nsw.gov.au/culture-and-inclusion/flexible-working/accessing-flexible-working/job-share",
        ].join("\n"),
        items: ["sccp-2024-S1", "sccp-2024-S2", "sccp-2024-S3", "sccp-2023-nz-gender-survey"],
        speakers: [
          {
            name: "Ms. Kristie McKinney",
            title: "多邊事務組組長(Director, Multilateral Affairs Division)；座談主持人",
            organisation: "美國 CBP",
            economy: "US",
          },
          {
            name: "Ms. Johanna Törnström",
            title: "能力建構處專案主管(Project Manager, Capacity Building Directorate)暨性別平等及多元(Gender Equality and Diversity, GED)專家",
            organisation: "WCO",
          },
          { name: "Ms. Shisla MacLeod", title: "關務政策分析師(Policy Analyst)；與談人", organisation: "New Zealand Customs Service [NZCS]", economy: "NZ" },
          {
            name: "Ms. Cynthia Villarruel",
            title: "性別平等委員會主席(Chair, Commission for Gender Equality)；與談人",
            organisation: "秘魯 SUNAT",
            economy: "PE",
          },
          { name: "Mr. Benjamin Honey", title: "參事(Counsellor)；與談人", organisation: "澳大利亞邊境執法署(Australian Border Force [ABF])", economy: "AU" },
        ],
      },
      {
        number: "7",
        headingZh: "透過創新與數位化促進正規及全球經濟轉型",
        headingEn: "Innovation and digitalization to promote the transition to the formal and global economy",
        discussion: [
          "1. 中國大陸簡報「智慧海關範例手冊」",
          "本手冊旨在分享智慧海關採用新興科技之經驗及創新解決方案，以確保供應鏈安全；內容包含(1)海關於人工智慧、大數據、區塊鏈與物聯網等新興科技之應用、(2)單一窗口與風險管理等創新解決方案、(3)改善工作策略、規劃與方式，及(4)受關注之新興科技等一系列智慧海關範例；旨在透過數位經濟及創新之支持，加強建構有利智慧海關之環境。",
          "2. 秘魯更新「提升物流供應鏈透明度最佳範例：國際貿易物流服務資訊平臺」計畫",
          "本計畫目的為調查探索及分析各平臺、模組或網站提供物流服務資訊方面最佳範例；藉由瞭解是類最佳範例進行比較分析，利用分析結果提出改善建議或創建新平臺，解決國際航空貨運、海運、陸運、快遞及郵政等運輸配送過程因透明度不足所引起之問題。透明度於確保供應鏈安全及保障貿易運作方面極為重要，爰達成本計畫目標將可提升亞太區域國際貿易競爭力，並有助海關通關業務相關人員執行工作。預計本年底通過本計畫總結報告。",
          "3. 秘魯更新「提升國際貿易數位化：採用電子提單之實用性」計畫",
          "本計畫聚焦電子提單於加速通關程序、促進資訊傳輸、改善貨品流通、降低相關成本及深化關務合作之優勢；將於本年第3次資深官員會議期間舉辦研討會，主題為 APEC 經濟體推行電子提單之優點及所面臨挑戰，盼邀請海關、港口業者、海運業者、公共機構及利害關係人積極參與，提供多元觀點及見解，預計最終通過並公布1份涵蓋研討會討論內容及自願性建議之全面報告。",
          "4. 中國大陸簡報「APEC 智慧海關合作夥伴倡議」",
          "大數據、雲端運算及區塊鏈等資訊技術，刻推動世界走向自動化及智慧化，APEC 亦提出「2040太子城願景(Putrajaya Vision 2040, PV 2024)」、「奧特亞羅瓦行動計畫(Aotearoa Plan of Action, APA)」、「生物、循環及綠色經濟發展之曼谷目標(Bangkok Goals on Bio-Circular-Green Economy)」，及「SCCP 2022至2025策略計畫(SCCP Strategic Plan 2022-2025)」，智慧海關概念於焉成形。",
          "中國大陸於去年辦理 APEC 區域智慧海關優良範例分享、加強海關智慧監管與服務以促進 FTPs/FZs 發展，及 APEC 智慧海關研討會活動，並將於本年持續進行 APEC 智慧海關合作夥伴倡議；該倡議旨在促進 APEC 區域智慧海關合作，目標為進一步分類及完備 APEC 海關優良範例，如技術應用之探索及流程創新等，並建立經驗交流平臺，提升 APEC 區域海關合作效率。",
          "5. 座談討論：ABAC 就跨境無紙化貿易之區域合作向 APEC 領袖提供建言",
          "本年 SCCP 主席 Ms. Blanca Barandiarán 擔任主持人，新加坡 ABAC 代表與 APEC PSU 組長就新加坡國家單一窗口(TradeNet)及跨境無紙化貿易區域合作先進行專題報告，再由與談人韓國海關對外關係組組長(Director, External Relations Division, Korea Customs Service) Mr. Chulhun Lee、新加坡海關國際關係組副組長(Deputy Head, International Relations, Singapore Customs) Mr. Mohd Iqbal Abdul Kader、APEC PSU 組長及 SCCP 經濟體進行座談；討論內容摘要如下：",
          "(1) 聯合國國際貿易法委員會電子商務示範法(Model Law)採納經驗",
          "韓國及新加坡採行本示範法之經驗，包含電子資料交換許可證核發及電子交易法(Electronic Transactions Act, ETA)執行經驗。",
          "(2) 貿易數位化之益處及挑戰",
          "包含貿易轉型、程序簡化及促進數位化之必要性，並聚焦電子化文件接受度與可執行性問題，及數位基礎設施之差距。",
          "(3) 數位化貿易平臺",
          "聚焦如何克服採用數位化貿易平臺之障礙，包含提高國際標準及相容性，並承認電子文件法律效力；強調辨識及解決數位化瓶頸之重要性，APEC 論壇或國際組織對於促進數位化貿易平臺具關鍵作用。",
          "(4) 無紙化貿易之實施",
          "與談人討論無紙化貿易實施情形及分享各國成功案例；強調認可電子副本法律效力、靈活之原則性架構、能力建構及協調各經濟體間技術發展需求等要素，對無紙化貿易至關重要。",
          "(5) 海關現代化及數位化",
          "討論海關通關程序與服務現代化及數位化之重要性，尤其對貿易鏈合作夥伴需求，加以訂定電子資料交換程序及服務。",
          "(6) 加拿大邊境服務署(Canada Border Services Agency, CBSA)評估及稅收管理計畫(CBSA Assessment and Revenue Management, CARM)",
          "CBSA 代表更新 CARM 實施情形，CARM 做為關稅及內地稅之官方紀錄系統，可促使進口貨品會計流程簡化及現代化；CARM 即將開始施行，未來願分享相關資訊及經驗。",
          "(7) 貿易流程及單一窗口系統數位化",
          "各經濟體代表分享於貿易流程及單一窗口系統數位化之努力，期盼提高貿易效率、安全及韌性；強調國際標準、相容性及電子文件法律效力至關重要，並強調各經濟體合作、持續進行能力建構及分享最佳範例之必要性。",
          "(8) WCO 倡議及建議之更新",
          "WCO 提供關於數位化與無紙化貿易相關倡議及建議之最新動態，強調合作、諮詢及採用國際標準以實現共同目標之必要，並表示將就單一窗口手冊及原產地證明書互連架構進行討論。",
        ].join("\n"),
        items: ["sccp-2023-cn-smart-customs-handbook", "sccp-2024-A3", "sccp-2024-A4", "sccp-2024-I3"],
        speakers: [
          { ...CHAIR, title: "本年 SCCP 主席；座談主持人" },
          {
            name: "Mr. Chulhun Lee",
            title: "對外關係組組長(Director, External Relations Division)；與談人",
            organisation: "韓國海關(Korea Customs Service)",
            economy: "KR",
          },
          {
            name: "Mr. Mohd Iqbal Abdul Kader",
            title: "國際關係組副組長(Deputy Head, International Relations)；與談人",
            organisation: "新加坡海關(Singapore Customs)",
            economy: "SG",
          },
        ],
      },
      {
        number: "8",
        headingZh: "強化永續成長以促進韌性發展",
        headingEn: "Sustainable growth for resilient development",
        discussion: [
          "1. 美國簡報「綠色海關範例調查手冊」計畫",
          "面對氣候變遷及環境惡化等新興威脅，最有效之環境執法及政策措施，部分係透過海關於邊境管制跨境貨品流動，協助建立更潔淨及永續之國際貿易環境。",
          "本計畫目標為確保 APEC 海關相互學習之機會，並共同合作應對全球環境挑戰；問卷調查共14個經濟體回復，包含澳大利亞、智利、中國大陸、香港、印尼、日本、韓國、墨西哥、紐西蘭、秘魯、新加坡、泰國、美國及我國，回復內容可歸納為3個基本面向如下：",
          "(1) 綠色海關係減少建築物、車隊、發電及採購之碳足跡，並回收及有效運用水資源，以因應機關運作對環境之影響。",
          "(2) 回復之經濟體均認可與私部門利害關係人合作探索具潛力之綠色貿易計畫至關重要，是類計畫促進環境永續性與合規性及氣候智慧創新，惟亦應關注新夥伴關係帶來之挑戰。",
          "(3) 面對環境威脅，回復之經濟體表示已加強法規制訂及執行，惟犯罪組織、行為不良或疏忽者仍持續利用貿易供應鏈之漏洞；另環境犯罪(environmental crime)構成要素及重點資源之變化等，亦為海關政策及實務帶來挑戰。",
          "2. 秘魯更新「亞太區域綠色海關科技解決方案」計畫",
          "(1) 2015年聯合國通過2030年永續發展議程之17項永續發展目標(Sustainable Development Goals)，促使聯合國公布「遵循多邊環境協定之綠色海關指引(Green Customs Guide to Multilateral Environmental Agreements)」及 WCO 公布「遵循關鍵多邊環境協定之前線海關關員指引(Frontline Customs Officers’ Guide to Key Multilateral Environmental Agreements)」，於此背景下，海關除打擊有害環境貨品之非法貿易，亦應致力確保國際貿易運作遵循多邊環境協定。",
          "(2) 本計畫目的為提高亞太區域海關查緝能力，以辨識及管制有關巴塞爾公約(Basel Convention)、蒙特婁議定書(Montreal Protocol)、瀕臨絕種野生動植物國際貿易公約(Convention on International Trade in Endangered Species of Wild Fauna and Flora, CITES)、木製品、野生生物與水生生物製品之非法貿易貨品，並聚焦海關實驗室支援前線管制。本計畫相關研究將於本年8月舉辦之研討會進行報告。",
        ].join("\n"),
        items: ["sccp-2023-us-green-customs-handbook", "sccp-2024-A2"],
        speakers: [],
      },
      {
        number: "9",
        headingZh: "程序及供應鏈安全之調和",
        headingEn: "Harmonisation of procedures and supply-chain security",
        discussion: [
          "1. 中國大陸簡報「加強海關智慧監管及服務，以促進 FTPs/FZs 發展」計畫",
          "中國大陸簡報本計畫問卷調查結果及研討會辦理情形；調查包含 APEC 區域內自由貿易港/區建置情形、現行監管技術應用、破壞性科技(disruptive technologies)應用現況，及挑戰與解決方案等面向，重點為挑戰與解決方案部分，經濟體面臨之主要挑戰為資本投資及轉型成本等資源有限，最佳解決方案則為培訓關員技能並建立專有資訊平臺，以配置破壞性科技。",
          "另於海南省三亞市舉辦之實體與視訊混合研討會，與會者包含來自19個 APEC 經濟體海關、9個國際組織，與11個私部門及學術界共180名代表；討論內容涵蓋智慧海關、打擊非法貿易、WTO TFA 承諾、數位化及能力建構等主題，傳遞 APEC 經濟體與相關國際組織推動智慧海關發展及合作，以達國際貿易安全、穩定及順暢之目標。",
          "2. 日本更新「FTAs 及 RTAs 原產地自行具證能力建構研討會」計畫",
          "本研討會已於去年7月及本年1月各辦理1場次，內容涵蓋交流監管與作業方面之經驗及意見，以支持 APEC 經濟體實施及加強原產地自行具證政策；各經濟體所提與原產地自行具證相關之問題、挑戰及解決方案等，可提供後續行動及政策執行之參考；預計本年5月完成研討會報告。",
          "3. 秘魯簡報「促進自願性法遵與貿易便捷化之完稅價格申報及監管最佳範例」倡議",
          "依據本倡議所進行之問卷調查結果，多數經濟體於通關後啟動價格監管程序；部分經濟體進行高風險貨品管制同時監管價格，且可能以價格資料庫為風險指標；部分經濟體則使用擔保系統及預先審核機制。最佳範例主要為運用人工智慧等新興科技、促進經濟體實施就關稅估價進行資訊交換之自動化機制，並推廣自發揭露錯誤或疏失不予處罰之機制，以鼓勵國際貿易業者自願性遵循法規。",
          "4. 秘魯簡報「打擊內部勾結走私毒品(rip-off)之挑戰」",
          "時有不法分子勾結物流業者，利用其職務之便非法走私毒品，進出口人在不知情狀況下，貨櫃被用於運送毒品；為避免是類不法情事，應用新興科技、交換情報，及進行國際合作具必要性。秘魯分享相關案例，供與會者瞭解貨櫃暗中使詐及夾藏毒品之情形，並建議提高封條安全性、貨櫃可追蹤性及採情資交換合作等方法做為預防措施。",
        ].join("\n"),
        items: ["sccp-2023-cn-ftp-fz", "sccp-2024-A1", "sccp-2024-I1"],
        speakers: [],
      },
      {
        number: "10",
        headingZh: "WTO TFA 之實施",
        headingEn: "Implementation of the WTO Trade Facilitation Agreement",
        discussion: [
          "秘魯簡報「以能力建構行動支持 WTO TFA 之實施」",
          "秘魯自2017年2月至2024年8月 WTO TFA 承諾執行率為97.1%；目前尚待實施之條文為第5.1條「加強控制或檢驗之通知」及第5.3條「測試程序」，為促進該二條文實施，秘魯提出改善加工食品進出口授權程序措施，解決加工食品貿易授權發布延遲問題，主要係透過程序、法規架構及資通訊服務三方面，改善透明度與可預測性之政策及實務，以加速發布授權並降低因延遲所衍生之成本等。",
          "秘魯進一步討論 WTO TFA 承諾之實施，包含 APEC 經濟體進展及需加強努力之領域，強調能力建構及經驗交流之重要性。",
        ].join("\n"),
        items: [],
        speakers: [],
      },
      {
        number: "11",
        headingZh: "會議總結",
        headingEn: "Chair's summary",
        discussion:
          "SCCP 主席回顧2天會議內容，如綠色海關、創新與數位化、韌性發展、供應鏈安全與便捷、包容與女性參與，及 WTO TFA 執行等，透過最佳範例之分享，確定未來進一步合作領域；主席深信於 SCCP 提出之想法及建議，有助優化亞太區域關務程序，未來應持續致力促進貿易及海關現代化。",
        items: [],
        speakers: [CHAIR],
      },
    ],
    delegation: [],
    interventions: [],
    // 心得及建議 closes the report on the whole mission; it is kept with SCCP1, the meeting the
    // report is about.
    recommendations: [
      {
        heading: "包容多元組織文化，促進海關及成員共榮發展",
        body: "綜觀 APEC 近年關注議題，促進穩健、平衡及包容性成長為 APEC 主軸之一，各經濟體應協助女性與其他少數族群取得資源、參與貿易、接受職能教育及訓練，並降低該等族群晉升領導職位之障礙，以充分發揮渠等尚未開發之潛力；SCCP 遵循上開 APEC 目標，致力強化海關女性關員及從事貿易女性之賦權，並消弭向由男性主導之海關性別落差現象；本次 SCCP 會議特由加強資料蒐集及資訊分享以促進組織性別主流化之角度，安排座談討論，邀集 WCO 及 APEC 海關性別平等專家，鼓勵蒐集、分析及運用按性別分類之數據，做為提高員工意識及促進資源有效分配之基礎，並說明如何因應推動相關計畫所面臨挑戰，及分享卓具成效之實務經驗。對應我國海關，業於促進組織包容性與多元化展現具體作為及成果，未來除可適時於 APEC 場域分享我國海關推動性別平等成果，並應持續落實公平之績效管理、升遷與輪調制度及職能培訓機會，亦可參考相關國際經驗，加強運用按性別分類之數據以掌握我國提升海關包容性及多元化進展，強化衡平對待女性與少數族群，及提高工作安排之彈性等措施，以徹底落實包容多元組織文化，俾員工平衡發展並提升團隊向心力，促進海關及成員之共榮發展。",
      },
      {
        heading: "積極參與 SCCP相關會議，培養國際關務人才",
        body: "積極參與國際會議，有助瞭解各國國情文化及拓展視野、增加與其他國家交換關務議題意見機會，並可學習各國海關代表分享經驗方式，如多為先簡要介紹國家近年政策趨勢，復詳細說明海關配合國家政策所制定策略目標及實施進展情況，是類分享方式有助與會者更易快速瞭解不同國家海關政策措施全貌，可為我國海關與會者未來分享實務經驗之參考。我國海關宜持續積極派員參與 SCCP 相關會議，除提升專業溝通能力、增加與其他國家代表互動，並實地瞭解議事規則、社交禮儀、國情文化及人脈建立等相關知識或做法，有助培養或提升國際關務人才全面性能力，增加分享我國海關實務經驗及見解之信心，進一步推動國際關務合作。",
      },
      {
        heading: "強化綠色海關措施，響應永續發展目標",
        body: "面對氣候變遷及環境惡化等新興威脅，海關位居跨境貿易活動前線，應遵循聯合國及 WCO 等國際組織制定之綠色海關相關指引，協助防止巴塞爾公約、蒙特婁議定書及 CITES 等多邊環境協定所涵蓋環境敏感貨品之非法貿易，並加速該等貨品合法貿易，以建立更潔淨永續之國際經貿環境；於此背景下，我國海關應持續減少關務相關作業之碳足跡、精進邊境數位化通關技術、提供業者相關政策或法規等資訊及諮詢服務、強化與私部門合作探索綠色貿易計畫等，以降低業者行政障礙及成本，提升公私部門合作，共同響應全球永續發展目標。",
      },
    ],
  },
];
