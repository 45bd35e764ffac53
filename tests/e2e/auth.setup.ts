import { expect, test as setup } from "@playwright/test";
import { stateFor } from "../support/e2e-state";
import { TEST_USERS, totpCodeNow } from "../support/test-users";

// Signs in once per role through the real sign-in page and saves the session for the tests; the
// administrator, who must have a second factor, types the code computed from the enrolled secret.
for (const [role, user] of Object.entries(TEST_USERS) as [keyof typeof TEST_USERS, (typeof TEST_USERS)[keyof typeof TEST_USERS]][]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    if (user.totpSecret) {
      await page.getByLabel("Authentication code").fill(await totpCodeNow(user.totpSecret));
      await page.getByRole("button", { name: "Verify" }).click();
    }
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    await page.context().storageState({ path: stateFor(role) });
  });
}
