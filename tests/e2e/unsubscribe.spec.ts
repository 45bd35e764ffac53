// An officer unsubscribes from a digest by the link in the email, without signing in: one click
// does it, the page says so in the officer's language, and "subscribe again" undoes it. A link
// that was tampered with changes nothing.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { E2E_DB_FILE, readDb, scalar } from "../support/e2e-db";
import { E2E_AUTH_SECRET } from "../support/e2e-dir";

// The database as playwright.config.ts hands it to the server, and the file that URL names (for
// an absolute E2E_DIR, under the checkout: "file:.//tmp/x" is ./tmp/x).
const DATABASE_URL = `file:./${E2E_DB_FILE}`;
const DB_FILE = path.resolve(DATABASE_URL.slice("file:".length));

const OFFICERS = [
  { email: "dora.digest@e2e.test", name: "Dora Digest", locale: "en" },
  { email: "lin.digest@e2e.test", name: "林文德", locale: "zh-TW" },
];

// A Monday morning long before the run: the accounts made for it are the only ones due, as every
// other account of the run was made today.
const NOW = "2020-01-06T08:30:00Z";

/**
 * The scheduler's digest step, run as the app would run it, on the app's database: two officers
 * who follow the United States' items, a colleague's change to one of them the day before, and
 * their digests composed into the outbox.
 */
const COMPOSE = `
const { db } = await import("./lib/db/index.ts");
const { composeDueDigests } = await import("./lib/digests/run.ts");
const { msg } = await import("./lib/i18n/message.ts");
for (const officer of JSON.parse(process.env.OFFICERS)) {
  await db.user.create({ data: { ...officer, passwordHash: "not-for-signing-in", economyCode: "US", createdAt: new Date("2019-12-01T00:00:00Z") } });
}
const item = await db.item.findFirstOrThrow({ where: { proposerCode: "US", archivedAt: null }, orderBy: { id: "asc" } });
const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@e2e.test" } });
await db.auditEvent.create({ data: { at: new Date("2020-01-05T10:00:00Z"), userId: admin.id, action: "item.update", entityType: "Item", entityId: String(item.id), itemId: item.id, summary: msg("audit.itemUpdated", { fields: "status" }) } });
console.log(JSON.stringify(await composeDueDigests(new Date(process.env.NOW))));
await db.$disconnect();
`;

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  const run = spawnSync(process.execPath, ["--import", "tsx", "--import", "./scripts/lib/outside-next.mjs", "--input-type=module", "-e", COMPOSE], {
    encoding: "utf8",
    // The server's secret, which signs the unsubscribe links it will be asked to check.
    env: { ...process.env, DATABASE_URL, APP_TIME_ZONE: "UTC", AUTH_SECRET: E2E_AUTH_SECRET, NOW, OFFICERS: JSON.stringify(OFFICERS) },
  });
  if (run.status !== 0) throw new Error(`Composing the digests failed: ${run.stderr}`);
  expect(JSON.parse(run.stdout.trim().split("\n").at(-1)!)).toMatchObject({ composed: 2 });
});

/** The unsubscribe link in the text of the officer's digest, as a path on the app under test. */
function linkInDigest(email: string): string {
  const text = readDb(
    (db) => (db.prepare("SELECT text FROM OutboxMessage WHERE toAddress = ? AND kind = 'digest'").get(email) as { text: string }).text,
    DB_FILE,
  );
  const link = /(https?:\/\/\S+\/unsubscribe\?\S+)/.exec(text)?.[1];
  if (!link) throw new Error(`No unsubscribe link in the digest to ${email}.`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

const frequencyOf = (email: string) =>
  readDb((db) => (db.prepare("SELECT digestFrequency FROM User WHERE email = ?").get(email) as { digestFrequency: string }).digestFrequency, DB_FILE);

/** A browser that has never signed in. */
async function signedOut(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

test("an officer unsubscribes in one click from the email's link, and can subscribe again", async ({ browser }) => {
  const [dora] = OFFICERS;
  const { context, page } = await signedOut(browser);
  await page.goto(linkInDigest(dora!.email));
  await expect(page).toHaveURL(/\/unsubscribe\?/);
  await expect(page.getByRole("main").getByRole("status")).toContainText(`You are unsubscribed: ${dora!.email} will receive no more digest emails.`);
  expect(frequencyOf(dora!.email)).toBe("OFF");
  expect(
    scalar(
      "SELECT count(*) FROM AuditEvent WHERE action = 'digest.unsubscribe' AND entityId = (SELECT CAST(id AS TEXT) FROM User WHERE email = ?)",
      [dora!.email],
      DB_FILE,
    ),
  ).toBe(1);

  await page.getByRole("button", { name: "Subscribe again" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`You are subscribed again: the weekly digest comes to ${dora!.email}.`);
  expect(frequencyOf(dora!.email)).toBe("WEEKLY");
  await expect(page.getByRole("button", { name: "Subscribe again" })).toHaveCount(0);
  await context.close();
});

test("the page speaks the officer's language", async ({ browser }) => {
  const [, lin] = OFFICERS;
  const { context, page } = await signedOut(browser);
  await page.goto(linkInDigest(lin!.email));
  await expect(page.getByRole("main").getByRole("status")).toContainText(`已取消訂閱：${lin!.email} 將不再收到摘要郵件。`);
  await expect(page.getByRole("button", { name: "重新訂閱" })).toBeVisible();
  expect(frequencyOf(lin!.email)).toBe("OFF");
  await context.close();
});

test("a link that was changed is refused and changes nothing", async ({ browser }) => {
  const [dora] = OFFICERS;
  const link = linkInDigest(dora!.email);
  const signature = /[?&]s=([^&]+)/.exec(link)![1]!;
  const tampered = link.replace(`s=${signature}`, `s=${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`);
  const { context, page } = await signedOut(browser);
  await page.goto(tampered);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This unsubscribe link does not work");
  await expect(page.getByRole("button", { name: "Subscribe again" })).toHaveCount(0);
  expect(frequencyOf(dora!.email)).toBe("WEEKLY");
  await context.close();
});
