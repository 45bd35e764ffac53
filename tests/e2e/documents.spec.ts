// The documents journey: an editor uploads a PDF to an item by the plain form (no JavaScript) and
// by drag and drop, downloads it and gets the very bytes back (by hash), replaces it with a new
// version and finds both; a viewer reads and downloads but is offered no form.
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { stateFor } from "../support/e2e-state";

const ITEM = "Smart Customs Best Practice Handbook";

/** A small valid PDF, different each time, so a hash tells the files apart. */
function pdf(label: string): Buffer {
  const body = `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% ${label} ${randomBytes(8).toString("hex")}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function openItem(page: Page): Promise<string> {
  await page.goto(`/items?q=${encodeURIComponent(ITEM)}`);
  await page.getByRole("link", { name: ITEM, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ITEM);
  return new URL(page.url()).pathname;
}

const section = (page: Page) => page.getByRole("region", { name: "Documents", exact: true });
const documentRow = (page: Page, title: string) => section(page).getByTestId("document").filter({ hasText: title });

async function downloaded(download: Promise<Download>): Promise<Buffer> {
  return readFile((await (await download).path())!);
}

async function fillDetails(form: Locator, fields: { title: string; kind: string; language: string; apecNumber?: string }) {
  await form.getByLabel("Title").fill(fields.title);
  await form.getByLabel("Kind").selectOption({ label: fields.kind });
  await form.getByLabel("Language").selectOption(fields.language);
  if (fields.apecNumber) await form.getByLabel("APEC document number").fill(fields.apecNumber);
}

test.describe.serial("documents on an item", () => {
  const plain = pdf("plain form");
  const dropped = pdf("dropped");
  const second = pdf("second version");

  test("an editor uploads a PDF with the plain form, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateFor("editor"), javaScriptEnabled: false });
    const page = await context.newPage();
    const path = await openItem(page);
    const form = section(page).getByRole("form", { name: "Add a document" });
    await fillDetails(form, { title: "Concept note (plain form)", kind: "Concept note", language: "en", apecNumber: "2024/SOM1/SCCP/005" });
    await form.getByLabel("File").setInputFiles({ name: "concept note.pdf", mimeType: "application/pdf", buffer: plain });
    await form.getByRole("button", { name: "Upload" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}\\?document=uploaded#documents$`));
    await expect(section(page).getByTestId("document-notice")).toHaveText("The document was uploaded.");
    const row = documentRow(page, "Concept note (plain form)");
    await expect(row).toContainText("Concept note · English · 2024/SOM1/SCCP/005");
    await expect(row.getByTestId("current-version")).toContainText(/Version 1 · concept note\.pdf · 0\.\d kB/);
    await expect(row.getByTestId("current-version")).toContainText("by Eddie Editor");
    await context.close();
  });

  test("an editor drops a PDF on the form, and downloads the same bytes", async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateFor("editor") });
    const page = await context.newPage();
    await openItem(page);
    const form = section(page).getByRole("form", { name: "Add a document" });
    await fillDetails(form, { title: "Survey (dropped)", kind: "Survey", language: "zh-TW" });
    const zone = form.getByTestId("drop-zone");
    await expect(zone).toContainText("drop it here or choose it");
    const dataTransfer = await page.evaluateHandle((base64) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], "survey.pdf", { type: "application/pdf" }));
      return transfer;
    }, dropped.toString("base64"));
    await zone.dispatchEvent("dragover", { dataTransfer });
    await zone.dispatchEvent("drop", { dataTransfer });
    await expect(zone).toContainText("Chosen: survey.pdf");
    await form.getByRole("button", { name: "Upload" }).click();
    await expect(form.getByRole("status")).not.toBeEmpty();
    const row = documentRow(page, "Survey (dropped)");
    await expect(row).toBeVisible();
    await expect(row.getByTestId("current-version")).toContainText("Version 1 · survey.pdf");

    const bytes = await downloaded(
      Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: "Download “Survey (dropped)”" }).click()]).then(([d]) => d),
    );
    expect(sha256(bytes)).toBe(sha256(dropped));
    const first = await downloaded(
      Promise.all([
        page.waitForEvent("download"),
        documentRow(page, "Concept note (plain form)")
          .getByRole("link", { name: /^Download/ })
          .click(),
      ]).then(([d]) => d),
    );
    expect(sha256(first)).toBe(sha256(plain));
    await context.close();
  });

  test("an editor replaces a document with a new version, and both versions stay downloadable", async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateFor("editor") });
    const page = await context.newPage();
    await openItem(page);
    const row = documentRow(page, "Concept note (plain form)");
    await row.getByText("Replace, edit or archive").click();
    const form = row.getByRole("form", { name: "New version of “Concept note (plain form)”" });
    await form.getByLabel(/^File/).setInputFiles({ name: "concept note v2.pdf", mimeType: "application/pdf", buffer: second });
    await form.getByRole("button", { name: "Upload the new version" }).click();
    await expect(row.getByTestId("current-version")).toContainText("Version 2 · concept note v2.pdf");
    await row.getByText("1 earlier version").click();
    await expect(row.getByTestId("earlier-versions")).toContainText("Version 1 · concept note.pdf");

    const latest = await downloaded(
      Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: "Download “Concept note (plain form)”" }).click()]).then(([d]) => d),
    );
    expect(sha256(latest)).toBe(sha256(second));
    const earlier = await downloaded(
      Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: "Download version 1 of “Concept note (plain form)”" }).click()]).then(
        ([d]) => d,
      ),
    );
    expect(sha256(earlier)).toBe(sha256(plain));

    await page.goto(`/documents?q=${encodeURIComponent("2024/som1/sccp")}`);
    await expect(page.getByTestId("found-document")).toHaveCount(1);
    await expect(page.getByTestId("found-document")).toContainText("Version 2 · concept note v2.pdf");
    await expect(page.getByTestId("found-document").getByRole("link", { name: ITEM })).toBeVisible();
    await context.close();
  });

  test("a viewer sees the documents, downloads them and finds them in the meeting's brief, with no upload form", async ({ page }) => {
    await openItem(page);
    const row = documentRow(page, "Survey (dropped)");
    await expect(row).toBeVisible();
    await expect(section(page).getByRole("form")).toHaveCount(0);
    await expect(section(page).getByText("Replace, edit or archive")).toHaveCount(0);
    const bytes = await downloaded(Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: /^Download/ }).click()]).then(([d]) => d));
    expect(sha256(bytes)).toBe(sha256(dropped));

    await page.getByRole("region", { name: "Reported at meetings" }).getByRole("link").first().click();
    await page.getByRole("link", { name: "Brief for the delegation" }).click();
    const brief = page.getByTestId("brief-documents");
    await expect(brief.getByRole("heading", { name: ITEM })).toBeVisible();
    await expect(brief).toContainText("Survey (dropped)");
    await expect(brief).toContainText("Concept note · 2024/SOM1/SCCP/005 · English");
  });
});
