// An officer follows an item from the work-plan table and finds it followed on the item's page;
// saves a filtered work plan as a view, and opens it again from the navigation. Both work without
// JavaScript too, as plain forms and links.
import { expect, test, type Page } from "@playwright/test";
import { stateFor } from "../support/e2e-state";

const rowTitles = (page: Page) => page.locator("tbody tr[data-row] td:nth-child(1) a").allTextContents();

test.describe("follows and saved views", () => {
  test("an officer follows an item from the table and sees it followed on the item's page", async ({ page }) => {
    await page.goto("/items?proposer=US");
    const [title] = await rowTitles(page);
    expect(title).toBeTruthy();
    const table = page.getByTestId("work-plan-table");
    const follow = table.getByRole("button", { name: `Follow ${title}`, exact: true });
    await expect(follow).toHaveAttribute("aria-pressed", "false");
    await follow.click();
    const unfollow = table.getByRole("button", { name: `Unfollow ${title}`, exact: true });
    await expect(unfollow).toHaveAttribute("aria-pressed", "true");
    // The star turns while the change is on its way; the button comes back once it is saved. A reload
    // before then raced the save (a clean-clone run saw the old state).
    await expect(unfollow).toBeEnabled();
    // Saved, not only shown: a fresh load says the same.
    await page.reload();
    await expect(unfollow).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("link", { name: title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
    await expect(page.getByRole("button", { name: `Unfollow ${title}`, exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByTestId("follow-status")).toHaveText("You follow this item");

    // Unfollowed again from the item's page.
    await page.getByRole("button", { name: `Unfollow ${title}`, exact: true }).click();
    await expect(page.getByRole("button", { name: `Follow ${title}`, exact: true })).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByTestId("follow-status")).toHaveCount(0);
  });

  test("the follow button is a form that works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateFor("viewer"), javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/items?proposer=NZ");
    const [title] = await rowTitles(page);
    expect(title).toBeTruthy();
    await page.getByRole("button", { name: `Follow ${title}`, exact: true }).click();
    await page.goto("/items?proposer=NZ");
    await expect(page.getByRole("button", { name: `Unfollow ${title}`, exact: true })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: `Unfollow ${title}`, exact: true }).click();
    await page.goto("/items?proposer=NZ");
    await expect(page.getByRole("button", { name: `Follow ${title}`, exact: true })).toHaveAttribute("aria-pressed", "false");
    await context.close();
  });

  test("an officer saves a filtered view, finds it in the navigation and opens it", async ({ page }) => {
    await page.goto("/items?proposer=PE&status=APPROVED");
    const expected = await rowTitles(page);
    expect(expected.length).toBeGreaterThan(0);
    const save = page.getByTestId("save-view");
    await save.locator("summary").click();
    await save.getByLabel("Name").fill("Peru, approved (e2e)");
    await save.getByRole("button", { name: "Save" }).click();
    await expect(save.getByRole("status")).toHaveText('Saved the view "Peru, approved (e2e)".');

    await page.goto("/");
    const menu = page.getByTestId("views-menu");
    await menu.locator("summary").click();
    await menu.getByRole("link", { name: "Peru, approved (e2e)" }).click();
    await expect(page).toHaveURL(/\/items\?proposer=PE&status=APPROVED$/);
    await expect(page.getByTestId("row-count")).toContainText("Proposed by Peru");
    expect(await rowTitles(page)).toEqual(expected);
    // The menu closed behind the officer as they went.
    await expect(menu).not.toHaveAttribute("open", "");

    // The views page lists it with what it shows, and the officer subscribes to it.
    await page.goto("/views");
    const view = page.getByTestId("saved-view").filter({ hasText: "Peru, approved (e2e)" });
    await expect(view).toContainText("Proposed by Peru");
    await expect(view).toContainText("Private");
    await view.getByRole("button", { name: "Subscribe" }).click();
    await expect(view).toContainText("Subscribed");
  });

  test("an address the work plan cannot read is not saved", async ({ page }) => {
    await page.goto("/items");
    const save = page.getByTestId("save-view");
    await save.locator("summary").click();
    await save.locator("input[name=query]").evaluate((input: HTMLInputElement) => (input.value = "proposer=ZZ"));
    await save.getByLabel("Name").fill("Nowhere");
    await save.getByRole("button", { name: "Save" }).click();
    await expect(save.getByRole("status")).toHaveText("This address is not a view of the work plan, so nothing was saved.");
    await expect(save).toContainText('No APEC economy has the code "ZZ"');
    await page.goto("/views");
    await expect(page.getByTestId("saved-view").filter({ hasText: "Nowhere" })).toHaveCount(0);
  });
});
