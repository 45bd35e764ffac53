// `npx tsx scripts/screenshot.ts <url> <file.png> [width]`: a full-page screenshot in the system
// Chromium, for looking at pages and for the README.
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../tests/support/chromium";

const [url, file, width = "1280"] = process.argv.slice(2);
if (!url || !file) {
  console.error("Usage: npx tsx scripts/screenshot.ts <url> <file.png> [width]");
  process.exit(1);
}

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.screenshot({ path: file, fullPage: true });
  console.log(`Saved ${file}`);
} finally {
  await browser.close();
}
