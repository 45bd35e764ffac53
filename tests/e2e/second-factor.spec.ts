// An officer sets up an authenticator app from the security page (the test computes the codes from
// the secret the page shows, as the app would), keeps the recovery codes, and signs in again with
// a code and then with a recovery code; a replayed code and a used recovery code are refused.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { stateFor } from "../support/e2e-state";
import { totpCodeNow } from "../support/test-users";

const PASSWORD = "second-factor-password-1";

async function newOfficer(browser: Browser): Promise<{ email: string; oneTime: string }> {
  const admin = await browser.newContext({ storageState: stateFor("admin") });
  const page = await admin.newPage();
  const email = `two-factor-${Date.now()}@e2e.test`;
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Name").fill("Tess Two-Factor");
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Create account" }).click();
  const oneTime = (await page.getByTestId("one-time-password").textContent())!.trim();
  await admin.close();
  return { email, oneTime };
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.use({ storageState: { cookies: [], origins: [] } });

test("an officer sets up an authenticator app, then signs in with a code and with a recovery code", async ({ browser, page }, testInfo) => {
  test.setTimeout(90_000);
  const { email, oneTime } = await newOfficer(browser);
  await signInWithPassword(page, email, oneTime);
  await page.getByRole("textbox", { name: /^Current password/ }).fill(oneTime);
  await page.getByRole("textbox", { name: /^New password \*?$/ }).fill(PASSWORD);
  await page.getByRole("textbox", { name: /^New password again/ }).fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/account\/password-changed$/);

  // Set-up: the QR code and the key to type by hand; a code from the key turns it on.
  await page.goto("/account/security");
  await expect(page.getByTestId("second-factor-status")).toHaveText(/The second factor is off/);
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.screenshot({ path: testInfo.outputPath("security-set-up-en.png"), fullPage: true });
  const confirmForm = page.getByRole("form", { name: "Confirm and turn on" });
  await confirmForm.getByLabel("Authentication code").fill("000000" === (await totpCodeNow(secret)) ? "111111" : "000000");
  await confirmForm.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(page.getByText("That code is not right.")).toBeVisible();
  const setUpCode = await totpCodeNow(secret);
  await confirmForm.getByLabel("Authentication code").fill(setUpCode);
  await confirmForm.getByRole("button", { name: "Confirm and turn on" }).click();

  // The ten recovery codes, shown once.
  const shown = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(shown).toHaveCount(10);
  const codes = (await shown.allTextContents()).map((code) => code.trim());
  await expect(page.getByRole("link", { name: "Download as .txt" })).toHaveAttribute("download", "sccp-tracker-recovery-codes.txt");
  await expect(page.getByTestId("second-factor-status")).toHaveText(/The second factor is on since/);
  await page.getByRole("button", { name: "I have kept them" }).click();
  await expect(page.getByTestId("recovery-codes")).toHaveCount(0);
  await expect(page.getByTestId("recovery-codes-left")).toHaveText("10 recovery codes left.");

  // Signing in again: the password, then the code step. The code typed at the set-up is refused.
  const second = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const again = await second.newPage();
  await signInWithPassword(again, email, PASSWORD);
  await expect(again.getByLabel("Authentication code")).toBeVisible();
  await expect(again.getByLabel("Password")).toHaveCount(0);
  await again.getByLabel("Authentication code").fill(setUpCode);
  await again.getByRole("button", { name: "Verify" }).click();
  await expect(again.getByText("That code is wrong or was already used.")).toBeVisible();
  // The next step's code, as a phone a moment later shows it.
  await again.getByLabel("Authentication code").fill(await totpCodeNow(secret, 1));
  await again.getByRole("button", { name: "Verify" }).click();
  await expect(again.getByRole("heading", { name: "Overview" })).toBeVisible();
  await second.close();

  // With a recovery code instead: it works once.
  for (const expected of ["in", "refused"] as const) {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const officer = await context.newPage();
    await signInWithPassword(officer, email, PASSWORD);
    await officer.getByRole("button", { name: "Use a recovery code instead" }).click();
    await officer.getByLabel("Recovery code").fill(codes[3]!);
    await officer.getByRole("button", { name: "Verify" }).click();
    if (expected === "in") {
      await expect(officer.getByRole("heading", { name: "Overview" })).toBeVisible();
      await officer.goto("/account/security");
      await expect(officer.getByTestId("recovery-codes-left")).toHaveText("9 recovery codes left.");
      await officer.screenshot({ path: testInfo.outputPath("security-on-en.png"), fullPage: true });
      await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-TW", url: testInfo.project.use.baseURL! }]);
      await officer.reload();
      await expect(officer.getByTestId("recovery-codes-left")).toHaveText("尚餘 9 組復原碼。");
      await officer.screenshot({ path: testInfo.outputPath("security-on-zh-TW.png"), fullPage: true });
    } else {
      await expect(officer.getByText("That code is wrong or was already used.")).toBeVisible();
    }
    await context.close();
  }
});
