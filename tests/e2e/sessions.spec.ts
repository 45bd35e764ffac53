// Where an officer is signed in, and how it ends: from another of their browsers, from an
// administrator's list, or by signing out, after which a copy of the old cookie opens nothing.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { stateFor } from "../support/e2e-state";

const PASSWORD = "sessions-own-password-1";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

test.use({ storageState: { cookies: [], origins: [] } });

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * A fresh officer of their own, so that ending sessions here touches no other test's account;
 * returns the browser they first signed in with (and chose their password in), still signed in.
 */
async function newOfficer(browser: Browser, name: string): Promise<{ email: string; first: SignedIn }> {
  const admin = await browser.newContext({ storageState: stateFor("admin") });
  const page = await admin.newPage();
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@e2e.test`;
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Create account" }).click();
  const oneTime = (await page.getByTestId("one-time-password").textContent())!.trim();
  await admin.close();
  // The first sign-in asks for a password of the officer's own.
  const first = await browser.newContext();
  const firstPage = await first.newPage();
  await signIn(firstPage, email, oneTime);
  await firstPage.getByRole("textbox", { name: /^Current password/ }).fill(oneTime);
  await firstPage.getByRole("textbox", { name: /^New password \*?$/ }).fill(PASSWORD);
  await firstPage.getByRole("textbox", { name: /^New password again/ }).fill(PASSWORD);
  await firstPage.getByRole("button", { name: "Change password" }).click();
  await expect(firstPage).toHaveURL(/\/account\/password-changed$/);
  return { email, first: { context: first, page: firstPage } };
}

interface SignedIn {
  context: BrowserContext;
  page: Page;
}

async function signedInBrowser(browser: Browser, email: string, userAgent?: string): Promise<SignedIn> {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  return { context, page };
}

async function isSignedOut(page: Page): Promise<boolean> {
  await page.goto("/items");
  return /\/sign-in/.test(page.url());
}

test("an officer sees where they are signed in and signs the other browsers out", async ({ browser }) => {
  test.setTimeout(90_000);
  const { email, first: office } = await newOfficer(browser, "Sam Sessions");
  const laptop = await signedInBrowser(browser, email, FIREFOX);
  const phone = await signedInBrowser(browser, email);

  await office.page.goto("/account/security");
  const list = office.page.getByRole("list", { name: "Your sessions" });
  await expect(list.getByTestId("session-row")).toHaveCount(3);
  await expect(list.getByTestId("session-row").first()).toContainText("This browser");
  await expect(list.getByTestId("session-row").first()).toContainText("Signed in with password");

  await office.page.getByRole("form", { name: "Sign out Firefox on Linux" }).getByRole("button", { name: "Sign out" }).click();
  await expect(list.getByTestId("session-row")).toHaveCount(2);
  expect(await isSignedOut(laptop.page)).toBe(true);
  expect(await isSignedOut(phone.page)).toBe(false);

  office.page.once("dialog", (dialog) => void dialog.accept());
  await office.page.getByRole("button", { name: "Sign out the other session" }).click();
  await expect(list.getByTestId("session-row")).toHaveCount(1);
  await expect(office.page.getByText("You are signed in nowhere else.")).toBeVisible();
  expect(await isSignedOut(phone.page)).toBe(true);
  expect(await isSignedOut(office.page)).toBe(false);
  for (const one of [office, laptop, phone]) await one.context.close();
});

test("an administrator ends every session of an account", async ({ browser }) => {
  test.setTimeout(90_000);
  const { email, first: desk } = await newOfficer(browser, "Lee Lostlaptop");
  const laptop = await signedInBrowser(browser, email);

  const admin = await browser.newContext({ storageState: stateFor("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  const row = page.getByTestId("user-row").filter({ hasText: email });
  await expect(row).toContainText("signed in on 2 browsers");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "End its 2 sessions" }).click();
  await expect(row).toContainText("not signed in now");
  await admin.close();

  expect(await isSignedOut(desk.page)).toBe(true);
  expect(await isSignedOut(laptop.page)).toBe(true);
  await desk.context.close();
  await laptop.context.close();
});

test("signing out ends the session for good: a copy of its cookie opens nothing", async ({ browser }) => {
  test.setTimeout(60_000);
  const {
    first: { context, page },
  } = await newOfficer(browser, "Cory Copied");
  await page.goto("/");
  const copied = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"))!;
  await page.getByTestId("signed-in-user").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const replay = await browser.newContext();
  await replay.addCookies([copied]);
  const replayed = await replay.newPage();
  expect(await isSignedOut(replayed)).toBe(true);
  await replay.close();
  await context.close();
});
