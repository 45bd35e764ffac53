import { expect, test } from "@playwright/test";

test.describe("every response", () => {
  test("carries the security headers, and pages run under the content security policy without violations", async ({ page, request }) => {
    for (const path of ["/", "/items", "/items/export?proposer=PE", "/api/health", "/api/v1/items", "/api/v1/openapi.json", "/sign-in"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["strict-transport-security"], path).toContain("max-age=");
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    await page.goto("/items?proposer=PE");
    await page.getByRole("link", { name: "Women Empowerment in Customs Frontline Work: Policy Report and Management Indicators" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });
});
