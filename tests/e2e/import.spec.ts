import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { stateFor } from "../support/e2e-state";

test.use({ storageState: stateFor("editor") });

// Only a milestone's note changes, on an item no other spec reads, so the counts and pages the
// other specs check stay as seeded.
const ITEM = "Enhancing Smart Customs Supervision and Services to Promote Free Trade Port / Free Zone Development";

test("an editor imports an edited export: sees the dry run, applies it, and finds it in the history", async ({ page }) => {
  await page.goto("/items");
  await page.getByRole("link", { name: "Import from a file" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import from a file");

  const exported = await page.request.get("/items/export?proposer=CN&layout=milestones");
  expect(exported.ok()).toBe(true);
  const [header, ...rows] = Papa.parse<string[]>((await exported.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const column = (name: string) => header!.indexOf(name);
  const survey = rows.find((row) => row[column("Milestone (English)")] === "Survey")!;
  const note = `Report circulated to members (${Date.now()})`;
  survey[column("Note")] = note;
  const file = { name: "china-milestones.csv", mimeType: "text/csv", buffer: Buffer.from(Papa.unparse([header!, ...rows], { newline: "\r\n" })) };

  await page.getByLabel("File to import").setInputFiles(file);
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Checked:" })).toHaveText(
    /^Checked: 0 new, 1 changed, \d+ unchanged\. Nothing is saved until you apply\.$/,
  );
  const change = page.getByTestId("import-report").locator("tr[data-outcome=update]");
  await expect(change).toHaveCount(1);
  await expect(change).toContainText("Survey");
  await expect(change).toContainText("Note: ");
  await expect(change).toContainText(`→ ${note}`);

  await page.getByRole("button", { name: "Apply these changes" }).click();
  await expect(page.getByText("Imported: 0 new items, 0 items changed, 1 milestone added or changed.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply these changes" })).toHaveCount(0);

  await page.goto("/items");
  await page.getByRole("link", { name: ITEM }).click();
  await expect(page.getByTestId("milestone").filter({ hasText: "Survey" })).toContainText(note);
  await page.getByRole("link", { name: "History" }).click();
  const event = page.getByTestId("history-event").first();
  await expect(event).toContainText("Changed the milestone's Note by importing china-milestones.csv");
  await expect(event).toContainText("Eddie Editor");
});
