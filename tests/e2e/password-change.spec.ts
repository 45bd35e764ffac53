// An officer changes a password in the browser: the first, forced change and a later one. Each
// time this browser stays signed in, every other session ends, and the page after the change names
// the calendar address and API tokens that ended with the old password.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { stateFor } from "../support/e2e-state";

const FIRST = "first-own-password-1";
const SECOND = "second-own-password-2";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function changePassword(page: Page, current: string, next: string) {
  await page.getByRole("textbox", { name: /^Current password/ }).fill(current);
  await page.getByRole("textbox", { name: /^New password \*?$/ }).fill(next);
  await page.getByRole("textbox", { name: /^New password again/ }).fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
}

async function newOfficer(browser: Browser): Promise<{ email: string; oneTime: string }> {
  const admin = await browser.newContext({ storageState: stateFor("admin") });
  const page = await admin.newPage();
  const email = `officer-${Date.now()}@e2e.test`;
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Name").fill("Pat Password");
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Create account" }).click();
  const oneTime = (await page.getByTestId("one-time-password").textContent())!.trim();
  await admin.close();
  return { email, oneTime };
}

test.use({ storageState: { cookies: [], origins: [] } });

test("after changing a password the officer keeps working here, and is told which tokens to make again", async ({ browser, page, request }) => {
  test.setTimeout(90_000);
  const { email, oneTime } = await newOfficer(browser);

  // The forced first change: no second sign-in.
  await signIn(page, email, oneTime);
  await expect(page).toHaveURL(/\/account\/password$/);
  await changePassword(page, oneTime, FIRST);
  await expect(page).toHaveURL(/\/account\/password-changed$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your password is changed" })).toBeVisible();
  await expect(page.getByText("You had no calendar address and no API token")).toBeVisible();
  await page.getByRole("link", { name: "Continue to the overview" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();

  // A calendar address and an API token, made under the first password, and a second browser.
  await page.goto("/account/calendar");
  await page.getByRole("button", { name: "Create my calendar address" }).click();
  const feed = await page.getByTestId("calendar-address").inputValue();
  await page.goto("/account/api-tokens");
  await page.getByLabel("What the token is for").fill("Nightly report");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("one-time-password").textContent())!.trim();
  const bearer = { headers: { authorization: `Bearer ${token}` } };
  expect((await request.get("/api/v1/items", bearer)).status()).toBe(200);
  expect((await request.get(new URL(feed).pathname)).status()).toBe(200);
  const elsewhere = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const other = await elsewhere.newPage();
  await signIn(other, email, FIRST);
  await expect(other.getByRole("heading", { name: "Overview" })).toBeVisible();

  // The second change, from the account menu's page.
  await page.goto("/account/password");
  await changePassword(page, FIRST, SECOND);
  await expect(page).toHaveURL(/\/account\/password-changed$/);
  await expect(page.getByText("Your calendar address stopped working.")).toBeVisible();
  await expect(page.getByTestId("ended-api-token")).toHaveText(["Nightly report"]);
  expect((await request.get("/api/v1/items", bearer)).status()).toBe(401);
  expect((await request.get(new URL(feed).pathname)).status()).toBe(404);

  // This browser works on; the other one was signed out.
  await page.goto("/items");
  await expect(page).toHaveURL(/\/items$/);
  await other.goto("/items");
  await expect(other).toHaveURL(/\/sign-in/);
  await elsewhere.close();
});
