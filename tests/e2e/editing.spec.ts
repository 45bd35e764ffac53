import { expect, test, type Page } from "@playwright/test";
import { stateFor } from "../support/e2e-state";

async function openItem(page: Page, title: string) {
  await page.goto("/items");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

test.describe("signing in", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("an anonymous visitor is sent to sign in, and comes back where they were going", async ({ page }) => {
    await page.goto("/items?proposer=PE");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await page.getByLabel("Email").fill("viewer@e2e.test");
    await page.getByLabel("Password").fill("viewer-password-1234");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/items\?proposer=PE$/);
    await expect(page.getByTestId("row-count")).toHaveText(/^7 items in the work plan · Proposed by Peru/);
  });

  test("a wrong password gets a clear message and no session", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("viewer@e2e.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("an API call without a session gets a JSON 401, not a redirect", async ({ request }) => {
    const response = await request.get("/api/v1/items", { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ error: "unauthorized" });
  });
});

test.describe("a viewer reads but cannot change", () => {
  test("sees no editing controls", async ({ page }) => {
    await openItem(page, "Exporting Entrepreneurship: Export Promotion Program Aimed at MSMEs, Rural Communities, Women, and Young People");
    await expect(page.getByRole("link", { name: "History" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Archive" })).toHaveCount(0);
    await page.goto("/items/new");
    await expect(page.getByRole("heading", { name: "Your role does not open this page" })).toBeVisible();
  });
});

test.describe("an editor changes the work plan", () => {
  test.use({ storageState: stateFor("editor") });

  test("edits an item, and the change shows in its history with before and after", async ({ page }) => {
    await openItem(page, "APEC Smart Customs Partnership Initiative");
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await page.getByLabel("Project overseer").fill("Ms. Example Overseer");
    await page.getByLabel("APEC project number").fill("sccp 05 2024a");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("APEC Smart Customs Partnership Initiative");
    await expect(page.getByText("Ms. Example Overseer")).toBeVisible();
    await expect(page.getByText("SCCP 05 2024A")).toBeVisible();

    await page.getByRole("link", { name: "History" }).click();
    const event = page.getByTestId("history-event").first();
    await expect(event).toContainText("Changed APEC project number, Project overseer");
    await expect(event).toContainText("Eddie Editor");
    await expect(event.getByRole("row", { name: /Project overseer/ })).toContainText("Ms. Example Overseer");
  });

  test("a bad value gets a message beside the field and keeps what was typed", async ({ page }) => {
    await openItem(page, "APEC Customs-Business Dialogue: Latest Developments and Next Steps in End-to-End Supply Chain Digitalization");
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await page.getByLabel("APEC funding (USD)").fill("a lot");
    await page.getByLabel("Expected start").fill("2024-06-01");
    await page.getByLabel("Expected completion").fill("2024-05-01");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("APEC funding (USD) is a whole number of US dollars")).toBeVisible();
    await expect(page.getByText("The expected completion cannot come before the start.")).toBeVisible();
    await expect(page.getByLabel("APEC funding (USD)")).toHaveValue("a lot");
  });

  test("sees the conflict when someone saved the item meanwhile, and chooses field by field", async ({ page, browser }) => {
    const title = "Green Customs Technology Solutions in the Asia-Pacific Region Workshop";
    await openItem(page, title);
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await page.getByLabel("Project overseer").fill("Overseer typed by Eddie");

    // Meanwhile a second editor, in another browser, saves a different overseer.
    const other = await browser.newContext({ storageState: stateFor("editor2") });
    const otherPage = await other.newPage();
    await openItem(otherPage, title);
    await otherPage.getByRole("link", { name: "Edit", exact: true }).click();
    await otherPage.getByLabel("Project overseer").fill("Overseer saved by Erin");
    await otherPage.getByRole("button", { name: "Save changes" }).click();
    await expect(otherPage.getByText("Overseer saved by Erin")).toBeVisible();
    await other.close();

    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("conflict")).toContainText("Someone saved this item while you were editing it.");
    const choice = page.getByTestId("conflict-overseer");
    await expect(choice).toContainText("Overseer typed by Eddie");
    await expect(choice).toContainText("Overseer saved by Erin");
    await choice.getByLabel(/Take the saved one/).check();
    await page.getByRole("button", { name: "Save my choices" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Overseer saved by Erin")).toBeVisible();
  });

  test("adds a co-sponsor once, and is refused the second time", async ({ page }) => {
    await openItem(page, "Exporting Entrepreneurship: Export Promotion Program Aimed at MSMEs, Rural Communities, Women, and Young People");
    const form = page.getByRole("form", { name: "Add a co-sponsor" });
    await form.getByLabel("Add a co-sponsor").selectOption({ label: "Japan" });
    await form.getByRole("button", { name: "Add co-sponsor" }).click();
    await expect(page.getByRole("list", { name: "Co-sponsoring economies" }).getByRole("link", { name: "Japan" })).toBeVisible();
    await form.getByLabel("Add a co-sponsor").selectOption({ label: "Japan" });
    await form.getByRole("button", { name: "Add co-sponsor" }).click();
    await expect(form.getByText("Japan already co-sponsors this item.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Co-sponsoring economies" }).getByRole("link", { name: "Japan" })).toHaveCount(1);
  });

  test("marks a milestone done", async ({ page }) => {
    await openItem(page, "APEC Capacity Building Workshop on Self-Certification of Origin under FTAs/RTAs");
    const report = page.getByTestId("milestone").filter({ hasText: "Workshop report" });
    await report.getByRole("button", { name: "Mark done" }).click();
    await expect(report).toContainText("Done");
    await expect(report).toContainText("Completed");
  });
});

test.describe("two editors changing different fields", () => {
  test.use({ storageState: stateFor("editor") });

  test("my save goes through at once, merged, and does not undo theirs", async ({ page, browser }) => {
    const title = "APEC Customs-Business Dialogue: Latest Developments and Next Steps in End-to-End Supply Chain Digitalization";
    await openItem(page, title);
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await page.getByLabel("Notes").fill("Eddie's note");

    const other = await browser.newContext({ storageState: stateFor("editor2") });
    const otherPage = await other.newPage();
    await openItem(otherPage, title);
    await otherPage.getByRole("link", { name: "Edit", exact: true }).click();
    await otherPage.getByLabel("Status").selectOption({ label: "In implementation" });
    await otherPage.getByRole("button", { name: "Save changes" }).click();
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText(title);
    await other.close();

    // Different fields: the save goes through at once, merged, and says so (no second click to lose).
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\/items\/\d+\?saved=merged$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByTestId("merged-notice")).toBeVisible();
    await expect(page.getByText("Eddie's note")).toBeVisible();
    await expect(page.getByText("In implementation").first()).toBeVisible();
  });
});
