// A digest reads the same in text and HTML, in the officer's language: month-only milestones as
// the month, never a made-up day; data escaped in the HTML; long lists cut with a link to the rest.
import { describe, expect, it } from "vitest";
import { composeDigest, escapeHtml, isEmptyDigest, type DigestContent, type DigestMilestone } from "@/lib/digests/compose";
import { ownDigestLinks, viewDigestLinks } from "@/lib/digests/links";
import { msg } from "@/lib/i18n/message";

const BASE = "https://tracker.customs.example";

const item = { id: 7, titleEn: `Study of <script>alert("x")</script> & "Origin"`, titleZh: null };
const zhItem = { id: 8, titleEn: "Single Window Interoperability", titleZh: "單一窗口互通" };

const monthOnly: DigestMilestone = {
  id: 1,
  title: "Preliminary report",
  titleZh: "初步報告",
  precision: "MONTH",
  dueStart: "2024-04-01",
  dueEnd: "2024-04-30",
  anchor: null,
  status: "PLANNED",
  item,
};
const dayMilestone: DigestMilestone = {
  ...monthOnly,
  id: 2,
  title: "Workshop",
  titleZh: "研討會",
  precision: "DAY",
  dueStart: "2024-05-10",
  dueEnd: "2024-05-10",
  item: zhItem,
};

function content(overrides: Partial<DigestContent> = {}): DigestContent {
  return {
    recipient: { name: "Mei <Lin>", locale: "en" },
    frequency: "WEEKLY",
    view: null,
    today: "2024-05-06",
    since: new Date("2024-04-29T00:00:00Z"),
    overdue: { total: 1, milestones: [monthOnly] },
    dueSoon: { total: 53, milestones: [dayMilestone] },
    changes: {
      total: 1,
      items: [
        {
          item: zhItem,
          total: 12,
          changes: [
            { at: new Date("2024-05-02T02:05:00Z"), summary: msg("audit.itemUpdated", { fields: "status" }), actor: "Colin O'Brien" },
            { at: new Date("2024-05-03T09:00:00Z"), summary: msg("audit.coSponsorAdded", { economy: "Peru", economyZh: "秘魯" }), actor: null },
          ],
        },
      ],
    },
    links: ownDigestLinks(BASE),
    unsubscribeUrl: `${BASE}/unsubscribe?u=3&t=digest&s=abc`,
    ...overrides,
  };
}

describe("a digest in English", () => {
  const mail = composeDigest(content(), "Asia/Taipei");

  it("sums up in its subject what it holds", () => {
    expect(mail.subject).toBe("SCCP Tracker: 1 overdue, 53 due within 30 days, 1 item changed");
  });

  it("writes a month-only milestone as its month, never as a day", () => {
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("Preliminary report · April 2024");
      expect(part).not.toMatch(/\b(1|30) Apr 2024/);
      expect(part).toContain("Workshop · 10 May 2024");
    }
  });

  it("escapes what came from data in the HTML and leaves the text as written", () => {
    expect(mail.text).toContain(`Study of <script>alert("x")</script> & "Origin"`);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("Study of &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Origin&quot;");
    expect(mail.html).toContain("Hello Mei &lt;Lin&gt;,");
    expect(mail.html).toContain("Colin O&#39;Brien");
  });

  it("renders what changed from the audit summaries, by whom, in the office's time", () => {
    expect(mail.text).toContain("Changed since 29 Apr 2024, 08:00 Asia/Taipei (1 item)");
    expect(mail.text).toContain("2 May 2024, 10:05 · Changed Status (Colin O'Brien)");
    expect(mail.text).toContain("3 May 2024, 17:00 · Added Peru as co-sponsor (the system)");
    expect(mail.text).toContain(`10 earlier changes in the item's history: ${BASE}/items/8/history`);
  });

  it("links into the app, and to the rest of a list it cut", () => {
    expect(mail.text).toContain(`${BASE}/items/7`);
    expect(mail.html).toContain(`href="${BASE}/items/8"`);
    expect(mail.text).toContain(`…and 52 more. Open the list of milestones due within 30 days: ${BASE}/items?due=30d`);
    expect(mail.html).toContain(`href="${BASE}/items?due=30d"`);
    expect(mail.text).not.toContain("Open the list of overdue milestones");
    expect(mail.text).toContain(`Unsubscribe from these digests in one click: ${BASE}/unsubscribe?u=3&t=digest&s=abc`);
    expect(mail.html).toContain(`href="${BASE}/unsubscribe?u=3&amp;t=digest&amp;s=abc"`);
  });

  it("is a whole HTML document without tables, in the reader's language", () => {
    expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(mail.html).not.toMatch(/<table/i);
    expect(mail.html).toContain("<title>SCCP Tracker: 1 overdue, 53 due within 30 days, 1 item changed</title>");
  });
});

describe("a digest in Traditional Chinese", () => {
  const mail = composeDigest(content({ recipient: { name: "林美", locale: "zh-TW" } }), "Asia/Taipei");

  it("says everything in Chinese, the month-only milestone as 2024年4月", () => {
    expect(mail.subject).toBe("SCCP 工作計畫追蹤系統：逾期 1 項、30 天內到期 53 項、1 個項目有變更");
    expect(mail.text).toContain("林美 您好：");
    expect(mail.text).toContain("初步報告・2024年4月");
    expect(mail.text).toContain("研討會・2024年5月10日");
    expect(mail.text).toContain(`……另有 52 項。 開啟 30 天內到期的里程碑清單：${BASE}/items?due=30d`);
    expect(mail.html).toMatch(/<html lang="zh-Hant-TW">/);
  });

  it("shows the Chinese title where there is one, and marks an English one as English", () => {
    expect(mail.text).toContain("單一窗口互通");
    expect(mail.html).toContain(`lang="en">Study of &lt;script&gt;`);
  });

  it("renders the audit summaries in Chinese", () => {
    expect(mail.text).toContain("修改狀態（Colin O'Brien）");
    expect(mail.text).toContain("新增秘魯為連署經濟體（系統）");
    expect(mail.text).not.toContain("Changed Status");
  });
});

describe("a saved view's digest", () => {
  const filters = { proposer: ["PE"], status: ["IN_IMPLEMENTATION" as const] };
  const mail = composeDigest(
    content({
      view: { name: `Peru's <live> projects`, url: `${BASE}/items?proposer=PE&status=IN_IMPLEMENTATION` },
      overdue: { total: 60, milestones: [monthOnly] },
      links: viewDigestLinks(BASE, filters),
      unsubscribeUrl: `${BASE}/unsubscribe?u=3&t=view:4&s=abc`,
    }),
    "UTC",
  );

  it("is named after the view and links to the view's own lists", () => {
    expect(mail.subject).toBe("SCCP Tracker · “Peru's <live> projects”: 60 overdue, 53 due within 30 days, 1 item changed");
    expect(mail.html).toContain("“Peru&#39;s &lt;live&gt; projects”");
    expect(mail.text).toContain(`Open the list of overdue milestones: ${BASE}/items?proposer=PE&status=IN_IMPLEMENTATION&due=overdue`);
    expect(mail.text).toContain(`Open the view: ${BASE}/items?proposer=PE&status=IN_IMPLEMENTATION`);
    expect(mail.text).toContain("Stop this view's digest in one click");
  });
});

describe("an empty digest", () => {
  it("is one with nothing overdue, nothing coming and nothing changed", () => {
    const nothing = { overdue: { total: 0, milestones: [] }, dueSoon: { total: 0, milestones: [] }, changes: { total: 0, items: [] } };
    expect(isEmptyDigest(nothing)).toBe(true);
    expect(isEmptyDigest({ ...nothing, changes: { total: 1, items: [] } })).toBe(false);
  });

  it("escapes every character HTML gives meaning to", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
