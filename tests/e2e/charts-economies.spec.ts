// The economies' and the meeting's charts as an officer meets them: on the economies page, the
// co-sponsorships given and received agree with the table beside them and download as SVG and PNG;
// an economy's page draws its activity by year with its numbers; the SCCP1 brief shows its items by
// status and still prints on A4. Counts read here are ones no other end-to-end test changes.
import { expect, test, type Locator } from "@playwright/test";
import { E2E_DIR } from "../support/e2e-dir";

/** A chart table's row for a category: its cells' text after the row heading. */
async function rowOf(figure: Locator, label: string) {
  return figure
    .locator("table tbody tr")
    .filter({ has: figure.page().getByRole("rowheader", { name: label, exact: true }) })
    .locator("td")
    .allInnerTexts();
}

test.describe("the economies' charts", () => {
  test("the economies page draws co-sponsorships given and received beside the table, which agree", async ({ page }) => {
    await page.goto("/economies");
    await expect(page.getByTestId("economies-table").locator("tbody tr")).toHaveCount(21);
    const figure = page.locator("figure[data-chart=co-sponsorships]");
    await expect(figure.getByRole("heading", { name: "Co-sponsorships given and received" })).toBeVisible();
    await expect(figure.getByRole("img", { name: /Co-sponsorships given and received/ })).toBeVisible();
    await expect(figure.locator("table tbody tr")).toHaveCount(21);
    // Given is what the table's "Co-sponsors" column counts, economy by economy, in APEC's order.
    const tableCounts = await page.getByTestId("economies-table").locator("tbody tr td:last-child").allInnerTexts();
    const given = await figure.locator("table tbody tr td:nth-of-type(1)").allInnerTexts();
    expect(given).toEqual(tableCounts);
    // The United States backs five of the 2024 projects and draws three backers to its own.
    expect(await rowOf(figure, "United States")).toEqual(["5", "3", "8"]);
    expect(await rowOf(figure, "Chile")).toEqual(["4", "0", "4"]);
    await expect(page.locator("#co-sponsorships").getByRole("link", { name: "Open in the Charts view" })).toHaveAttribute("href", "/charts#co-sponsorships");

    const backing = page.locator("figure[data-chart=backing]");
    await expect(backing.getByRole("heading", { name: "Who backs whose items" })).toBeVisible();
    await expect(backing).toContainText("Chile backing Peru");
    await page.screenshot({ path: `${E2E_DIR}/charts-economies.png`, fullPage: true });

    for (const [format, type] of [
      ["svg", "image/svg+xml"],
      ["png", "image/png"],
    ] as const) {
      const href = (await figure.getByRole("link", { name: `Download ${format.toUpperCase()}` }).getAttribute("href"))!;
      expect(href).toBe(`/charts/co-sponsorships.${format}`);
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain(type);
    }
  });

  test("an economy's page draws its activity by year, with its numbers and its own download", async ({ page }) => {
    await page.goto("/economies/US");
    const figure = page.locator("figure[data-chart=economy-activity]");
    await expect(figure.getByRole("heading", { name: "United States: activity by year" })).toBeVisible();
    await expect(figure.getByRole("img", { name: /United States: activity by year/ })).toBeVisible();
    expect(await rowOf(figure, "2024")).toEqual(["1", "5", "6"]);
    const png = (await figure.getByRole("link", { name: "Download PNG" }).getAttribute("href"))!;
    expect(png).toBe("/charts/economy-activity.png?economy=US");
    const response = await page.request.get(png);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/png");
    // An economy that takes no part has its empty counts, not an empty chart.
    await page.goto("/economies/CT");
    await expect(page.locator("figure[data-chart=economy-activity]")).toHaveCount(0);
  });

  test("the SCCP1 brief charts its 17 items by status and prints the chart within A4", async ({ page }) => {
    await page.goto("/meetings");
    await page.getByRole("link", { name: "SCCP1 2024" }).click();
    await page.getByRole("link", { name: "Brief for the delegation" }).click();
    const figure = page.locator("figure[data-chart=meeting-status]");
    await expect(figure.getByRole("heading", { name: "Items reported at SCCP1 2024, by status" })).toBeVisible();
    await expect(figure.locator("figcaption")).toContainText("17 items reported at the meeting");
    const total = await figure.locator("table tfoot td").last().innerText();
    expect(total).toBe(String(await page.getByTestId("brief-item").count()));
    const svg = (await figure.getByRole("link", { name: "Download SVG" }).getAttribute("href"))!;
    expect(svg).toMatch(/^\/charts\/meeting-status\.svg\?meeting=\d+$/);
    expect((await page.request.get(svg)).status()).toBe(200);

    await page.emulateMedia({ media: "print" });
    await expect(figure.getByRole("link", { name: "Download SVG" })).toBeHidden();
    // A4's width less the print margins (about 180 mm at 96 dpi): the drawing never runs off the page.
    await page.setViewportSize({ width: 680, height: 1000 });
    const box = (await figure.locator("svg").boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(680);
    const pdf = await page.pdf({ format: "A4", printBackground: true, path: `${E2E_DIR}/brief-with-chart.pdf` });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
