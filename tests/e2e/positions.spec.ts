// Our economy's position as officers meet it: an administrator names the office's economy (when
// no one has yet), an editor records "considering co-sponsorship" with a deadline on an item, the
// work plan filtered by that position shows exactly that item, and the matrix shows the stance.
// Chinese Taipei proposes and co-sponsors nothing in the seeded plan, so naming it follows no item
// by default and changes nothing the other end-to-end tests read; the item is one no other test opens.
import { expect, test, type Browser } from "@playwright/test";
import { stateFor } from "../support/e2e-state";

const ITEM = "Enhancing Digitalization in International Trade: The Practicality of Adopting Electronic Bills of Lading";

/** The office's economy, set by an administrator if no one has set it; its name as the pages show it. */
async function officeEconomy(browser: Browser): Promise<string> {
  const admin = await browser.newContext({ storageState: stateFor("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/settings");
  const select = page.getByRole("combobox", { name: "Economy" });
  if ((await select.inputValue()) === "") {
    await select.selectOption("CT");
    await page.getByRole("button", { name: "Save" }).first().click();
    await expect(page.getByText("The office now works for Chinese Taipei.")).toBeVisible();
  }
  const name = (await select.locator("option:checked").textContent())!.trim();
  await admin.close();
  return name;
}

test.describe("our economy's position", () => {
  test.use({ storageState: stateFor("editor") });

  test("an editor records that we are considering an item, filters the work plan by it and sees it in the matrix", async ({ page, browser }) => {
    const economy = await officeEconomy(browser);

    await page.goto("/items?q=Electronic%20Bills%20of%20Lading");
    await page.getByRole("link", { name: ITEM, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ITEM);
    const panel = page.getByRole("region", { name: "Our economy's position" });
    await expect(panel).toContainText(economy);
    await expect(panel).toContainText("No position recorded yet.");

    const form = panel.getByRole("form", { name: "Record our economy's position" });
    await form.getByLabel("Position").selectOption({ label: "Considering co-sponsorship" });
    await form.getByLabel("Internal deadline").fill("2024-03-15");
    await form.getByLabel("Decided by").fill("Director, Customs Cooperation");
    await form.getByRole("button", { name: "Record position" }).click();
    await expect(panel.getByTestId("position-stance")).toHaveText("Considering co-sponsorship");
    // The deadline has passed (the plan is 2024's), and the panel says so.
    await expect(panel).toContainText("15 Mar 2024");
    await expect(panel).toContainText("Overdue");
    await expect(panel).toContainText("Director, Customs Cooperation");
    await expect(panel).toContainText("Eddie Editor");

    // The work plan's filter form: "Our position", considering.
    await page.goto("/items");
    const filter = page.locator("details[data-filter=position]");
    await filter.locator("summary").click();
    await filter.getByLabel("Considering co-sponsorship").check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/items\?position=CONSIDERING$/);
    await expect(page.getByTestId("row-count")).toHaveText(/^1 item in the work plan · Our position: considering/);
    await expect(page.getByTestId("work-plan-table").locator("tbody tr[data-row]")).toHaveCount(1);
    await expect(page.getByTestId("work-plan-table").getByRole("link", { name: ITEM, exact: true })).toBeVisible();

    // The matrix, filtered the same way, with our positions shown beside the co-sponsorships.
    await page.goto("/items/matrix?position=CONSIDERING&positions=1");
    await expect(page.getByTestId("row-count")).toContainText("1 item");
    const matrix = page.getByTestId("matrix");
    await expect(matrix.getByRole("columnheader", { name: "Our position" })).toBeVisible();
    await expect(matrix.getByTestId("matrix-position")).toHaveText(["considering"]);
  });
});
