// What officers tripped over when they first tried the app (issue 11, point 6), and the notices
// around two officers saving the same record (point 4): each as the officer meets it.
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { stateFor } from "../support/e2e-state";

test.describe("the header", () => {
  test.use({ storageState: stateFor("admin") });

  test("names the signed-in officer and their role once each", async ({ page }) => {
    await page.goto("/");
    const user = page.getByTestId("signed-in-user");
    await expect(user).toHaveText(/^Ada Admin\s*· Administrator$/);
    const header = await page.getByRole("banner").innerText();
    expect(header.match(/Administrator/g)).toHaveLength(1);
  });
});

/** Every milestone label on the timeline: its whole text shows, and no word is broken over two lines. */
async function timelineLabels(page: Page) {
  return page.getByTestId("timeline-milestone").evaluateAll((rows) =>
    rows.map((row) => {
      const title = row.querySelector("p")!;
      const words: string[] = [];
      const text = title.firstChild!;
      const range = document.createRange();
      for (const match of (text.textContent ?? "").matchAll(/\S+/g)) {
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        // A word the browser broke (or hyphenated) over two lines has a box on each line.
        if (range.getClientRects().length > 1) words.push(match[0]);
      }
      const mark = row.querySelector("[data-testid=timeline-mark]")?.getBoundingClientRect();
      const box = title.getBoundingClientRect();
      return {
        text: title.textContent,
        clipped: title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1,
        brokenWords: words,
        overMark: mark ? box.left < mark.right - 1 && box.right > mark.left + 1 : false,
      };
    }),
  );
}

test.describe("the timeline", () => {
  test("shows every milestone label whole, beside its mark, in English and in Chinese", async ({ page, browser }) => {
    await page.goto("/timeline?when=2024");
    await expect(page.getByTestId("timeline-milestone").first()).toBeVisible();
    const labels = await timelineLabels(page);
    expect(labels.map((label) => label.text)).toContain("Second workshop");
    expect(labels.filter((label) => label.clipped || label.brokenWords.length || label.overMark)).toEqual([]);
    await expect(page.getByTestId("timeline-milestone").filter({ hasText: "Second workshop" }).getByText("Second workshop", { exact: true })).toBeVisible();

    const chinese = await browser.newContext({ storageState: stateFor("viewer"), locale: "zh-TW" });
    const zh = await chinese.newPage();
    await zh.goto("/timeline?when=2024");
    await expect(zh.getByTestId("timeline-milestone").first()).toBeVisible();
    const zhLabels = await timelineLabels(zh);
    expect(zhLabels.map((label) => label.text)).toContain("第 2 場研討會");
    expect(zhLabels.filter((label) => label.clipped || label.overMark)).toEqual([]);
    await chinese.close();
  });
});

/** What a closed select shows: its chosen option's text. */
const shown = (select: Locator) => select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.text);

test.describe("the work plan's month filter", () => {
  test("reads in the app's language when empty, and filters by the chosen month", async ({ page, browser }) => {
    await page.goto("/items");
    const filters = page.getByRole("form", { name: "Filter the work plan" });
    await expect(filters.locator("input[type=month], input[type=date]")).toHaveCount(0);
    const month = filters.getByRole("combobox", { name: "Month", exact: true });
    await expect(month).toHaveValue("");
    expect(await shown(month)).toBe("Any month");
    await month.selectOption({ label: "May 2024" });
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]due=2024-05(&|$)/);
    const chosen = page.getByRole("form", { name: "Filter the work plan" }).getByRole("combobox", { name: "Month", exact: true });
    await expect(chosen).toHaveValue("2024-05");
    expect(await shown(chosen)).toBe("May 2024");

    const chinese = await browser.newContext({ storageState: stateFor("viewer"), locale: "zh-TW" });
    const zh = await chinese.newPage();
    await zh.goto("/items?due=2024-05");
    const zhMonth = zh.locator("select[name=dueMonth]");
    await expect(zhMonth).toHaveValue("2024-05");
    expect(await shown(zhMonth)).toBe("2024年5月");
    await expect(zhMonth.locator("option").first()).toHaveText("不限月份");
    await chinese.close();
  });
});

test.describe("an item made in the app and one from the report", () => {
  test("the report's wording stays on a report item that has no milestone", async ({ page }) => {
    await page.goto("/items");
    await page.getByRole("link", { name: "Gender Mainstreaming in APEC Customs Survey" }).click();
    await expect(page.getByText("The report names no milestone for this item yet.")).toBeVisible();
  });
});

/** A meeting of this test's own, far from the seeded ones, so no other spec sees it change. */
async function newMeeting(page: Page, name: string) {
  await page.goto("/meetings/new");
  await page.getByLabel(/^Name( \*)?$/).fill(name);
  await page.getByLabel(/^First day( \*)?$/).fill("2031-03-10");
  await page.getByLabel(/^Last day( \*)?$/).fill("2031-03-11");
  await page.getByRole("button", { name: "Create meeting" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return new URL(page.url()).pathname;
}

/** Erin, in her own browser, saves one field of the meeting while Eddie has it open. */
async function erinSaves(browser: Browser, path: string, label: string, value: string) {
  const other = await browser.newContext({ storageState: stateFor("editor2") });
  const page = await other.newPage();
  await page.goto(`${path}/edit`);
  await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(value)).toBeVisible();
  await other.close();
}

test.describe("two editors save the same meeting", () => {
  test.use({ storageState: stateFor("editor") });

  test("its dates are typed in the app's format, with the day read back in words, in English and in Chinese", async ({ page, browser }) => {
    await page.goto("/meetings/new");
    const first = page.getByLabel(/^First day( \*)?$/);
    await expect(first).toHaveAttribute("type", "text");
    await expect(page.getByText("Year-month-day, e.g. 2024-06-30").first()).toBeVisible();
    await first.fill("2031-03-10");
    await expect(page.getByTestId("date-reading-startDate")).toHaveText("· That is 10 Mar 2031.");

    const chinese = await browser.newContext({ storageState: stateFor("editor"), locale: "zh-TW" });
    const zh = await chinese.newPage();
    await zh.goto("/meetings/new");
    await expect(zh.getByText("年-月-日，例如 2024-06-30").first()).toBeVisible();
    await zh.locator("input[name=startDate]").fill("2031-03-10");
    await expect(zh.getByTestId("date-reading-startDate")).toHaveText("· 即 2031年3月10日。");
    await chinese.close();
  });

  test("different fields: the second save goes through at once, with a calm word that both are kept", async ({ page, browser }) => {
    const path = await newMeeting(page, `Officer trips merge ${Date.now()}`);
    await page.goto(`${path}/edit`);
    await page.getByLabel("Chair", { exact: true }).fill("Chair typed by Eddie");
    await erinSaves(browser, path, "Place", "Place saved by Erin");

    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}\\?saved=merged$`));
    await expect(page.getByTestId("merged-notice")).toContainText("Saved, together with a colleague’s change");
    await expect(page.getByTestId("merged-notice")).toContainText("Both changes are kept");
    await expect(page.getByText("Chair typed by Eddie")).toBeVisible();
    await expect(page.getByText("Place saved by Erin")).toBeVisible();
  });

  test("the same field: the one conflict panel asks, and offers the saved meeting", async ({ page, browser }) => {
    const path = await newMeeting(page, `Officer trips conflict ${Date.now()}`);
    await page.goto(`${path}/edit`);
    await page.getByLabel("Place", { exact: true }).fill("Place typed by Eddie");
    await erinSaves(browser, path, "Place", "Place saved by Erin");

    await page.getByRole("button", { name: "Save changes" }).click();
    const conflict = page.getByTestId("conflict");
    await expect(conflict).toContainText("Someone saved this meeting while you were editing it.");
    await expect(page.getByTestId("conflict-place")).toContainText("Place saved by Erin");
    await conflict.getByRole("link", { name: "Cancel and see the saved meeting" }).click();
    await expect(page.getByText("Place saved by Erin")).toBeVisible();
  });
});
