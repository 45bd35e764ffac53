// The administrators' outbox, on the server npm start runs without SMTP_URL: the banner says mail
// stays until SMTP is configured; pending, sent and failed messages with the server's answer; a
// failed one retried; and only administrators get in.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DB_FILE } from "../support/e2e-db";
import { stateFor } from "../support/e2e-state";

const ADDRESS = `outbox-${randomUUID().slice(0, 8)}@customs.test`;

/** Messages as the worker leaves them, written straight into the server's database. */
function putInOutbox(rows: { status: "PENDING" | "SENT" | "FAILED"; subject: string; attempts: number; lastResponse: string | null; minutesAgo: number }[]) {
  const db = new Database(E2E_DB_FILE, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const insert = db.prepare(
      `INSERT INTO "OutboxMessage" ("messageId", "dedupeKey", "kind", "toAddress", "subject", "text", "html", "headers", "status", "attempts", "nextAttemptAt", "lastResponse", "sentAt", "createdAt")
       VALUES (?, ?, 'digest', ?, ?, 'Digest', '<p>Digest</p>', '{}', ?, ?, ?, ?, ?, ?)`,
    );
    for (const row of rows) {
      const at = new Date(Date.now() - row.minutesAgo * 60_000).toISOString().replace("Z", "+00:00");
      const id = randomUUID();
      insert.run(`<${id}@e2e.test>`, `e2e:${id}`, ADDRESS, row.subject, row.status, row.attempts, at, row.lastResponse, row.status === "SENT" ? at : null, at);
    }
  } finally {
    db.close();
  }
}

test.describe("the outbox", () => {
  test.use({ storageState: stateFor("admin") });

  test("shows what waits, what went and what failed, and retries a failed message", async ({ page }) => {
    putInOutbox([
      { status: "SENT", subject: "Weekly digest (sent)", attempts: 1, lastResponse: "250 2.0.0 Ok: queued as 4F2A1", minutesAgo: 30 },
      {
        status: "FAILED",
        subject: "Weekly digest (refused)",
        attempts: 1,
        lastResponse: "550 5.1.1 <nobody@customs.test>: Recipient address rejected",
        minutesAgo: 20,
      },
    ]);
    await page.goto("/admin/outbox");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outbox");
    await expect(page.getByTestId("smtp-banner")).toContainText("messages stay here until SMTP is configured");

    const failed = page.getByTestId("outbox-message").filter({ hasText: "Weekly digest (refused)" });
    await expect(failed).toContainText("Failed");
    await expect(failed).toContainText("550 5.1.1 <nobody@customs.test>: Recipient address rejected");
    await expect(page.getByTestId("outbox-message").filter({ hasText: "Weekly digest (sent)" })).toContainText("250 2.0.0 Ok: queued as 4F2A1");

    await page.getByRole("link", { name: /^Failed \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/status=FAILED/);
    await expect(page.getByTestId("outbox-message").filter({ hasText: "Weekly digest (sent)" })).toHaveCount(0);

    await failed.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByTestId("outbox-message").filter({ hasText: "Weekly digest (refused)" })).toHaveCount(0);
    await page.getByRole("link", { name: /^Pending \(\d+\)$/ }).click();
    const retried = page.getByTestId("outbox-message").filter({ hasText: "Weekly digest (refused)" });
    await expect(retried).toHaveAttribute("data-status", "PENDING");
    await expect(retried.getByRole("cell").nth(3)).toHaveText("0");
  });

  test("reads in Traditional Chinese", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-TW", url: baseURL! }]);
    await page.goto("/admin/outbox");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("寄件匣");
    await expect(page.getByTestId("smtp-banner")).toContainText("尚未設定 SMTP");
  });
});

test("the outbox is for administrators only", async ({ browser }) => {
  const context = await browser.newContext({ storageState: stateFor("editor") });
  const page = await context.newPage();
  await page.goto("/admin/outbox");
  await expect(page).toHaveURL(/\/forbidden$/);
  await context.close();
});
