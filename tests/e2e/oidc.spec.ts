// Single sign-on end to end (issue 17, part 1): Chromium signs in through a real OpenID provider
// (oidc-provider on loopback, configured here) to a production server of this spec's own, built
// like the shared one and started with the provider's settings. Covered: sign-in with the groups'
// role and linking by verified email; an unknown email refused, then created once OIDC_AUTO_CREATE
// is on; an unverified email and a deactivated account refused; a wrong audience, an expired ID
// token and a tampered state refused; LOCAL_SIGN_IN=false leaving passwords to the break-glass
// administrator, who still needs a code. One server serves every test but the last, which restarts
// it with OIDC_AUTO_CREATE=true.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { readDb } from "../support/e2e-db";
import { E2E_DIR } from "../support/e2e-dir";
import { startTestIdp, type IdpAccount, type TestIdp } from "../support/oidc-provider";
import { ensureBuild, freePort, freshDatabase, startServer, type ProductionServer } from "../support/production-server";
import { TEST_USERS, totpCodeNow } from "../support/test-users";

const DIR = `${E2E_DIR}/oidc`;
const AUTH_SECRET = randomBytes(32).toString("base64url");
const SSO_BUTTON = "Sign in with Customs SSO";

const ACCOUNTS: IdpAccount[] = [
  // The seeded viewer, whom the provider's groups make an editor.
  { login: "vera", email: TEST_USERS.viewer.email, emailVerified: true, name: "Vera at the provider", groups: ["staff", "sccp-editors"] },
  { login: "erin", email: TEST_USERS.editor2.email, emailVerified: true, name: "Erin at the provider", groups: ["sccp-editors"] },
  { login: "unverified", email: TEST_USERS.reader.email, emailVerified: false, name: "Not verified" },
  { login: "retired", email: "retired@e2e.test", emailVerified: true, name: "Retired officer" },
  { login: "newcomer", email: "newcomer@customs.example", emailVerified: true, name: "New Comer", groups: ["sccp-editors"] },
];

test.describe.configure({ mode: "serial" });

let idp: TestIdp;
let app: ProductionServer;
let database: string;
let serverEnv: Record<string, string>;

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  database = freshDatabase(DIR);
  // A deactivated account, as an administrator would have left it.
  const db = new Database(database);
  db.prepare("INSERT INTO User (email, name, role, passwordHash, active, updatedAt) VALUES (?, ?, 'EDITOR', 'none', 0, CURRENT_TIMESTAMP)").run(
    "retired@e2e.test",
    "Retired officer",
  );
  db.close();
  ensureBuild();
  const appPort = await freePort(Number(process.env.E2E_PORT ?? 3100) + 70);
  const idpPort = await freePort(appPort + 1);
  const appUrl = `http://127.0.0.1:${appPort}`;
  idp = await startTestIdp({ port: idpPort, redirectUri: `${appUrl}/api/auth/callback/oidc`, accounts: ACCOUNTS });
  serverEnv = {
    NEXTAUTH_URL: appUrl,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_NAME: "Customs SSO",
    OIDC_ROLE_CLAIM: "groups",
    OIDC_ROLE_MAP: "sccp-admins=ADMIN,sccp-editors=EDITOR",
    OIDC_AUTO_CREATE: "false",
    LOCAL_SIGN_IN: "false",
    BREAK_GLASS_EMAIL: TEST_USERS.admin.email,
  };
  app = await startServer({ port: appPort, dbFile: database, logFile: `${DIR}/server.log`, authSecret: AUTH_SECRET, env: serverEnv });
});

test.afterAll(async () => {
  await app?.kill();
  await idp?.close();
});

const userRow = (email: string) =>
  readDb(
    (db) => db.prepare("SELECT id, role, active FROM User WHERE email = ?").get(email) as { id: number; role: string; active: number } | undefined,
    database,
  );
const identities = (userId: number) =>
  readDb((db) => db.prepare("SELECT issuer, subject FROM OidcIdentity WHERE userId = ?").all(userId) as { issuer: string; subject: string }[], database);
const auditActions = (userId: number) =>
  readDb(
    (db) =>
      (db.prepare("SELECT action FROM AuditEvent WHERE entityType = 'User' AND entityId = ? ORDER BY id").all(String(userId)) as { action: string }[]).map(
        (row) => row.action,
      ),
    database,
  );

async function freshPage(browser: Browser, locale = "en-GB"): Promise<Page> {
  const context = await browser.newContext({ baseURL: app.url, storageState: { cookies: [], origins: [] }, locale });
  return context.newPage();
}

/** From the app's sign-in page through the provider's (development) sign-in and consent, back to the app. */
async function signInAtProvider(page: Page, login: string, button = SSO_BUTTON, atProvider?: () => Promise<void>) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.waitForURL((url) => url.origin === idp.issuer);
  await atProvider?.();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.origin === app.url);
}

async function expectSignedOut(page: Page) {
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
}

test("signs in through the provider, links the seeded viewer by verified email, and gives the groups' role", async ({ browser }) => {
  const page = await freshPage(browser);
  try {
    await page.goto("/sign-in");
    // Passwords are off: only the provider's button, and the break-glass administrator's way in.
    await expect(page.getByRole("button", { name: SSO_BUTTON, exact: true })).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveCount(0);

    await signInAtProvider(page, "vera");
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    const vera = userRow(TEST_USERS.viewer.email)!;
    expect(vera.role).toBe("EDITOR");
    expect(identities(vera.id)).toEqual([{ issuer: idp.issuer, subject: "vera" }]);
    expect(auditActions(vera.id)).toEqual(["user.sso-link", "user.role"]);
    expect((await (await page.request.get("/api/auth/session")).json()).user).toMatchObject({ id: vera.id });
  } finally {
    await page.context().close();
  }
});

test("an unknown email is refused while OIDC_AUTO_CREATE is off, in the reader's language; an unverified one too", async ({ browser }) => {
  const page = await freshPage(browser, "zh-TW");
  try {
    await signInAtProvider(page, "newcomer", "使用 Customs SSO 登入");
    await expect(page).toHaveURL(/\/sign-in\?error=OidcNoAccount/);
    await expect(page.getByText("您的電子郵件地址沒有 SCCP Tracker 帳號")).toBeVisible();
    await expectSignedOut(page);
    expect(userRow("newcomer@customs.example")).toBeUndefined();
  } finally {
    await page.context().close();
  }
  const english = await freshPage(browser);
  try {
    await signInAtProvider(english, "unverified");
    await expect(english.getByText("Your identity provider did not confirm your email address")).toBeVisible();
    await expectSignedOut(english);
    expect(identities(userRow(TEST_USERS.reader.email)!.id)).toEqual([]);
  } finally {
    await english.context().close();
  }
});

test("a deactivated account stays locked out", async ({ browser }) => {
  const page = await freshPage(browser);
  try {
    await signInAtProvider(page, "retired");
    await expect(page.getByText("Your SCCP Tracker account is deactivated.")).toBeVisible();
    await expectSignedOut(page);
    expect(identities(userRow("retired@e2e.test")!.id)).toEqual([]);
  } finally {
    await page.context().close();
  }
});

test("an ID token for another audience, an expired one, and a tampered state are all refused", async ({ browser }) => {
  const refusedWith = async (prepare: (page: Page) => Promise<(() => Promise<void>) | void>, logged: RegExp) => {
    const page = await freshPage(browser);
    try {
      const logBefore = readFileSync(app.logFile, "utf8").length;
      const atProvider = await prepare(page);
      await signInAtProvider(page, "erin", SSO_BUTTON, atProvider ?? undefined);
      await expect(page).toHaveURL(/\/sign-in\?(.*&)?error=OAuthCallback(&|$)/);
      await expect(page.getByText("The identity provider's answer could not be verified")).toBeVisible();
      await expectSignedOut(page);
      // Refused for the reason the test arranged, as openid-client names it in the server's log.
      expect(readFileSync(app.logFile, "utf8").slice(logBefore)).toMatch(logged);
    } finally {
      await page.context().close();
    }
  };
  await refusedWith(async () => void idp.tamper("wrong-audience"), /aud mismatch/);
  await refusedWith(async () => void idp.tamper("expired"), /JWT expired/);
  // A forged callback: while the officer is at the provider, the browser's state cookie is swapped
  // for that of another sign-in under way (an attacker's), so the provider's answer carries a state
  // this browser never asked for. (The provider's redirect back cannot be rewritten in flight:
  // Playwright does not route requests that are redirects.)
  await refusedWith(async (page) => {
    const attacker = await freshPage(browser);
    await attacker.goto("/sign-in");
    await attacker.getByRole("button", { name: SSO_BUTTON, exact: true }).click();
    await attacker.waitForURL((url) => url.origin === idp.issuer);
    const otherState = (await attacker.context().cookies(app.url)).find((cookie) => cookie.name.endsWith("next-auth.state"));
    await attacker.context().close();
    expect(otherState, "next-auth keeps the state in a cookie").toBeDefined();
    return async () => {
      const own = (await page.context().cookies(app.url)).find((cookie) => cookie.name === otherState!.name);
      expect(own?.value).not.toBe(otherState!.value);
      await page.context().addCookies([otherState!]);
    };
  }, /state mismatch/);
  const erin = userRow(TEST_USERS.editor2.email)!;
  expect(identities(erin.id)).toEqual([]);
});

test("with LOCAL_SIGN_IN=false only the break-glass administrator signs in with a password, and still needs a code", async ({ browser }) => {
  const page = await freshPage(browser);
  try {
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Emergency sign-in with a password (administrators)" }).click();
    await expect(page.getByText("Only the emergency (break-glass) administrator signs in here")).toBeVisible();

    await page.getByLabel("Email").fill(TEST_USERS.editor.email);
    await page.getByLabel("Password").fill(TEST_USERS.editor.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Password sign-in is turned off. Sign in with single sign-on instead.")).toBeVisible();
    await expectSignedOut(page);

    await page.getByLabel("Email").fill(TEST_USERS.admin.email);
    await page.getByLabel("Password").fill(TEST_USERS.admin.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByLabel("Authentication code").fill(await totpCodeNow(TEST_USERS.admin.totpSecret!));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  } finally {
    await page.context().close();
  }
});

test("with OIDC_AUTO_CREATE=true a first sign-in creates the account with the groups' role", async ({ browser }) => {
  await app.kill();
  app = await startServer({
    port: Number(new URL(app.url).port),
    dbFile: database,
    logFile: `${DIR}/server.log`,
    authSecret: AUTH_SECRET,
    env: { ...serverEnv, OIDC_AUTO_CREATE: "true" },
  });
  const page = await freshPage(browser);
  try {
    await signInAtProvider(page, "newcomer");
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    const created = userRow("newcomer@customs.example")!;
    expect(created).toMatchObject({ role: "EDITOR", active: 1 });
    expect(identities(created.id)).toEqual([{ issuer: idp.issuer, subject: "newcomer" }]);
    expect(auditActions(created.id)).toEqual(["user.create"]);
  } finally {
    await page.context().close();
  }
});
