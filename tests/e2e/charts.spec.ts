// The Charts view of the work plan: an officer filters it, reads each chart's figure and table,
// downloads the charts as files, and reaches it from the table's tabs with the filter kept.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { stateFor } from "../support/e2e-state";

test.use({ storageState: stateFor("editor") });

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test("an officer opens Peru's charts, reads them and downloads them as PNG and SVG", async ({ page }) => {
  await page.goto("/charts?proposer=PE");
  await expect(page.getByRole("heading", { level: 1, name: "Charts" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Views of the work plan" }).getByRole("link", { name: "Charts" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("row-count")).toHaveText("7 items · Proposed by Peru");

  const figures = page.locator("figure[data-chart]");
  await expect(figures).toHaveCount(4);
  await expect(figures.evaluateAll((all) => all.map((figure) => figure.getAttribute("data-chart")))).resolves.toEqual([
    "status-by-year",
    "milestones-by-month",
    "co-sponsorships",
    "backing",
  ]);
  const byYear = page.locator("figure[data-chart=status-by-year]");
  await expect(byYear.getByRole("heading", { name: "Work plan by year, kind and status" })).toBeVisible();
  await expect(byYear.locator("figcaption")).toContainText("7 items of the work plan");
  await expect(byYear.locator("svg")).toBeVisible();
  // Peru's 2024 items, in words as well as drawn: 2 initiatives, 3 APEC-funded, 2 self-funded.
  const table = byYear.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table).toContainText("APEC-funded");
  for (const name of ["milestones-by-month", "co-sponsorships", "backing"])
    await expect(page.locator(`figure[data-chart=${name}]`).getByRole("table")).toBeVisible();

  const [png] = await Promise.all([page.waitForEvent("download"), byYear.getByRole("link", { name: "Download PNG" }).click()]);
  expect(png.suggestedFilename()).toMatch(/^sccp-status-by-year-\d{4}-\d{2}-\d{2}\.png$/);
  const pngBytes = await readFile((await png.path())!);
  expect([...pngBytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(pngBytes.length).toBeGreaterThan(5_000);

  const [svg] = await Promise.all([page.waitForEvent("download"), byYear.getByRole("link", { name: "Download SVG" }).click()]);
  expect(svg.suggestedFilename()).toMatch(/^sccp-status-by-year-\d{4}-\d{2}-\d{2}\.svg$/);
  const svgText = await readFile((await svg.path())!, "utf8");
  expect(svgText).toMatch(/^(<\?xml [^>]*>\s*)?<svg[\s>]/);
  expect(svgText).toContain("<title");
  expect(svgText).toContain("Work plan by year, kind and status");
  // The file is the filtered chart on the screen, not the whole plan's.
  expect(svgText).toContain("7 items of the work plan");
});

test("an officer follows the Charts tab from the filtered table, and a link opens one chart", async ({ page }) => {
  await page.goto("/items?proposer=PE");
  await page.getByRole("navigation", { name: "Views of the work plan" }).getByRole("link", { name: "Charts" }).click();
  await expect(page).toHaveURL(/\/charts\?proposer=PE$/);
  await expect(page.getByTestId("row-count")).toHaveText("7 items · Proposed by Peru");

  await page.goto("/charts?proposer=PE#backing");
  await expect(page.locator("#backing figure[data-chart=backing]")).toBeInViewport();
});

test("a link with a filter the view cannot read says which", async ({ page }) => {
  await page.goto("/charts?proposer=ZZ");
  await expect(page.getByText("This link's filter could not be read")).toBeVisible();
  await expect(page.locator("figure[data-chart]")).toHaveCount(0);
});
