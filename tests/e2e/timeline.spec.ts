// The timeline as a Gantt-style view (issue 16): zooms, today's line, the popover a keyboard opens,
// the item column that stays while the scale scrolls, labels never clipped, and the printed page.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { stateFor } from "../support/e2e-state";

/** A ten-year view holding both the seeded 2024 plan and today (as long as today is before 2034). */
const withToday = () => `/timeline?zoom=year&when=${Math.min(2024, new Date().getUTCFullYear() - 4)}`;

/** Every visible label's text: clipped when its box is narrower or shorter than its text. */
async function clippedLabels(page: Page) {
  return page
    .locator("[data-testid=timeline-label] p")
    .evaluateAll((labels) =>
      labels.filter((label) => label.scrollWidth > label.clientWidth || label.scrollHeight > label.clientHeight + 1).map((label) => label.textContent),
    );
}

test.describe("the timeline", () => {
  test("zooms by months, quarters and years, each link keeping the filters", async ({ page }) => {
    await page.goto("/timeline?when=2024&proposer=PE");
    const timeline = page.getByTestId("timeline");
    await expect(timeline).toHaveAttribute("data-zoom", "month");
    await expect(page.getByRole("heading", { level: 2, name: "2024" })).toBeVisible();
    await expect(page.locator("[data-testid=timeline-milestone][data-precision=MONTH]").first()).toBeVisible();

    const zoom = page.getByRole("navigation", { name: "Zoom" });
    await zoom.getByRole("link", { name: "Quarters" }).click();
    await expect(page).toHaveURL(/zoom=quarter/);
    await expect(page).toHaveURL(/proposer=PE/);
    await expect(timeline).toHaveAttribute("data-zoom", "quarter");
    await expect(page.getByRole("heading", { level: 2, name: "2024–2026" })).toBeVisible();
    await expect(zoom.getByRole("link", { name: "Quarters" })).toHaveAttribute("aria-current", "page");

    await zoom.getByRole("link", { name: "Years" }).click();
    await expect(timeline).toHaveAttribute("data-zoom", "year");
    await expect(page.getByRole("heading", { level: 2, name: "2024–2033" })).toBeVisible();
    await page.getByRole("link", { name: "Previous 10 years" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "2014–2023" })).toBeVisible();
    await expect(page).toHaveURL(/proposer=PE/);

    await page.goto("/timeline?zoom=week");
    await expect(page.getByText("This link's filter could not be read")).toBeVisible();
    await expect(page.getByText("Choose a zoom of month, quarter or year.")).toBeVisible();
  });

  test("marks today with a labelled line, and draws each item's bar", async ({ page }) => {
    await page.goto(withToday());
    await expect(page.getByRole("img", { name: /^Today, / })).toBeVisible();
    await expect(page.getByTestId("timeline-bar").first()).toBeVisible();
    await expect(page.getByTestId("timeline-legend")).toContainText("First to last milestone");
    await page.goto("/timeline?when=2024");
    await expect(page.getByTestId("timeline-today")).toHaveCount(0);
    // The year's meetings stand on a row of their own above the items, each a link naming it and its days.
    await expect(
      page
        .getByTestId("timeline-meetings")
        .getByRole("link", { name: /^Meeting: .*2024/ })
        .first(),
    ).toBeVisible();
  });

  test("opens a milestone's popover on keyboard focus, naming it, its due date and its state", async ({ page }) => {
    await page.goto("/timeline?zoom=year&when=2020");
    const milestone = page.locator("[data-testid=timeline-milestone][data-label=popover]").first();
    const popover = milestone.getByTestId("timeline-popover");
    await expect(popover).toBeHidden();
    const mark = milestone.getByTestId("timeline-mark");
    await expect(mark).toHaveAccessibleName(/, due .+: (Done|Overdue|Due soon|Upcoming|Cancelled)$/);
    await mark.focus();
    await expect(popover).toBeVisible();
    const title = await popover.locator("p").first().textContent();
    expect((await mark.getAttribute("aria-label"))!.startsWith(`${title}, due `)).toBe(true);
  });

  test("keeps the item column in place while the scale scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 800 });
    await page.goto("/timeline?when=2024");
    const item = page.getByTestId("timeline-item").first();
    const mark = page.getByTestId("timeline-mark").first();
    const [itemBefore, markBefore] = [await item.boundingBox(), await mark.boundingBox()];
    await page.getByTestId("timeline").evaluate((box) => (box.scrollLeft = 500));
    await expect.poll(async () => (await mark.boundingBox())!.x).toBeLessThan(markBefore!.x - 400);
    expect((await item.boundingBox())!.x).toBeCloseTo(itemBefore!.x, 0);
  });

  test("shows labels whole at every zoom, in English and in Chinese", async ({ page, browser }) => {
    const chinese = await browser.newContext({ storageState: stateFor("viewer"), locale: "zh-TW" });
    const zh = await chinese.newPage();
    for (const view of ["/timeline?when=2024", "/timeline?zoom=quarter&when=2023", "/timeline?zoom=year&when=2020"]) {
      for (const reader of [page, zh]) {
        await reader.goto(view);
        await expect(reader.getByTestId("timeline-milestone").first()).toBeVisible();
        expect(await reader.locator("[data-testid=timeline-label]").count(), view).toBeGreaterThan(0);
        expect(await clippedLabels(reader), view).toEqual([]);
      }
    }
    await chinese.close();
  });

  test("prints on A4 landscape pages with its colours", async ({ page }) => {
    await page.goto("/timeline?when=2024");
    await page.emulateMedia({ media: "print" });
    const printed = await page.getByTestId("timeline").evaluate((timeline) => ({
      page: getComputedStyle(timeline.closest(".timeline-print")!).getPropertyValue("page"),
      overflow: getComputedStyle(timeline).overflowX,
      colours: getComputedStyle(timeline.querySelector("[data-testid=timeline-mark]")!).getPropertyValue("print-color-adjust"),
    }));
    expect(printed).toEqual({ page: "timeline", overflow: "visible", colours: "exact" });
    await expect(page.getByRole("navigation", { name: "Zoom" })).toBeHidden();
  });

  test("has no serious or critical accessibility violation at any zoom, in either language", async ({ page, browser }) => {
    const chinese = await browser.newContext({ storageState: stateFor("viewer"), locale: "zh-TW" });
    const zh = await chinese.newPage();
    for (const view of ["/timeline?when=2024", "/timeline?zoom=quarter&when=2023", withToday()]) {
      for (const reader of [page, zh]) {
        await reader.goto(view);
        const { violations } = await new AxeBuilder({ page: reader }).analyze();
        expect(
          violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id),
          view,
        ).toEqual([]);
      }
    }
    await chinese.close();
  });
});
