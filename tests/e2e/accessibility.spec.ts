// axe-core on every main page, in English and in Traditional Chinese: no serious or critical
// violation. Each result is also written to tests/.tmp/proof/axe/ for `npm run verify`.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { readDb, scalar } from "../support/e2e-db";
import { stateFor } from "../support/e2e-state";
import { MAIN_PAGES } from "../support/main-pages";
import { recordFigures } from "../support/proof-figures";

const LOCALES = [
  { locale: "en", lang: "en" },
  { locale: "zh-TW", lang: "zh-Hant-TW" },
] as const;
const BLOCKING = new Set(["serious", "critical"]);

function placeholders() {
  return {
    item: scalar("SELECT id FROM Item WHERE titleEn = ?", ["Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators"]),
    // The meeting with the most items reported: the fullest page and brief.
    meeting: readDb(
      (db) =>
        (db.prepare("SELECT meetingId FROM MeetingItem GROUP BY meetingId ORDER BY count(*) DESC, meetingId LIMIT 1").get() as { meetingId: number }).meetingId,
    ),
  };
}

for (const entry of MAIN_PAGES) {
  const title = `${entry.path}${entry.state ? ` ${entry.state}` : ""}`;
  test(`${title} has no serious or critical accessibility violation, in either language`, async ({ browser, baseURL }) => {
    const ids = placeholders();
    const path = entry.path.replace(":item", String(ids.item)).replace(":meeting", String(ids.meeting));
    const found: Record<string, { impact: string; rule: string; nodes: string[] }[]> = {};
    for (const { locale, lang } of LOCALES) {
      const context = await browser.newContext({ storageState: entry.as === "admin" ? stateFor("admin") : { cookies: [], origins: [] } });
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response?.status(), `${path} answers`).toBe(entry.state === "not found" ? 404 : 200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      if (entry.prepare) await entry.prepare(page);
      const results = await new AxeBuilder({ page }).analyze();
      found[locale] = results.violations.map((v) => ({ impact: v.impact ?? "unknown", rule: v.id, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
      await context.close();
    }
    const all = Object.values(found).flat();
    recordFigures(`axe/${title.replace(/[^a-z0-9]+/gi, "_")}`, { page: title, locales: LOCALES.length, violations: found });
    expect(all.filter((v) => BLOCKING.has(v.impact))).toEqual([]);
  });
}
