// SCCP1's mission report, generated from the seed and read back by programs that did not write it:
// mammoth (Word's text and heading styles), JSZip with fast-xml-parser (every XML part well-formed),
// and, where LibreOffice is installed, LibreOffice and pdftotext. Its facts are checked against the
// source report (shared/seeds/000_a90e732769a2ca75.txt, 參、四、會議概要).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/(app)/meetings/[id]/report.docx/route";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import { buildReport, type ReportOutline, type Section } from "@/lib/mission-report/build";
import { reportDocx } from "@/lib/mission-report/docx";
import { loadMissionReport } from "@/lib/mission-report/queries";
import { docxToPdf, pdfText, sofficePath } from "@/lib/mission-report/render-pdf";
import type { MissionReport } from "@/lib/mission-report/types";
import { seedDatabase } from "@/prisma/seed/seed";

vi.mock("@/lib/auth/session-claims", async (original) => ({ ...(await original<typeof import("@/lib/auth/session-claims")>()), readSessionClaims: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));

const TODAY = "2024-03-15";
let meetingId: number;
let report: MissionReport;
const files = {} as Record<"zh-TW" | "en", { outline: ReportOutline; docx: Buffer; html: string; text: string }>;

beforeAll(async () => {
  await seedDatabase(db);
  meetingId = (await db.meeting.findUniqueOrThrow({ where: { seedKey: "sccp-2024-sccp1" }, select: { id: true } })).id;
  report = (await loadMissionReport(meetingId))!;
  for (const language of ["zh-TW", "en"] as const) {
    const outline = buildReport(report, { language, today: TODAY });
    const docx = await reportDocx(outline);
    const [{ value: html }, { value: text }] = await Promise.all([mammoth.convertToHtml({ buffer: docx }), mammoth.extractRawText({ buffer: docx })]);
    files[language] = { outline, docx, html, text };
  }
  const viewer = await db.user.create({
    data: { email: "viewer@report.test", name: "Viewer", role: "VIEWER", passwordHash: await hashPassword("x-long-password") },
  });
  vi.mocked(readSessionClaims).mockResolvedValue({ userId: viewer.id, sessionVersion: viewer.sessionVersion, sessionId: "test-session", method: "password" });
}, 120_000);

/** The headings mammoth read from Word's Heading 1–3 styles, in document order, with their level. */
function headings(html: string): { level: number; text: string }[] {
  return [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    text: m[2]!.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&"),
  }));
}

function allSections(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...allSections(s.children)]);
}

/** The text of 貳、過程 as Word holds it (after the table of contents, before 參). */
function proceedings(text: string, from: string, to: string): string {
  const start = text.lastIndexOf(from);
  const end = text.lastIndexOf(to);
  expect(start, `${from} in the body`).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return text.slice(start, end);
}

describe("SCCP1's mission report in Chinese, read back by mammoth", () => {
  it("has the report's parts in the report's order, each a Word heading", () => {
    const found = headings(files["zh-TW"].html);
    const parts = found.filter((h) => h.level === 1).map((h) => h.text);
    expect(parts).toEqual(["摘要", "壹、目的", "貳、過程", "參、心得及建議", "附錄"]);
    expect(found.filter((h) => h.level === 2 && found.indexOf(h) > found.findIndex((x) => x.text === "附錄")).map((h) => h.text)).toEqual([
      "附錄一　與會人員",
      "附錄二　會議文件",
    ]);
    // Every heading of the outline is a heading in Word, at its level, in order.
    const outline = [{ level: 1, text: "摘要" }, ...allSections(files["zh-TW"].outline.sections).map((s) => ({ level: s.level, text: s.heading }))];
    expect(found).toEqual(outline);
  });

  it("has the cover, the summary and the contents before 壹", () => {
    const { text } = files["zh-TW"];
    const at = (s: string) => text.indexOf(s);
    expect(at("出國報告（出國類別：開會）")).toBeGreaterThan(-1);
    expect(at("會議期間：民國113年2月27日至28日")).toBeGreaterThan(at("出國報告"));
    expect(at("報告日期：民國113年3月15日")).toBeGreaterThan(-1);
    expect(at("摘要")).toBeGreaterThan(at("報告日期"));
    expect(at("目次")).toBeGreaterThan(at("摘要"));
    // The contents list the parts before the body has them.
    expect(at("壹、目的")).toBeGreaterThan(at("目次"));
    expect(text.lastIndexOf("壹、目的")).toBeGreaterThan(at("壹、目的"));
  });

  it("takes one section per agenda item, in the source's order", () => {
    const agenda = headings(files["zh-TW"].html).filter((h) => h.level === 3);
    // 參、四、會議概要 of the source report: (一) to (十一).
    const source = [
      "本年 APEC 主題及優先事項",
      "CTI 本年優先事項",
      "美國分享去年 SCCP 成果",
      "SCCP 本年工作計畫",
      "與利害關係人合作",
      "包容與互連性成長之貿易及投資",
      "透過創新與數位化促進正規及全球經濟轉型",
      "強化永續成長以促進韌性發展",
      "程序及供應鏈安全之調和",
      "WTO TFA 之實施",
      "會議總結",
    ];
    const numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"];
    expect(agenda.map((h) => h.text)).toEqual(source.map((title, i) => `（${numbers[i]}）${title}`));
  });

  it("states the chair and who attended as the source does: all but Mexico, Papua New Guinea and the Philippines", () => {
    const body = proceedings(files["zh-TW"].text, "貳、過程", "參、心得及建議");
    expect(body).toContain("會議日期\n\n民國113年2月27日至28日");
    expect(body).toMatch(/會議主席\n\n.*Blanca Barandiarán/);
    expect(body).toContain("全體會員經濟體（墨西哥、巴布亞紐幾內亞及菲律賓未參加）");
    // The source's order: APEC's bodies, then WCO and PUASP, then GEA.
    expect(body).toContain(
      "全體會員經濟體（墨西哥、巴布亞紐幾內亞及菲律賓未參加）、APEC 秘書處、APEC 政策支援組、APEC 貿易暨投資委員會、APEC 企業諮詢委員會、世界關務組織、美洲與西班牙及葡萄牙郵政聯盟及全球快遞協會。",
    );
    const absent = report.attendance.filter((a) => !a.attended).map((a) => a.economy.code);
    expect(absent.sort()).toEqual(["MX", "PG", "PH"]);
  });

  it("lists the 2024 work plan with each item's co-sponsors, as the source's (四) does", () => {
    const body = proceedings(files["zh-TW"].text, "（四）SCCP 本年工作計畫", "（五）與利害關係人合作");
    const sponsored: [string, string, string][] = [
      ["日本", "FTAs/RTAs 原產地自行具證能力建構 APEC 研討會", "澳大利亞、紐西蘭、新加坡、美國及越南連署"],
      ["秘魯", "亞太區域綠色海關科技解決方案研討會", "澳大利亞、紐西蘭、智利、美國及越南連署"],
      ["秘魯", "提升物流供應鏈透明度最佳範例：國際貿易物流服務資訊平臺", "香港、韓國、中國大陸及美國連署"],
      ["秘魯", "提升國際貿易數位化：採用電子提單之實用性", "澳大利亞、中國大陸、智利、新加坡及美國連署"],
      ["美國", "以小型低價貨品監管程序最佳範例及建議，促進 MSMEs 參與電子商務", "日本、越南及菲律賓連署"],
      ["秘魯", "出口創業：針對 MSMEs、農村社區、婦女及青年之出口推廣計畫", "智利連署"],
      ["秘魯", "海關前線工作女性賦權：政策報告及管理指標", "澳大利亞、紐西蘭、智利及美國連署"],
    ];
    for (const [proposer, title, sponsors] of sponsored) expect(body).toContain(`${proposer}「${title}」：${sponsors}`);
    for (const [proposer, title] of [
      ["秘魯", "促進自願性法遵與貿易便捷化之完稅價格申報及監管優良範例"],
      ["秘魯", "APEC 海關與企業對話：供應鏈端到端數位化之最新發展及下階段"],
      ["中國大陸", "APEC 智慧海關合作夥伴倡議"],
    ]) {
      expect(body).toContain(`${proposer}「${title}」（無需經濟體連署）`);
    }
  });

  it("gives the milestones the source gives, no more precisely than it does", () => {
    const text = proceedings(files["zh-TW"].text, "貳、過程", "參、心得及建議");
    const line = (title: string) => text.split("\n").find((l) => l.includes(`「${title}」`) && l.includes("期程")) ?? "";
    expect(line("FTAs/RTAs 原產地自行具證能力建構 APEC 研討會")).toMatch(/2023年7月.*2024年1月.*2024年5月/);
    expect(line("亞太區域綠色海關科技解決方案研討會")).toContain("2024年8月");
    expect(line("提升國際貿易數位化：採用電子提單之實用性")).toContain("SOM3");
    expect(line("海關前線工作女性賦權：政策報告及管理指標")).toMatch(/2024年4月.*2024年6月.*2024年7月.*2024年10月/);
    // A month-only milestone is never given a day.
    expect(line("亞太區域綠色海關科技解決方案研討會")).not.toMatch(/2024年8月\d+日/);
  });

  it("has 參、心得及建議 from the recommendations entered on the meeting, in order", () => {
    const part = headings(files["zh-TW"].html);
    const start = part.findIndex((h) => h.text === "參、心得及建議");
    const recommendations = part.slice(start + 1).filter((h) => h.level === 2 && !h.text.startsWith("附錄"));
    expect(recommendations.map((h) => h.text)).toEqual(report.recommendations.map((r, i) => `${["一", "二", "三", "四", "五"][i]}、${r.heading}`));
    expect(report.recommendations.length).toBeGreaterThan(0);
  });
});

describe("the status chart of the items reported at SCCP1", () => {
  it("counts the meeting's reported items, archived ones left out, as a section of 貳 after the agenda", async () => {
    const reported = await db.meetingItem.count({ where: { meetingId, item: { archivedAt: null } } });
    expect(reported).toBeGreaterThan(0);
    for (const language of ["zh-TW", "en"] as const) {
      const proceedingsPart = files[language].outline.sections[1]!;
      const agendaAt = proceedingsPart.children.findIndex((s) => s.children.length > 0);
      const chartSection = proceedingsPart.children.find((s) => s.blocks.some((b) => b.type === "chart"))!;
      expect(proceedingsPart.children.indexOf(chartSection)).toBe(agendaAt + 1);
      const block = chartSection.blocks[0]!;
      if (block.type !== "chart") throw new Error("The chart's section starts with its chart.");
      expect(chartSection.heading).toContain(block.spec.title);
      expect(block.spec.values.flat().reduce((a, b) => a + b, 0)).toBe(reported);
      expect(block.table.rows.at(-1)!.at(-1)).toBe(String(reported));
    }
  });

  it("is a PNG picture in the .docx, described for screen readers, with its numbers as a table", async () => {
    for (const language of ["zh-TW", "en"] as const) {
      const zip = await JSZip.loadAsync(files[language].docx);
      const media = Object.keys(zip.files).filter((name) => name.startsWith("word/media/"));
      expect(media).toHaveLength(1);
      const png = await zip.file(media[0]!)!.async("nodebuffer");
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      const xml = await zip.file("word/document.xml")!.async("string");
      const chart = allSections(files[language].outline.sections)
        .flatMap((s) => s.blocks)
        .find((b) => b.type === "chart")!;
      if (chart.type !== "chart") throw new Error("unreachable");
      expect(xml).toContain(`title="${chart.spec.title}"`);
      expect(files[language].text).toContain(chart.table.columns[0]!);
    }
  });
});

describe("the .docx itself", () => {
  it("is a package of well-formed XML parts", async () => {
    for (const language of ["zh-TW", "en"] as const) {
      const zip = await JSZip.loadAsync(files[language].docx);
      const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name));
      expect(parts.map((p) => p.name)).toContain("word/document.xml");
      for (const part of parts) expect(XMLValidator.validate(await part.async("string")), part.name).toBe(true);
    }
  });

  it("sets every heading in a Heading style, and nothing else, and holds a table of contents field over levels 1–3", async () => {
    const zip = await JSZip.loadAsync(files["zh-TW"].docx);
    const xml = await zip.file("word/document.xml")!.async("string");
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
      text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
    }));
    const outline = files["zh-TW"].outline;
    const expected = [{ text: "摘要", level: 1 }, ...allSections(outline.sections).map((s) => ({ text: s.heading, level: s.level }))];
    const styled = paragraphs.filter((p) => p.style?.startsWith("Heading"));
    expect(styled.map((p) => ({ text: p.text, level: Number(p.style!.slice("Heading".length)) }))).toEqual(expected);
    // A heading's text elsewhere is only the table of contents' entry for it.
    for (const { text } of expected) {
      for (const p of paragraphs.filter((x) => x.text === text && !x.style?.startsWith("Heading"))) expect(p.style ?? "", text).toMatch(/^TOC\d$/);
    }
    expect(xml).toMatch(/<w:instrText[^>]*>\s*TOC [^<]*\\o &quot;1-3&quot;|<w:instrText[^>]*>\s*TOC [^<]*\\o "1-3"/);
    const styles = await zip.file("word/styles.xml")!.async("string");
    for (const id of ["Heading1", "Heading2", "Heading3"]) expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toMatch(/w:eastAsia="Noto Serif CJK TC"/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/footer\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async("string")),
    );
    expect(footers.some((f) => /PAGE/.test(f))).toBe(true);
  });
});

describe("SCCP1's mission report in English", () => {
  it("has the same parts, numbered as an outline", () => {
    const found = headings(files.en.html);
    expect(found.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      "Summary",
      "1. Purpose",
      "2. Proceedings",
      "3. Observations and recommendations",
      "Appendices",
    ]);
    const agenda = found.filter((h) => h.level === 3);
    expect(agenda).toHaveLength(report.agenda.length);
    expect(agenda[0]!.text).toMatch(/^\(a\) /);
    expect(agenda[10]!.text).toMatch(/^\(k\) /);
  });

  it("states the dates, the chair, the absentees and the co-sponsors in English", () => {
    const body = proceedings(files.en.text, "2. Proceedings", "3. Observations and recommendations");
    expect(body).toContain("27–28 February 2024");
    expect(body).toContain("Blanca Barandiarán");
    expect(body).toContain("All member economies (except Mexico, Papua New Guinea and Philippines)");
    expect(body).toContain(
      "Japan, “APEC Capacity Building Workshop on Self-Certification of Origin under FTAs/RTAs”, co-sponsored by Australia, New Zealand, Singapore, United States and Viet Nam",
    );
    expect(files.en.text).toContain("Date of report: 15 March 2024");
  });
});

describe("GET /meetings/{id}/report.docx", () => {
  it("sends the Chinese report by default, as an attachment named in ASCII and in Chinese", async () => {
    const response = await GET(new Request(`http://localhost/meetings/${meetingId}/report.docx`), { params: Promise.resolve({ id: String(meetingId) }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="mission-report-sccp1-2024-zh-TW\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(`${files["zh-TW"].outline.title}.docx`);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(value).toContain("貳、過程");
  });

  it("sends the English report for lang=en", async () => {
    const response = await GET(new Request(`http://localhost/meetings/${meetingId}/report.docx?lang=en`), {
      params: Promise.resolve({ id: String(meetingId) }),
    });
    expect(response.headers.get("content-disposition")).toContain('filename="mission-report-sccp1-2024-en.docx"');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(value).toContain("2. Proceedings");
  });

  it("refuses another language with a clear message, and a missing meeting with 404", async () => {
    const bad = await GET(new Request(`http://localhost/meetings/${meetingId}/report.docx?lang=fr`), { params: Promise.resolve({ id: String(meetingId) }) });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe("The report's language must be zh-TW or en, not “fr”.\n");
    for (const id of ["999999", "abc"]) {
      const missing = await GET(new Request(`http://localhost/meetings/${id}/report.docx`), { params: Promise.resolve({ id }) });
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe(`There is no meeting ${id}.\n`);
    }
  });

  it("answers 401 to a caller who is not signed in", async () => {
    vi.mocked(readSessionClaims).mockResolvedValueOnce(null);
    const response = await GET(new Request(`http://localhost/meetings/${meetingId}/report.docx`), { params: Promise.resolve({ id: String(meetingId) }) });
    expect(response.status).toBe(401);
  });
});

describe("the report as LibreOffice prints it", () => {
  const soffice = sofficePath();
  // CI installs LibreOffice (.ci/run), so there a missing soffice is a broken setup, not a skip.
  if (!soffice && process.env.CI) throw new Error("CI must run the LibreOffice check: soffice is not installed (Debian: libreoffice-writer-nogui).");
  if (!soffice) console.log("Skipping the LibreOffice check: soffice is not installed (Debian: apt-get install libreoffice-writer-nogui).");
  const dir = mkdtempSync(path.join(os.tmpdir(), "mission-report-pdf-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!soffice)(
    "keeps the parts, the agenda's sections and the facts in the PDF",
    async () => {
      const docx = path.join(dir, "sccp1.docx");
      writeFileSync(docx, files["zh-TW"].docx);
      const text = (await pdfText(await docxToPdf(docx))).replace(/[ \t]+/g, " ");
      const body = text.slice(text.lastIndexOf("壹、目的"));
      let at = 0;
      const chart = files["zh-TW"].outline.sections[1]!.children.find((s) => s.blocks.some((b) => b.type === "chart"))!;
      for (const heading of [
        "壹、目的",
        "貳、過程",
        "（一）本年 APEC 主題及優先事項",
        "（十一）會議總結",
        chart.heading,
        "參、心得及建議",
        "附錄一 與會人員",
      ]) {
        const next = body.indexOf(heading.replace("　", " "), at);
        expect(next, heading).toBeGreaterThanOrEqual(at);
        at = next;
      }
      expect(body).toContain("全體會員經濟體（墨西哥、巴布亞紐幾內亞及菲律賓未參加）");
    },
    240_000,
  );
});
