// The tracker comes to the officer: an administrator follows an item, a colleague changes its
// status, and the bell in the header counts it; the notice names the item and who changed it.
// New Zealand's item: other end-to-end tests only read it, so a status change disturbs none of them.
import { expect, test } from "@playwright/test";
import { stateFor } from "../support/e2e-state";

test.use({ storageState: stateFor("admin") });

test("an officer follows an item, a colleague changes it, and the bell shows the change", async ({ page, browser }) => {
  await page.goto("/items?proposer=NZ");
  // An administrator's table opens with a selection column, so the title is found by its link.
  const title = (await page.getByTestId("work-plan-table").locator('tbody tr[data-row] a[href^="/items/"]').first().textContent())!;
  expect(title).toBeTruthy();
  await page
    .getByTestId("work-plan-table")
    .getByRole("button", { name: `Follow ${title}`, exact: true })
    .click();
  await expect(page.getByTestId("work-plan-table").getByRole("button", { name: `Unfollow ${title}`, exact: true })).toHaveAttribute("aria-pressed", "true");

  const colleague = await browser.newContext({ storageState: stateFor("editor2") });
  const theirs = await colleague.newPage();
  await theirs.goto("/items?proposer=NZ");
  await theirs.getByRole("link", { name: title, exact: true }).click();
  await theirs.getByRole("link", { name: "Edit", exact: true }).click();
  // The item's page has a milestone form with its own "Status": read the item's only once the edit form is open.
  await expect(theirs).toHaveURL(/\/items\/\d+\/edit$/);
  const status = theirs.getByLabel("Status");
  const next = (await status.inputValue()) === "COMPLETED" ? "In implementation" : "Completed";
  await status.selectOption({ label: next });
  await theirs.getByRole("button", { name: "Save changes" }).click();
  await expect(theirs).toHaveURL(/\/items\/\d+$/);
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText(title);
  await colleague.close();

  await page.goto("/");
  const bell = page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page).toHaveURL(/\/notifications/);
  const notice = page.getByRole("listitem").filter({ hasText: title }).first();
  await expect(notice).toContainText(next);
  await expect(notice).toContainText("Erin Editor");
});
