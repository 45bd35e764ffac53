import { expect, test, type Page } from "@playwright/test";

const proposerBox = (page: Page, economy: string) => page.locator("details[data-filter=proposer]").getByLabel(economy, { exact: true });

/** Ticks (or unticks) an economy in the filter form's list of proposers. */
async function chooseProposer(page: Page, economy: string) {
  const list = page.locator("details[data-filter=proposer]");
  if (!(await list.evaluate((element) => (element as HTMLDetailsElement).open))) await list.locator("summary").click();
  await proposerBox(page, economy).click();
}

test.describe("an officer follows the 2024 work plan", () => {
  test("filters the work plan by Peru, opens an item and sees its co-sponsors and milestones", async ({ page }) => {
    await page.goto("/items");
    await expect(page.getByRole("heading", { name: "Work plan" })).toBeVisible();
    // The report's 17 items and the one made in the app (tests/support/e2e-fixtures.ts).
    await expect(page.getByTestId("row-count")).toHaveText(/^18 items in the work plan/);

    await chooseProposer(page, "Peru");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/items\?proposer=PE$/);
    await expect(page.getByTestId("row-count")).toHaveText(/^7 items in the work plan · Proposed by Peru/);
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(7);
    for (const proposer of await rows.locator("td:nth-child(4)").allTextContents()) expect(proposer).toBe("Peru");

    await page.getByRole("link", { name: "Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators");
    await expect(page.getByText("海關前線工作女性賦權：政策報告及管理指標")).toBeVisible();

    const coSponsors = page.getByRole("list", { name: "Co-sponsoring economies" }).getByRole("link");
    await expect(coSponsors).toHaveText(["Australia", "Chile", "New Zealand", "United States"]);

    const milestones = page.getByTestId("milestone");
    await expect(milestones).toHaveCount(4);
    await expect(milestones.nth(0)).toContainText("Preliminary report");
    await expect(milestones.nth(0)).toContainText("April 2024");
    await expect(milestones.nth(1)).toContainText("June 2024");
    await expect(milestones.nth(2)).toContainText("July 2024");
    await expect(milestones.nth(3)).toContainText("Completion report to the APEC Secretariat");
    await expect(milestones.nth(3)).toContainText("October 2024");
  });

  test("a shared filtered link opens the same view, and the filter still works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/items?proposer=US");
    await expect(page.getByTestId("row-count")).toHaveText(/^4 items in the work plan · Proposed by United States/);
    await chooseProposer(page, "United States");
    await chooseProposer(page, "Japan");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/proposer=JP/);
    await expect(page.locator("tbody tr")).toHaveCount(1);
    await context.close();
  });

  test("clearing the filter, or going back, shows the filter the table really has", async ({ page }) => {
    await page.goto("/items?proposer=PE");
    await expect(proposerBox(page, "Peru")).toBeChecked();
    await page.getByRole("link", { name: "Clear filter" }).click();
    await expect(page).toHaveURL(/\/items$/);
    await expect(page.getByTestId("row-count")).toHaveText(/^18 items/);
    await expect(proposerBox(page, "Peru")).not.toBeChecked();
    await page.goBack();
    await expect(page.getByTestId("row-count")).toHaveText(/^7 items in the work plan · Proposed by Peru/);
    await expect(proposerBox(page, "Peru")).toBeChecked();
  });

  test("an unknown economy code gets a clear message, not an empty table", async ({ page }) => {
    await page.goto("/items?proposer=ZZ");
    await expect(page.getByRole("main").getByRole("alert")).toContainText('No APEC economy has the code "ZZ"');
    await expect(page.locator("table")).toHaveCount(0);

    await page.goto("/items?proposer=Peru");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("two letters");
  });

  test("an item that does not exist says so", async ({ page }) => {
    const response = await page.goto("/items/999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("There is no such item")).toBeVisible();
    expect((await page.goto("/items/not-a-number"))?.status()).toBe(404);
  });

  test("the overview lists what is late, with month-only dates shown as months", async ({ page }) => {
    await page.goto("/");
    const overdue = page.locator("section[aria-labelledby='overdue']");
    await expect(overdue.getByRole("heading", { name: "Overdue" })).toBeVisible();
    const preliminary = overdue.getByTestId("agenda-milestone").filter({ hasText: "Preliminary report" });
    await expect(preliminary).toContainText("April 2024");
    await expect(preliminary).toContainText("Overdue");
    await expect(page.locator("section[aria-labelledby='undated']")).toContainText("SOM3 2024");
  });

  test("an economy's page shows what it proposes and co-sponsors", async ({ page }) => {
    await page.goto("/economies");
    await expect(page.getByTestId("economies-table").locator("tbody tr")).toHaveCount(21);
    await page.getByRole("link", { name: "Hong Kong, China" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hong Kong, China");
    await expect(page.getByText("Hong Kong, China proposes no item at present.")).toBeVisible();
    await expect(page.getByRole("link", { name: /Best Practices to Enhance Transparency in the Logistics Supply Chain/ })).toBeVisible();
  });

  test("the health endpoint says the database is reachable and migrated", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { reachable: true, migrated: true } });
  });
});

test.describe("searching the work plan", () => {
  test("finds an item by its Chinese title, with the proposer filter kept in the link", async ({ page }) => {
    await page.goto("/items?proposer=PE");
    await page.getByLabel("Title or project number").fill("電子提單");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/proposer=PE/);
    await expect(page).toHaveURL(/q=%E9%9B%BB%E5%AD%90%E6%8F%90%E5%96%AE/);
    await expect(page.getByTestId("row-count")).toHaveText(/^1 item in the work plan · Proposed by Peru · Text "電子提單"/);
    await expect(page.locator("tbody tr")).toHaveCount(1);
  });
});

test.describe("handing on the co-sponsorship list", () => {
  test('downloads the filtered table as a CSV that keeps Chinese titles and "Hong Kong, China" whole', async ({ page }) => {
    await page.goto("/items?proposer=PE");
    await page.getByText("Download", { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Co-sponsorship list, one row per item (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^sccp-co-sponsorships-\d{4}-\d{2}-\d{2}\.csv$/);
    const { readFile } = await import("node:fs/promises");
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines).toHaveLength(8);
    // In APEC's order, and quoted as one field because of the comma in "Hong Kong, China".
    expect(lines.find((line) => line.includes("提升物流供應鏈透明度最佳範例"))).toContain(',"China; Hong Kong, China; Korea; United States",');
  });
});

test.describe("handing on the spreadsheet", () => {
  test("downloads every view of the filtered table as one XLSX workbook", async ({ page }) => {
    await page.goto("/items?proposer=PE");
    await page.getByText("Download", { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Spreadsheet with every view (XLSX)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^sccp-co-sponsorships-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const XLSX = await import("xlsx");
    const { readFile } = await import("node:fs/promises");
    const book = XLSX.read(await readFile((await download.path())!), { type: "buffer" });
    expect(book.SheetNames).toEqual(["Items", "Milestones", "Co-sponsorships", "Matrix", "About this file"]);
    expect(XLSX.utils.sheet_to_json(book.Sheets.Items!)).toHaveLength(7);
  });
});

test.describe("the meeting brief", () => {
  test("prints every item reported at SCCP1 on A4, ready to save as PDF", async ({ page }) => {
    await page.goto("/meetings");
    await page.getByRole("link", { name: "SCCP1 2024" }).click();
    await page.getByRole("link", { name: "Brief for the delegation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SCCP1 2024");
    await expect(page.getByTestId("brief-item")).toHaveCount(17);
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(20_000);
  });
});

test.describe("the calendar feed", () => {
  test("an officer makes a calendar address that a calendar app can read without signing in, then stops it", async ({ page, playwright }) => {
    await page.goto("/account/calendar");
    await page.getByRole("button", { name: /Create my calendar address|Renew/ }).click();
    const address = await page.getByTestId("calendar-address").inputValue();
    await expect(page.getByText(/A calendar address is active since/)).toBeVisible();
    expect(address).toMatch(/\/api\/calendar\/sccp_cal_[\w-]{43}\.ics$/);

    const calendarApp = await playwright.request.newContext();
    const feed = await calendarApp.get(`${address}?proposer=PE`);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await feed.text()).toContain("SUMMARY:[April 2024] Preliminary report");

    await page.getByRole("button", { name: "Stop my calendar address" }).click();
    await expect(page.getByText("Your calendar address no longer works.")).toBeVisible();
    expect((await calendarApp.get(address)).status()).toBe(404);
    await calendarApp.dispose();
  });
});

test.describe("filtering by co-sponsor", () => {
  test("lists what Chile co-sponsors, from a link an officer can send", async ({ page }) => {
    await page.goto("/items?coSponsor=CL");
    await expect(page.getByTestId("row-count")).toHaveText(/^4 items in the work plan · Co-sponsored by Chile/);
    // Each row's co-sponsor list, one per row, names Chile.
    const lists = page.getByTestId("work-plan-table").getByTestId("co-sponsors");
    await expect(lists).toHaveCount(4);
    for (const list of await lists.allTextContents()) expect(list).toContain("Chile");
  });
});

test.describe("the JSON API", () => {
  test("an officer makes a token, a program reads the work plan with it, and the document describes it", async ({ page, playwright }) => {
    await page.goto("/account/api-tokens");
    await page.getByLabel("What the token is for").fill("Minister's dashboard");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = await page.getByTestId("one-time-password").innerText();
    expect(token).toMatch(/^sccp_api_[\w-]{43}$/);

    const program = await playwright.request.newContext({ baseURL: page.url().replace(/\/account.*$/, "") });
    const response = await program.get("/api/v1/items?proposer=PE", { headers: { authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(200);
    expect((await response.json()).total).toBe(7);
    expect((await program.get("/api/v1/items")).status()).toBe(401);
    const document = await (await program.get("/api/v1/openapi.json")).json();
    expect(Object.keys(document.paths)).toEqual([
      "/items",
      "/items/{id}",
      "/economies",
      "/milestones",
      "/meetings",
      "/co-sponsorships",
      "/documents",
      "/documents/{id}",
      "/follow-ups",
      "/follow-ups/{id}",
      "/positions",
    ]);
    await program.dispose();
  });
});
