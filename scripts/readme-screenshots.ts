// `npx tsx scripts/readme-screenshots.ts`: signs in to a running app and takes the README's
// screenshots (docs/screenshots/), in both languages, in the system Chromium. Run it against a
// server with the seeded plan, e.g. the end-to-end database:
//   DATABASE_URL=file:./tests/.tmp/shots/app.db npx tsx tests/e2e/prepare-db.ts
//   DATABASE_URL=file:./tests/.tmp/shots/app.db PORT=3192 npm start
//   BASE_URL=http://127.0.0.1:3192 EMAIL=… PASSWORD=… npx tsx scripts/readme-screenshots.ts
import { chromium, type Page } from "@playwright/test";
import { LOCALE_COOKIE } from "../lib/i18n/config";
import { chromiumLaunchOptions } from "../tests/support/chromium";

const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const { EMAIL: email, PASSWORD: password } = process.env;
if (!email || !password) {
  console.error("Set EMAIL and PASSWORD to an account of the running app (an editor shows the editing controls).");
  process.exit(1);
}

type Shot = { path: string; file: string; locale?: "en" | "zh-TW" };

const SHOTS: Shot[] = [
  { path: "/sign-in", file: "sign-in.png" },
  { path: "/", file: "overview.png" },
  { path: "/", file: "zh-overview.png", locale: "zh-TW" },
  { path: "/items?proposer=PE", file: "work-plan-peru.png" },
  { path: "/items?proposer=PE", file: "zh-work-plan-peru.png", locale: "zh-TW" },
  { path: "/items?group=proposer&sort=nextMilestone", file: "work-plan-grouped.png" },
  { path: "/items/matrix", file: "matrix.png" },
  { path: "/calendar?month=2024-02", file: "month-calendar.png" },
  { path: "/timeline?when=2024", file: "timeline.png" },
  { path: "/timeline?when=2024&zoom=quarter", file: "timeline-quarters.png" },
  { path: "/timeline?when=2024&zoom=year", file: "timeline-years.png" },
  { path: "/timeline?when=2024", file: "zh-timeline.png", locale: "zh-TW" },
  { path: "/charts", file: "charts.png" },
  { path: "/charts?proposer=US", file: "zh-charts-united-states.png", locale: "zh-TW" },
  { path: "/economies", file: "economies.png" },
  { path: "/economies/PE", file: "economy-peru.png" },
  { path: "/account/security", file: "security.png" },
];

/** The first item of the work plan that has milestones, for the item and history pages. */
async function firstItemPath(page: Page) {
  await page.goto(`${baseUrl}/items?proposer=US`);
  return (await page.locator("tbody tr[data-row] td a").first().getAttribute("href"))!;
}

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.screenshot({ path: "docs/screenshots/sign-in.png", fullPage: true });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/sign-in");

  const item = await firstItemPath(page);
  const shots = [
    ...SHOTS.filter((shot) => shot.path !== "/sign-in"),
    { path: item, file: "item.png" },
    { path: item, file: "zh-item.png", locale: "zh-TW" as const },
    { path: `${item}/history`, file: "history.png" },
  ];
  for (const shot of shots) {
    await context.addCookies([{ name: LOCALE_COOKIE, value: shot.locale ?? "en", url: baseUrl }]);
    await page.goto(`${baseUrl}${shot.path}`, { waitUntil: "networkidle" });
    await page.screenshot({ path: `docs/screenshots/${shot.file}`, fullPage: true });
    console.log(`Saved docs/screenshots/${shot.file} (${shot.path})`);
  }
} finally {
  await browser.close();
}
