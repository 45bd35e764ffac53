// An officer's main tasks with the keyboard alone: sign in, filter the work plan, open an item,
// edit a field and save. Every control the Tab key lands on on the way must show where focus is.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { recordFigures } from "../support/proof-figures";
import { TEST_USERS } from "../support/test-users";

test.use({ storageState: { cookies: [], origins: [] }, locale: "en" });

const stops: { element: string; visible: boolean }[] = [];

/** What makes focus visible on the focused element: an outline or a box-shadow ring. */
async function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
    const ring = style.boxShadow !== "none";
    const box = element.getBoundingClientRect();
    return {
      element: `${element.tagName.toLowerCase()}${element.getAttribute("name") ? `[name=${element.getAttribute("name")}]` : ""} "${(element.textContent ?? "").trim().slice(0, 40)}"`,
      visible: (outline || ring) && box.width > 0 && box.height > 0,
    };
  });
}

/** Presses Tab until `target` has focus, checking the focus indicator at every stop. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const indicator = await focusIndicator(page);
    if (indicator) {
      stops.push(indicator);
      expect(indicator.visible, `focus is visible on ${indicator.element}`).toBe(true);
    }
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test("an officer signs in, filters the work plan, opens an item and edits it with the keyboard only", async ({ page }) => {
  // A whole journey one key at a time, checking the focus ring at every stop: about 23 s on a quiet
  // two-core machine, too close to the default 30 s.
  test.slow();
  const user = TEST_USERS.editor2;
  await page.goto("/sign-in");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(user.email);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();

  // The first stop skips the header, and shows itself when focused.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())?.width).toBeGreaterThan(10);

  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Work plan" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Work plan", level: 1 })).toBeVisible();

  // The list of proposers opens with Enter; Space ticks Peru.
  const proposers = page.locator("details[data-filter=proposer]");
  await tabTo(page, proposers.locator("summary"));
  await page.keyboard.press("Enter");
  await tabTo(page, proposers.getByLabel("Peru", { exact: true }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Apply" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/items\?proposer=PE$/);
  await expect(page.getByTestId("row-count")).toHaveText(/^7 items in the work plan · Proposed by Peru/);

  // Into the table, then Down from row to row (the table's own keys) to the item.
  const title = "Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators";
  const target = page.getByRole("link", { name: title });
  await tabTo(page, page.locator("tbody tr[data-row] td a").first());
  for (let row = 0; row < 10 && !(await target.evaluate((element) => element === document.activeElement)); row++) {
    await page.keyboard.press("ArrowDown");
    const indicator = await focusIndicator(page);
    if (indicator) expect(indicator.visible, `focus is visible on ${indicator.element}`).toBe(true);
  }
  await expect(target).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await tabTo(page, page.getByRole("link", { name: "Edit", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Edit item" })).toBeVisible();
  await tabTo(page, page.getByLabel("Project overseer"));
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Overseer typed at the keyboard");
  await tabTo(page, page.getByRole("button", { name: "Save changes" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Overseer typed at the keyboard")).toBeVisible();

  recordFigures("keyboard", { tabStops: stops.length, visible: stops.filter((s) => s.visible).length });
});
