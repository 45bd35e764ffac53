import { expect, test } from "@playwright/test";
import { E2E_ENGLISH_ONLY_ITEM } from "../support/e2e-fixtures";
import { stateFor } from "../support/e2e-state";

test.describe("a browser that asks for Chinese", () => {
  test.use({ storageState: { cookies: [], origins: [] }, locale: "zh-TW" });

  test("gets the sign-in page in Traditional Chinese, and can switch it to English", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant-TW");
    await expect(page.getByRole("heading", { name: "登入" })).toBeVisible();
    await expect(page.getByLabel("電子郵件")).toBeVisible();
    await page.getByTestId("language-switch").click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("gets the wrong-password message in Chinese", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("電子郵件").fill("reader@e2e.test");
    await page.getByLabel("密碼").fill("not-the-password");
    await page.getByRole("button", { name: "登入" }).click();
    await expect(page.getByText("電子郵件或密碼錯誤。")).toBeVisible();
  });
});

test.describe("an officer who switches to Chinese", () => {
  test.use({ storageState: stateFor("reader") });
  test.describe.configure({ mode: "serial" });

  test("reads the work plan in Chinese, with month-only dates as the report writes them, and keeps the choice", async ({ page, context }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    await page.getByTestId("language-switch").click();
    await expect(page.getByRole("heading", { name: "總覽" })).toBeVisible();
    const preliminary = page.locator("section[aria-labelledby='overdue']").getByTestId("agenda-milestone").filter({ hasText: "初步報告" });
    await expect(preliminary).toContainText("2024年4月");
    await expect(preliminary).toContainText("逾期");

    await page.goto("/items?proposer=PE");
    await expect(page.getByTestId("row-count")).toHaveText(/^工作計畫共 7 個項目 · 由秘魯提案/);
    await page.getByRole("link", { name: "海關前線工作女性賦權：政策報告及管理指標" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("海關前線工作女性賦權：政策報告及管理指標");
    await expect(page.getByText("Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators")).toBeVisible();
    await expect(page.getByRole("list", { name: "連署經濟體" }).getByRole("link")).toHaveText(["澳大利亞", "智利", "紐西蘭", "美國"]);

    // The choice is the user's setting: it holds without the cookie, on any device.
    await context.clearCookies({ name: "NEXT_LOCALE" });
    await page.goto("/economies/HK");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("香港");
  });

  test("sees an item without a Chinese title in English, marked as such", async ({ page }) => {
    await page.goto("/items?proposer=MY");
    const link = page.getByRole("link", { name: E2E_ENGLISH_ONLY_ITEM });
    await expect(link).toBeVisible();
    await expect(page.getByText("尚無中文名稱，以英文顯示")).toBeVisible();
  });

  test("switches back to English", async ({ page }) => {
    await page.goto("/");
    await page.getByTestId("language-switch").click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  });
});
