// A follow-up action as an editor meets it: made with one press from a recommendation in the
// meeting's record, given a date on "My actions", seen on the overview while it falls due soon,
// and marked done. Its date is days ahead, never past, so the overview's overdue figures that
// other specs read stay as they are.
import { expect, test } from "@playwright/test";
import { E2E_DIR } from "../support/e2e-dir";
import { stateFor } from "../support/e2e-state";

test.describe("an editor back from a meeting", () => {
  test.use({ storageState: stateFor("editor") });

  test("makes a recommendation a follow-up action, finds it under My actions and on the overview, and completes it", async ({ page }) => {
    await page.goto("/meetings");
    const meeting = await page
      .getByRole("link", { name: /First SCCP meeting of 2024|SCCP1 2024/ })
      .first()
      .getAttribute("href");
    await page.goto(`${meeting}/record`);
    const recommendation = page
      .locator("li")
      .filter({ has: page.getByTestId("recommendation-follow-up") })
      .first();
    const heading = (await recommendation.locator("h3").innerText()).trim();
    await recommendation.getByRole("button", { name: "Make a follow-up action" }).click();
    await expect(recommendation.getByTestId("recommendation-follow-up")).toContainText(/\d+ follow-up actions?/);
    await page.screenshot({ path: `${E2E_DIR}/follow-ups-record.png`, fullPage: false });

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My actions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My actions" })).toBeVisible();
    const action = page.getByTestId("follow-up").filter({ hasText: heading }).first();
    await expect(action).toContainText("No date yet");
    await expect(action).toContainText("Eddie Editor");

    // Ten days ahead of any office time zone's today: due soon, never overdue.
    const due = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await action.getByText("Edit", { exact: true }).click();
    await action.getByLabel("Due").fill(due);
    await action.getByRole("button", { name: "Save" }).click();
    await expect(action.getByTestId("follow-up-due")).not.toHaveText("No date yet");
    await expect(action).toContainText("Due soon");

    await page.goto("/");
    const mine = page.locator("section[aria-labelledby='my-actions']");
    await expect(mine.getByTestId("follow-up").filter({ hasText: heading }).first()).toContainText("Due soon");
    await page.screenshot({ path: `${E2E_DIR}/follow-ups-overview.png`, fullPage: false });

    await page.goto("/actions");
    await page.screenshot({ path: `${E2E_DIR}/follow-ups-my-actions.png`, fullPage: true });
    const open = page.getByTestId("follow-up").filter({ hasText: heading }).first();
    const count = await page.getByTestId("follow-up").filter({ hasText: heading }).count();
    await open.getByRole("button", { name: "Mark done" }).click();
    await expect(page.getByTestId("follow-up").filter({ hasText: heading })).toHaveCount(count - 1);

    // Without JavaScript the filter is a plain form: done ones are one choice away.
    await page.getByLabel("Status").selectOption("done");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/status=done/);
    await expect(page.getByTestId("follow-up").filter({ hasText: heading }).first()).toContainText("Done on");
  });
});
