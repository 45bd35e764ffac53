// The mission report as an officer meets it: the printable page in Chinese and in English, the
// Word document it downloads, read back by mammoth, and a recommendation an editor records after the
// meeting arriving in that document.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import mammoth from "mammoth";
import { E2E_DIR } from "../support/e2e-dir";
import { stateFor } from "../support/e2e-state";

async function sccp1Path(page: Page) {
  await page.goto("/meetings");
  const link = page.getByRole("link", { name: /First SCCP meeting of 2024|SCCP1 2024/ }).first();
  return (await link.getAttribute("href"))!;
}

test("the printable report has the report's parts in order, in Chinese by default and in English on request", async ({ page }) => {
  const meeting = await sccp1Path(page);
  await page.goto(`${meeting}/report`);
  const report = page.getByTestId("mission-report");
  await expect(report.getByRole("heading", { level: 1 })).toContainText("關務程序次級委員會");
  const parts = await report.getByRole("heading", { level: 2 }).allInnerTexts();
  expect(parts).toEqual(["摘要", "目次", "壹、目的", "貳、過程", "參、心得及建議", "附錄"]);
  const agenda = await report.locator("h4").allInnerTexts();
  expect(agenda[0]).toBe("（一）本年 APEC 主題及優先事項");
  expect(agenda).toContain("（十一）會議總結");
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  await page.screenshot({ path: `${E2E_DIR}/mission-report-page.png`, fullPage: false });

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/report\?lang=en$/);
  await expect(report.getByRole("heading", { level: 2 })).toHaveText([
    "Summary",
    "Contents",
    "1. Purpose",
    "2. Proceedings",
    "3. Observations and recommendations",
    "Appendices",
  ]);
  await expect(report).toContainText("All member economies (except Mexico, Papua New Guinea and Philippines)");
});

test("the Word document downloaded from the page holds the page's recommendations", async ({ page }) => {
  const meeting = await sccp1Path(page);
  await page.goto(`${meeting}/report`);
  const recommendations = await page.locator("section:has(> h2:text-is('參、心得及建議')) h3").allInnerTexts();
  expect(recommendations.length).toBeGreaterThan(0);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the Word document" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const { value } = await mammoth.extractRawText({ buffer: await readFile((await download.path())!) });
  expect(value).toContain("貳、過程");
  for (const heading of recommendations) expect(value).toContain(heading);
});

test("a report in another language is refused with a message, and a missing meeting is not found", async ({ page }) => {
  const meeting = await sccp1Path(page);
  await page.goto(`${meeting}/report?lang=fr`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The report's language must be zh-TW or en, not “fr”.");
  const response = await page.request.get(`${meeting}/report.docx?lang=fr`);
  expect(response.status()).toBe(400);
  expect((await page.request.get("/meetings/999999/report.docx")).status()).toBe(404);
});

test.describe("an editor back from the meeting", () => {
  test.use({ storageState: stateFor("editor") });

  test("records a recommendation and finds it in the Word report downloaded from the meeting's page", async ({ page }) => {
    const meeting = await sccp1Path(page);
    const heading = `Share the e-commerce data template with the delegation ${Date.now()}`;
    const body = "Propose a self-funded pilot with two co-sponsors before SCCP2.";

    await page.goto(`${meeting}/record`);
    await page.getByText("New recommendation", { exact: true }).click();
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add recommendation" }) });
    await form.getByRole("textbox", { name: "Heading" }).fill(heading);
    await form.getByRole("textbox", { name: "Text" }).fill(body);
    await form.getByRole("button", { name: "Add recommendation" }).click();
    await expect(page.getByText(heading)).toBeVisible();

    await page.goto(meeting);
    await expect(page.getByText(/Delegation of \d+|No delegation recorded/)).toContainText("recommendation");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the Word document" }).click()]);
    const { value } = await mammoth.extractRawText({ buffer: await readFile((await download.path())!) });
    expect(value).toContain(heading);
    expect(value).toContain(body);
  });

  test("keeps the ticked work-plan items when an agenda item is refused for want of a heading", async ({ page }) => {
    const meeting = await sccp1Path(page);
    await page.goto(`${meeting}/record`);
    await page.getByText("New agenda item", { exact: true }).click();
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add agenda item" }) });
    const boxes = form.getByRole("group", { name: "Work-plan items discussed" }).getByRole("checkbox");
    await boxes.nth(1).check();
    await form.getByRole("textbox", { name: "What was said" }).fill("Members welcomed the template.");
    await form.getByRole("button", { name: "Add agenda item" }).click();
    await expect(form.getByText("Some fields need attention.")).toBeVisible();
    await expect(boxes.nth(1)).toBeChecked();
    await expect(boxes.nth(0)).not.toBeChecked();
    await expect(form.getByRole("textbox", { name: "What was said" })).toHaveValue("Members welcomed the template.");
  });
});
