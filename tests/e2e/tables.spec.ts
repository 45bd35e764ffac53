import { expect, test, type Page } from "@playwright/test";
import { stateFor } from "../support/e2e-state";

test.describe("the work-plan table as officers use it", () => {
  test("combines filters in the form, and the link it makes opens the same view elsewhere", async ({ page, browser }) => {
    await page.goto("/items");
    const coSponsors = page.locator("details[data-filter=coSponsor]");
    await coSponsors.locator("summary").click();
    await coSponsors.getByLabel("United States", { exact: true }).check();
    await coSponsors.getByLabel("Korea", { exact: true }).check();
    await coSponsors.getByLabel("All of them").check();
    await coSponsors.locator("summary").click();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]coSponsor=KR,US(&|$)/);
    await expect(page).toHaveURL(/[?&]coSponsorMatch=all(&|$)/);
    await expect(page.getByTestId("row-count")).toContainText("Co-sponsored by all of Korea, United States");
    const cells = page.locator("tbody tr[data-row] [data-testid=co-sponsors]");
    const count = await cells.count();
    expect(count).toBeGreaterThan(0);
    for (const cell of await cells.allTextContents()) {
      expect(cell).toContain("Korea");
      expect(cell).toContain("United States");
    }

    // "Any of" widens the same choice.
    await page.goto("/items?coSponsor=KR,US&coSponsorMatch=any");
    expect(await page.locator("tbody tr[data-row]").count()).toBeGreaterThan(count);

    // The link, opened by a colleague without JavaScript, shows the same rows.
    const shared = "/items?coSponsor=KR,US&coSponsorMatch=all&sort=-year";
    await page.goto(shared);
    const mine = await page.locator("tbody tr[data-row] td:nth-child(1) a").allTextContents();
    // A colleague who keeps English: "reader" is the officer languages.spec switches to Chinese meanwhile.
    const colleague = await browser.newContext({ storageState: stateFor("viewer"), javaScriptEnabled: false });
    const theirs = await colleague.newPage();
    await theirs.goto(shared);
    expect(await theirs.locator("tbody tr[data-row] td:nth-child(1) a").allTextContents()).toEqual(mine);
    await colleague.close();
  });

  test("finds the items whose milestones still wait for a date, from the form", async ({ page }) => {
    await page.goto("/items");
    await page.getByLabel("Milestones").selectOption({ label: "Waiting for a date" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]due=undated(&|$)/);
    await expect(page.getByTestId("row-count")).toContainText("Waiting for a date");
    const titles = await page.locator("tbody tr[data-row] td:nth-child(1) a").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    // Fewer than the whole plan, and the same rows when the link is opened again.
    await page.goto("/items");
    expect(await page.locator("tbody tr[data-row]").count()).toBeGreaterThan(titles.length);
    await page.goto("/items?due=undated");
    expect(await page.locator("tbody tr[data-row] td:nth-child(1) a").allTextContents()).toEqual(titles);
  });

  test("sorts by a column, then by a second with Shift, and says so", async ({ page }) => {
    await page.goto("/items");
    await page.getByTestId("sort-proposer").click();
    await expect(page).toHaveURL(/sort=proposer$/);
    const proposers = await page.locator("tbody tr[data-row] td:nth-child(4)").allTextContents();
    expect(proposers[0]).toBe("Australia");
    await expect(page.locator("th[aria-sort=ascending]")).toContainText("Proposer");

    await page.getByTestId("sort-year").click({ modifiers: ["Shift"] });
    await expect(page).toHaveURL(/sort=proposer,-year$/);
    await expect(page.getByTestId("row-count")).toContainText("Sorted by Proposer ↑, Year ↓");

    await page.getByTestId("sort-proposer").click();
    await expect(page).toHaveURL(/sort=proposer$/);
    await page.getByTestId("sort-proposer").click();
    await expect(page).toHaveURL(/sort=-proposer$/);
    expect((await page.locator("tbody tr[data-row] td:nth-child(4)").allTextContents())[0]).toBe("United States");
  });

  test("groups by proposer with each group's size, and pages through a large view", async ({ page }) => {
    await page.goto("/items?group=proposer");
    const headers = page.getByTestId("group-header");
    await expect(headers.first()).toContainText("Australia");
    await expect(page.getByTestId("group-header").filter({ hasText: "Peru" })).toContainText("7 items");

    await page.goto("/items?size=25&sort=title");
    await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);
  });

  test("remembers the columns an officer shows, on their next visit", async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateFor("editor2") });
    const page = await context.newPage();
    await page.goto("/items");
    await page.getByText("Columns", { exact: true }).click();
    // The status reads "remembered" before any change too, so wait for the save itself.
    const saved = page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
    await page.getByLabel("Forum", { exact: true }).check();
    await saved;
    await expect(page.getByText("Your choice is remembered on every device.")).toBeVisible();
    await expect(page.locator("thead")).toContainText("Forum");
    await page.reload();
    await expect(page.locator("thead")).toContainText("Forum");
    await page.getByText("Columns", { exact: true }).click();
    await page.getByLabel("Forum", { exact: true }).uncheck();
    await expect(page.locator("thead")).not.toContainText("Forum");
    await context.close();
  });

  test("moves between rows with the arrow keys", async ({ page }) => {
    await page.goto("/items?proposer=PE");
    const links = page.locator("tbody tr[data-row] td:nth-child(1) a, tbody tr[data-row] td:nth-child(1) a").first();
    await links.focus();
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(() => document.activeElement?.closest("tr")?.rowIndex);
    expect(focused).toBe(2);
  });

  test("a malformed filter in a link is explained, never a crash", async ({ page }) => {
    for (const [query, message] of <[string, string][]>[
      ["due=soon", '"soon" is not a milestone window'],
      ["sort=colour", 'cannot be sorted by "colour"'],
      ["kind=GRANT", '"GRANT" is not a value of the filter "kind"'],
      ["forum=NOPE", 'No forum has the code "NOPE"'],
      ["size=7", "rows per page"],
    ]) {
      const response = await page.goto(`/items?${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("main").getByRole("alert")).toContainText(message);
    }
  });
});

test.describe("the other views of the work plan", () => {
  test("the matrix shows who backs what, and who backs nothing", async ({ page }) => {
    await page.goto("/items/matrix?proposer=PE");
    await expect(page.getByTestId("matrix").locator("tbody tr")).toHaveCount(7);
    await expect(page.getByTestId("backs-nothing")).toContainText("Brunei Darussalam");
    const chile = page.locator("[data-testid=matrix-total][data-economy=CL]");
    // Chile co-sponsors four of Peru's items (the report's co-sponsor lists).
    await expect(chile).toHaveText("4");
  });

  test("the timeline spans a month-only milestone over its month, and the calendar keeps it off the days", async ({ page }) => {
    await page.goto("/timeline?when=2024&proposer=PE");
    const monthOnly = page.locator("[data-testid=timeline-milestone][data-precision=MONTH]").first();
    await expect(monthOnly).toBeVisible();

    await page.goto("/calendar?month=2024-04&proposer=PE");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Month calendar");
    await expect(page.getByTestId("calendar-dayless")).toContainText("Preliminary report");
    await expect(page.getByTestId("calendar-dayless")).toContainText("April 2024");
    await expect(page.getByTestId("calendar").getByText("Preliminary report")).toHaveCount(0);

    await page.goto("/calendar?month=2024-02");
    await expect(page.locator("[data-day='2024-02-27']")).toContainText("SCCP1");
  });
});

test.describe("every table grows with the page", () => {
  /** The table's box: it must not scroll on its own, in print as on screen, and never hide a row. */
  async function boxOf(page: Page, testId: string) {
    return page.getByTestId(testId).evaluate((table) => {
      const box = table.parentElement!;
      const style = getComputedStyle(box);
      return { overflowY: style.overflowY, maxHeight: style.maxHeight, hidden: box.scrollHeight - box.clientHeight };
    });
  }

  for (const { path, testId } of [
    { path: "/items", testId: "work-plan-table" },
    { path: "/economies", testId: "economies-table" },
  ]) {
    test(`${path}: the page scrolls, not the table, and the header stays in view`, async ({ page }) => {
      await page.goto(path);
      const box = await boxOf(page, testId);
      expect(["auto", "scroll"]).not.toContain(box.overflowY);
      expect(box.maxHeight).toBe("none");
      expect(box.hidden).toBeLessThanOrEqual(1);

      const table = page.getByTestId(testId);
      const rows = table.locator("tbody tr");
      expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
      // Half-way down the table, its header row sits at the top of the window.
      await rows.nth(Math.floor((await rows.count()) / 2)).scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 200));
      const header = table.locator("thead tr").first();
      await expect(header).toBeInViewport();
      expect(Math.abs((await header.boundingBox())!.y)).toBeLessThanOrEqual(1);
      // The last row is reached by scrolling the page (to the table's end: charts may follow it).
      await table.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().bottom + window.scrollY - window.innerHeight));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await expect(rows.last()).toBeInViewport();

      await page.emulateMedia({ media: "print" });
      expect((await boxOf(page, testId)).hidden).toBeLessThanOrEqual(1);
      expect(await table.locator("thead").evaluate((head) => getComputedStyle(head).position)).toBe("static");
    });
  }

  test("Up and Down move between the economies as in the work plan", async ({ page }) => {
    await page.goto("/economies");
    const links = page.getByTestId("economies-table").locator("tbody tr td:first-child a");
    await links.first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(2)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(links.nth(1)).toBeFocused();
    await links.last().focus();
    await page.keyboard.press("ArrowDown");
    await expect(links.last()).toBeFocused();
  });
});
