// What the report's two addresses (the .docx and the printable page) accept, and how the file is named.
import { isLocale, type Locale } from "../i18n/config";
import { msg } from "../i18n/message";
import type { MissionReport } from "./types";

/** The delegation writes in Chinese: zh-TW unless `lang=en` asks for the English report. */
export function reportLanguage(value: string | null | undefined): { ok: true; language: Locale } | { ok: false; problem: string } {
  if (value === null || value === undefined || value === "") return { ok: true, language: "zh-TW" };
  return isLocale(value) ? { ok: true, language: value } : { ok: false, problem: msg("missionReport.badLanguage", { value: value.slice(0, 40) }) };
}

function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-")
    .slice(0, 60);
}

/**
 * The download's Content-Disposition: an ASCII name every client can save
 * ("mission-report-sccp1-2024-zh-TW.docx") and, for the clients that read RFC 5987's filename*,
 * the report's own title ("參加2024年關務程序次級委員會第1次會議報告.docx").
 */
export function reportDisposition(report: Pick<MissionReport, "meeting">, title: string, language: Locale): string {
  const { meeting } = report;
  const ascii = `mission-report-${slug(meeting.shortName ?? meeting.name) || meeting.id}-${language}.docx`;
  const own = `${title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .trim()
    .slice(0, 120)}.docx`;
  const encoded = encodeURIComponent(own).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
