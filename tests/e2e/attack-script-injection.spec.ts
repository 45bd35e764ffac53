// Script typed into every text field of the item, milestone, meeting and meeting-report forms,
// as an editor would type it: every page that shows it back shows it as text. No dialog opens, no
// injected element appears, and the characters are there, literally.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { itemIdByTitle } from "../support/e2e-db";
import { stateFor } from "../support/e2e-state";
import { recordFigures } from "../support/proof-figures";

test.use({ storageState: stateFor("editor") });

// An item and an economy no other end-to-end test reads, so its new title disturbs none of them.
const ITEM = "Survey on Container Security Measures";
const PROPOSER = "AU";

// None of these contains %, _, * or \, which the SQL-ish search test counts in titles meanwhile.
const LONG = [
  (n: number) => `<script id="xss-${n}">window.pwned=${n};alert(${n})</script> #${n}`,
  (n: number) => `<img id="xss-${n}" src="x" onerror="window.pwned=${n};alert(${n})"> #${n}`,
  (n: number) => `"><svg id="xss-${n}" onload="window.pwned=${n};alert(${n})"> #${n}`,
  (n: number) => `</textarea></title><b id="xss-${n}" onmouseover="alert(${n})">bold</b> #${n}`,
  (n: number) => `javascript:alert(${n}) <a id="xss-${n}" href="javascript:alert(${n})">link</a> #${n}`,
  (n: number) => `{{constructor.constructor('alert(${n})')()}} <iframe id="xss-${n}" srcdoc="x"></iframe> #${n}`,
];
const payload = (n: number) => LONG[n % LONG.length]!(n);
/** For fields of at most 60 characters. */
const short = (n: number) => `<img id=xss-${n} src=x onerror=alert(${n})> #${n}`;

const dialogs: string[] = [];

/** A form field by its label, whether or not the label marks it required (" *"). */
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label.replace(/[()]/g, "\\$&")}( \\*)?$`));

async function expectInert(page: Page, texts: string[]) {
  // Shown as text somewhere on the page: a chart's <title> may hold the same text first, unseen.
  for (const text of texts) await expect(page.getByText(text, { exact: false }).filter({ visible: true }).first(), text).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.locator('[id^="xss-"]').count(), "no element injected").toBe(0);
  expect(dialogs, "no dialog opened").toEqual([]);
}

test("script in every text field of the item, milestone and meeting forms is shown as text, everywhere", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const id = itemIdByTitle(ITEM);

  // The item: fields that must pass validation get script; three that cannot come back with errors.
  const item = { "English title": payload(1), "Chinese title": payload(2), "Project overseer": payload(3), Summary: payload(4), Notes: payload(5) };
  const refused = { "APEC project number": payload(6), "APEC funding (USD)": payload(7), "Co-funding (USD)": payload(8) };
  await page.goto(`/items/${id}/edit`);
  for (const [label, value] of Object.entries({ ...item, ...refused })) await field(page, label).fill(value);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("An APEC project number reads like")).toBeVisible();
  for (const [label, value] of Object.entries({ ...item, ...refused })) await expect(field(page, label), label).toHaveValue(value);
  await expectInert(page, []);
  for (const label of Object.keys(refused)) await field(page, label).fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(item["English title"]);
  await expectInert(page, Object.values(item));

  // A milestone: a bad due date is quoted back in its message.
  const addMilestone = page.locator("details", { has: page.locator("summary", { hasText: "Add a milestone" }) });
  await addMilestone.locator("summary").click();
  const milestone = { Title: payload(10), "Chinese title": payload(11), Note: payload(14) };
  for (const [label, value] of Object.entries(milestone)) await field(addMilestone, label).fill(value);
  await field(addMilestone, "Due").fill("<b id=xss-12>1</b>");
  await addMilestone.locator("form").getByRole("button", { name: "Add a milestone" }).click();
  await expect(addMilestone.getByText('"<b id=xss-12>1</b>" is not a due date')).toBeVisible();
  await expectInert(page, []);
  await field(addMilestone, "Due").fill("");
  await field(addMilestone, "Or an anchor").fill(short(13));
  await addMilestone.locator("form").getByRole("button", { name: "Add a milestone" }).click();
  await expect(page.getByTestId("milestone").filter({ hasText: payload(10) })).toBeVisible();
  await expectInert(page, [...Object.values(milestone), short(13)]);

  // A meeting, then the item reported at it.
  const meeting = {
    Name: payload(20),
    "Chinese name": payload(21),
    "Short name": short(22),
    Place: payload(23),
    Format: short(24),
    Chair: payload(26),
    Notes: payload(27),
  };
  await page.goto("/meetings/new");
  for (const [label, value] of Object.entries(meeting)) await field(page, label).fill(value);
  await field(page, "First day").fill("2024-09-02");
  await field(page, "Last day").fill("2024-09-03");
  await field(page, "Participants").fill(short(25));
  await page.getByRole("button", { name: "Create meeting" }).click();
  await expect(page.getByText("Participants is a whole number.")).toBeVisible();
  await expect(field(page, "Participants")).toHaveValue(short(25));
  await expectInert(page, []);
  await field(page, "Participants").fill("");
  await page.getByRole("button", { name: "Create meeting" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(payload(20));
  const meetingPath = new URL(page.url()).pathname;
  const report = page.getByRole("form", { name: "Add an item reported at this meeting" });
  await field(report, "Item").selectOption(String(id));
  await field(report, "Agenda item").fill(payload(30));
  await field(report, "What was reported").fill(payload(31));
  await report.getByRole("button", { name: "Add to this meeting" }).click();
  await expect(page.getByText(payload(31))).toBeVisible();
  // The short name is not on the meeting's own page once the form's answer has gone: the list shows it.
  const onMeetingPage = Object.values(meeting).filter((text) => text !== meeting["Short name"]);
  await expectInert(page, [...onMeetingPage, payload(30), payload(31), item["English title"]]);

  // Everywhere it is shown back.
  const everywhere: [string, string[]][] = [
    [`/items/${id}`, [...Object.values(item), payload(10), payload(14), short(13)]],
    [`/items/${id}/history`, [item["English title"], item.Notes]],
    [`/items?proposer=${PROPOSER}`, [item["English title"]]],
    [`/economies/${PROPOSER}`, [item["English title"]]],
    ["/meetings", [payload(20), meeting["Short name"]]],
    [meetingPath, [payload(20), payload(30), payload(31)]],
    [`${meetingPath}/brief`, [item["English title"], payload(31)]],
  ];
  for (const [path, texts] of everywhere) {
    await page.goto(path);
    await expectInert(page, texts);
  }
  const admin = await browser.newContext({ storageState: stateFor("admin") });
  const audit = await admin.newPage();
  audit.on("dialog", (dialog) => void dialogs.push(dialog.message()));
  await audit.goto("/admin/audit");
  await expectInert(audit, [item["English title"]]);
  await admin.close();

  // Files and feeds carry the text as text, never as a page a browser would run.
  const csv = await request.get(`/items/export?proposer=${PROPOSER}`);
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(csv.headers()["x-content-type-options"]).toBe("nosniff");
  expect(await csv.text()).toContain(item["English title"].replace(/"/g, '""'));
  const fields = Object.keys({ ...item, ...refused }).length + Object.keys(milestone).length + 2 + Object.keys(meeting).length + 1 + 2;
  recordFigures("attack-script", { fields, pages: everywhere.length + 1, dialogs: dialogs.length });
});
