// Guessing passwords is slowed down without letting anyone lock an account: someone typing wrong
// passwords for the administrator's account makes the guesser wait, not the administrator, whose
// browser signed in before; the administrator sees the wait and lifts it. And a link cannot put
// numbers of its own in the sign-in page's message.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { stateFor } from "../support/e2e-state";
import { TEST_USERS } from "../support/test-users";

const admin = TEST_USERS.admin;
const THROTTLED = "Too many failed sign-ins. Wait a moment, then try again.";

/**
 * One sign-in as a script makes it, with no cookie of a browser that signed in before: next-auth's
 * error, or null once signed in. The administrator has a second factor: a right password alone is
 * answered with the code step, so signing in takes a recovery code too.
 */
async function tryPassword(baseURL: string, password: string, recoveryCode?: string): Promise<string | null> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: baseURL },
    body: new URLSearchParams({ csrfToken, email: admin.email, password, ...(recoveryCode ? { recoveryCode } : {}), json: "true" }),
    redirect: "manual",
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error");
}

/** The wait a refusal names, in seconds; 0 for a plain wrong password. */
function secondsToWait(error: string | null): number {
  const values = /^auth\.locked(Seconds)?\u241F(.*)$/.exec(error ?? "");
  if (!values) return 0;
  const { seconds, minutes } = JSON.parse(values[2]!) as { seconds?: number; minutes?: number };
  return seconds ?? minutes! * 60;
}

test.describe("the sign-in page's message", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("takes no number from a link", async ({ page }) => {
    for (const values of ['{"minutes":99999}', '{"minutes":"soon"}']) {
      await page.goto(`/sign-in?error=${encodeURIComponent(`auth.locked\u241F${values}`)}`);
      await expect(page.getByRole("status").filter({ hasText: THROTTLED })).toBeVisible();
      await expect(page.locator("main")).not.toContainText(/99[,.]?999|NaN|soon/);
    }
  });
});

test("someone guessing the administrator's password cannot keep the administrator out, who sees the wait and lifts it", async ({ baseURL, browser }) => {
  test.setTimeout(120_000);
  // Guess until a wrong password buys a wait of half a minute: 1 s, 2 s, 4 s… after the third.
  let wait = 0;
  for (let guesses = 0; guesses < 20 && wait < 30; guesses++) {
    wait = secondsToWait(await tryPassword(baseURL!, `not-the-password-${guesses}`));
    if (wait && wait < 30) await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 300));
  }
  expect(wait).toBeGreaterThanOrEqual(30);
  // The guesser now waits even with the right password…
  expect(secondsToWait(await tryPassword(baseURL!, admin.password))).toBeGreaterThan(0);

  // …but not the administrator's browser, which signed in before and kept its known-device cookie.
  const state = JSON.parse(readFileSync(stateFor("admin"), "utf8")) as { cookies: { name: string; httpOnly: boolean; path: string }[] };
  const device = state.cookies.filter((cookie) => cookie.name.endsWith("sccp.known-device"));
  expect(device).toMatchObject([{ httpOnly: true, path: "/api/auth/callback" }]);
  const context = await browser.newContext({ storageState: { cookies: device as never, origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(admin.recoveryCodes![0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();

  // The administrator sees the wait, and lifts it.
  await page.getByRole("link", { name: "Sign-in locks" }).click();
  const lock = page.getByTestId("sign-in-lock").filter({ hasText: admin.email });
  await expect(lock).toContainText("Account");
  await expect(lock).toContainText("Waits until");
  page.once("dialog", (dialog) => void dialog.accept());
  await page
    .getByRole("form", { name: `Clear the wait of ${admin.email}` })
    .getByRole("button", { name: "Clear" })
    .click();
  await expect(lock).toHaveCount(0);
  expect(await tryPassword(baseURL!, admin.password)).toBe("auth.codeNeeded\u241F");
  expect(await tryPassword(baseURL!, admin.password, admin.recoveryCodes![1])).toBeNull();

  await page.goto("/admin/audit?action=sign-in.clear");
  await expect(page.getByText(`Cleared the sign-in wait of account ${admin.email}`)).toBeVisible();
  await context.close();
});
