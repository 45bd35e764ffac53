// A digest as the officer reads it: subject, plain text and HTML, in their language. Pure: what
// goes in is collected elsewhere (collect.ts), so tests can compose any content in either language.
// The HTML is a single column of paragraphs and lists with inline styles, no tables or images, so
// every mail client shows it alike; every text that came from data is escaped.
import { dateFormat, formatDay } from "../dates";
import type { DigestFrequency, MilestoneStatus } from "../db/generated/enums";
import { catalogueTranslator } from "../i18n/catalogue";
import { htmlLang, type Locale } from "../i18n/config";
import { localTitle, milestoneTitle, type LocalText } from "../i18n/data";
import { translateMessage } from "../i18n/message";
import { formatDue, type StoredDue } from "../milestones/due";
import type { DigestLinks } from "./links";

export interface DigestItem {
  id: number;
  titleEn: string;
  titleZh: string | null;
}

export interface DigestMilestone extends StoredDue {
  id: number;
  title: string;
  titleZh: string | null;
  status: MilestoneStatus;
  item: DigestItem;
}

export interface MilestoneSection {
  total: number;
  milestones: DigestMilestone[];
}

export interface DigestChange {
  at: Date;
  /** The audit event's summary: an encoded message (lib/i18n/message.ts). */
  summary: string;
  /** Who made it; null for the system. */
  actor: string | null;
}

export interface ChangedItem {
  item: DigestItem;
  /** How many changes others made to it in the period; `changes` holds the latest of them. */
  total: number;
  changes: DigestChange[];
}

export interface ChangesSection {
  total: number;
  items: ChangedItem[];
}

/** An overdue follow-up action of the recipient's own. */
export interface DigestAction extends Omit<StoredDue, "anchor"> {
  id: number;
  description: string;
}

/** The recipient's own overdue actions: their own digest has them, a saved view's does not. */
export interface ActionSection {
  total: number;
  actions: DigestAction[];
  /** "My actions", where the rest are. */
  url: string;
}

export interface DigestContent {
  recipient: { name: string; locale: Locale };
  frequency: Exclude<DigestFrequency, "OFF">;
  /** Set for a saved view's digest. */
  view: { name: string; url: string } | null;
  /** The office's day the digest speaks of, and the period its changes cover. */
  today: string;
  since: Date;
  overdue: MilestoneSection;
  dueSoon: MilestoneSection;
  changes: ChangesSection;
  actions?: ActionSection;
  links: DigestLinks;
  unsubscribeUrl: string;
}

export interface ComposedDigest {
  subject: string;
  text: string;
  html: string;
}

/** Nothing overdue, nothing coming, nothing changed: no email. */
export function isEmptyDigest(content: Pick<DigestContent, "overdue" | "dueSoon" | "changes" | "actions">): boolean {
  return content.overdue.total === 0 && content.dueSoon.total === 0 && content.changes.total === 0 && !content.actions?.total;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const STYLE = {
  body: "margin:0;padding:0;background:#f8fafc;",
  page: "max-width:640px;margin:0 auto;padding:24px 16px;font-family:-apple-system,'Segoe UI',Helvetica,Arial,'Microsoft JhengHei','PingFang TC',sans-serif;font-size:15px;line-height:1.5;color:#0f172a;background:#ffffff;",
  heading: "font-size:17px;font-weight:600;margin:24px 0 8px;padding:0 0 4px;border-bottom:1px solid #e2e8f0;",
  list: "margin:0;padding:0 0 0 20px;",
  entry: "margin:0 0 10px;",
  quiet: "color:#475569;",
  link: "color:#1d4ed8;",
  more: "margin:4px 0 0;",
  footer: "margin:32px 0 0;padding:12px 0 0;border-top:1px solid #e2e8f0;font-size:13px;color:#475569;",
};

const HEADING_COLOUR = { overdue: "#b91c1c", dueSoon: "#b45309", changes: "#0f172a" } as const;

/** Subject, text and HTML of a digest in the recipient's language; `zone` names the office's time zone. */
export function composeDigest(content: DigestContent, zone: string): ComposedDigest {
  const locale = content.recipient.locale;
  const t = translator(locale);
  const when = instantFormat(locale, zone);
  const separator = t("common.listSeparator");
  const summary = [
    content.overdue.total ? t("digest.overdueCount", { count: content.overdue.total }) : null,
    content.actions?.total ? t("followUps.digest.count", { count: content.actions.total }) : null,
    content.dueSoon.total ? t("digest.dueSoonCount", { count: content.dueSoon.total }) : null,
    content.changes.total ? t("digest.changedCount", { count: content.changes.total }) : null,
  ]
    .filter((part): part is string => part !== null)
    .join(separator);
  const app = t("common.appName");
  const subject = content.view ? t("digest.viewSubject", { app, view: content.view.name, summary }) : t("digest.subject", { app, summary });
  const date = formatDay(content.today, locale);
  const intro = content.view
    ? t("digest.viewIntro", { frequency: content.frequency, view: content.view.name, date })
    : t("digest.intro", { frequency: content.frequency, date });
  const since = `${when.format(content.since)} ${zone}`;
  const labelled = (label: string, url: string) => t("digest.labelled", { label, url });

  const text: string[] = [t("digest.greeting", { name: content.recipient.name }), "", intro];
  const html: string[] = [
    `<p style="margin:0 0 8px;">${escapeHtml(t("digest.greeting", { name: content.recipient.name }))}</p>`,
    `<p style="margin:0 0 8px;">${escapeHtml(intro)}${content.view ? ` <a href="${escapeHtml(content.view.url)}" style="${STYLE.link}">${escapeHtml(t("digest.openView"))}</a>` : ""}</p>`,
  ];
  if (content.view) text.push(labelled(t("digest.openView"), content.view.url));

  const milestoneSection = (key: "overdue" | "dueSoon", section: MilestoneSection, heading: string, more: string) => {
    if (section.total === 0) return;
    text.push("", heading, "");
    html.push(`<h2 style="${STYLE.heading}color:${HEADING_COLOUR[key]};">${escapeHtml(heading)}</h2>`, `<ul style="${STYLE.list}">`);
    for (const milestone of section.milestones) {
      const item = localTitle(milestone.item, locale);
      const line = t("digest.milestoneLine", { title: milestoneTitle(milestone, locale), due: formatDue(milestone, locale) });
      const url = content.links.item(milestone.item.id);
      text.push(`- ${line}`, `  ${item.text}`, `  ${url}`);
      html.push(
        `<li style="${STYLE.entry}">${escapeHtml(line)}<br><a href="${escapeHtml(url)}" style="${STYLE.link}"${langAttribute(item, locale)}>${escapeHtml(item.text)}</a></li>`,
      );
    }
    html.push("</ul>");
    const rest = section.total - section.milestones.length;
    if (rest > 0) {
      const words = t("digest.more", { count: rest });
      text.push(`${words} ${labelled(t(`digest.${key}More`), more)}`);
      html.push(
        `<p style="${STYLE.more}">${escapeHtml(words)} <a href="${escapeHtml(more)}" style="${STYLE.link}">${escapeHtml(t(`digest.${key}More`))}</a></p>`,
      );
    }
  };

  milestoneSection("overdue", content.overdue, t("digest.overdue", { count: content.overdue.total }), content.links.overdue);
  if (content.actions?.total) {
    const { actions, total, url } = content.actions;
    const heading = t("followUps.digest.heading", { count: total });
    text.push("", heading, "");
    html.push(`<h2 style="${STYLE.heading}color:${HEADING_COLOUR.overdue};">${escapeHtml(heading)}</h2>`, `<ul style="${STYLE.list}">`);
    for (const action of actions) {
      const line = t("digest.milestoneLine", { title: action.description, due: formatDue({ ...action, anchor: null }, locale) });
      text.push(`- ${line}`);
      html.push(`<li style="${STYLE.entry}">${escapeHtml(line)}</li>`);
    }
    html.push("</ul>");
    text.push(labelled(t("followUps.digest.open"), url));
    html.push(`<p style="${STYLE.more}"><a href="${escapeHtml(url)}" style="${STYLE.link}">${escapeHtml(t("followUps.digest.open"))}</a></p>`);
  }
  milestoneSection("dueSoon", content.dueSoon, t("digest.dueSoon", { count: content.dueSoon.total }), content.links.dueSoon);

  if (content.changes.total > 0) {
    const heading = t("digest.changed", { since, count: content.changes.total });
    text.push("", heading, "");
    html.push(`<h2 style="${STYLE.heading}color:${HEADING_COLOUR.changes};">${escapeHtml(heading)}</h2>`, `<ul style="${STYLE.list}">`);
    for (const changed of content.changes.items) {
      const item = localTitle(changed.item, locale);
      const url = content.links.item(changed.item.id);
      text.push(`- ${item.text}`, `  ${url}`);
      const lines = changed.changes.map((change) => {
        const what = translateMessage(t as never, change.summary);
        const who = change.actor ?? t("common.theSystem");
        return t("digest.changeLine", { when: when.format(change.at), what, who });
      });
      for (const line of lines) text.push(`  · ${line}`);
      const hidden = changed.total - changed.changes.length;
      const history = content.links.history(changed.item.id);
      if (hidden > 0) text.push(`  ${labelled(t("digest.moreChanges", { count: hidden }), history)}`);
      html.push(
        `<li style="${STYLE.entry}"><a href="${escapeHtml(url)}" style="${STYLE.link}"${langAttribute(item, locale)}>${escapeHtml(item.text)}</a>`,
        ...lines.map((line) => `<br><span style="${STYLE.quiet}">${escapeHtml(line)}</span>`),
        hidden > 0 ? `<br><a href="${escapeHtml(history)}" style="${STYLE.link}">${escapeHtml(t("digest.moreChanges", { count: hidden }))}</a>` : "",
        "</li>",
      );
    }
    html.push("</ul>");
    const rest = content.changes.total - content.changes.items.length;
    if (rest > 0) {
      const words = t("digest.moreItems", { count: rest });
      text.push(labelled(words, content.links.changes));
      html.push(`<p style="${STYLE.more}"><a href="${escapeHtml(content.links.changes)}" style="${STYLE.link}">${escapeHtml(words)}</a></p>`);
    }
  }

  const why = content.view ? t("digest.viewFooter", { view: content.view.name }) : t("digest.footer", { frequency: content.frequency });
  const unsubscribe = content.view ? t("digest.unsubscribeView") : t("digest.unsubscribe");
  text.push("", "--", why, labelled(t("digest.openApp", { app }), content.links.app), labelled(unsubscribe, content.unsubscribeUrl), "");
  html.push(
    `<p style="${STYLE.footer}">${escapeHtml(why)}<br>`,
    `<a href="${escapeHtml(content.links.app)}" style="${STYLE.link}">${escapeHtml(t("digest.openApp", { app }))}</a> · `,
    `<a href="${escapeHtml(content.unsubscribeUrl)}" style="${STYLE.link}">${escapeHtml(unsubscribe)}</a></p>`,
  );

  return {
    subject,
    text: text.join("\n"),
    html: [
      "<!DOCTYPE html>",
      `<html lang="${htmlLang(locale)}">`,
      `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
      `<body style="${STYLE.body}"><div style="${STYLE.page}">`,
      ...html,
      "</div></body></html>",
      "",
    ].join("\n"),
  };
}

const translators = new Map<Locale, ReturnType<typeof catalogueTranslator>>();

/** One translator per language for the process: it keeps the messages it has parsed, and a run formats thousands. */
function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = catalogueTranslator(locale)));
  return t;
}

/** A title shown in the other language (no Chinese title yet) says so, for screen readers and fonts. */
function langAttribute(text: LocalText, locale: Locale): string {
  return text.lang !== htmlLang(locale) ? ` lang="${escapeHtml(text.lang)}"` : "";
}

/** "12 Mar 2024, 10:05" or "2024年3月12日 10:05" in the office's time zone. */
function instantFormat(locale: Locale, zone: string): Intl.DateTimeFormat {
  return dateFormat(locale === "zh-TW" ? "zh-TW" : "en-GB", {
    timeZone: zone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
}
