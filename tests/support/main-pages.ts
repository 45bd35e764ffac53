// The pages the accessibility checks visit, in both languages. `:item` and `:meeting` stand for a
// seeded item and meeting with content (tests/e2e/accessibility.spec.ts fills them in).
import type { Page } from "@playwright/test";

export interface MainPage {
  path: string;
  /** Who looks at it: administrators see every control there is. */
  as: "admin" | "anonymous";
  /** A state to put the page in before checking it (a form opened, a form with errors). */
  prepare?: (page: Page) => Promise<void>;
  /** Names the state when `prepare` is given. */
  state?: string;
}

export const MAIN_PAGES: MainPage[] = [
  { path: "/sign-in", as: "anonymous" },
  { path: "/", as: "admin" },
  { path: "/items", as: "admin" },
  { path: "/items?proposer=PE", as: "admin" },
  { path: "/items?q=%25", as: "admin" },
  { path: "/items/:item", as: "admin" },
  {
    path: "/items/:item",
    as: "admin",
    state: "with the add-a-milestone form open",
    prepare: async (page) => {
      await page.locator("details:has(form) > summary", { hasText: /^(Add a milestone|新增里程碑)$/ }).click();
    },
  },
  { path: "/items/:item/edit", as: "admin" },
  {
    path: "/items/:item/edit",
    as: "admin",
    state: "showing its errors",
    prepare: async (page) => {
      await page.locator("input[name=apecFundingUsd]").fill("a lot");
      await page.locator("input[name=titleEn]").fill("x");
      await page.locator("form button[type=submit]").last().click();
      await page.locator("[aria-invalid=true]").first().waitFor();
    },
  },
  { path: "/items/:item/history", as: "admin" },
  { path: "/items/new", as: "admin" },
  { path: "/economies", as: "admin" },
  { path: "/economies/PE", as: "admin" },
  { path: "/meetings", as: "admin" },
  { path: "/meetings/:meeting", as: "admin" },
  { path: "/meetings/:meeting/brief", as: "admin" },
  { path: "/meetings/:meeting/record", as: "admin" },
  { path: "/meetings/:meeting/report", as: "admin" },
  { path: "/meetings/:meeting/edit", as: "admin" },
  { path: "/meetings/new", as: "admin" },
  { path: "/account/password", as: "admin" },
  { path: "/account/calendar", as: "admin" },
  { path: "/account/api-tokens", as: "admin" },
  { path: "/account/security", as: "admin" },
  { path: "/admin/users", as: "admin" },
  { path: "/admin/audit", as: "admin" },
  { path: "/items/999999", as: "admin", state: "not found" },

  { path: "/items?group=proposer&sort=nextMilestone,-year", as: "admin", state: "grouped and sorted" },
  { path: "/items/matrix", as: "admin" },
  { path: "/items/import", as: "admin" },
  { path: "/timeline?when=2024", as: "admin" },
  { path: "/charts", as: "admin" },
  { path: "/charts?proposer=US&year=2024", as: "admin", state: "filtered" },
  { path: "/calendar?month=2024-02", as: "admin" },
  { path: "/documents", as: "admin" },
  { path: "/documents?q=SOM1", as: "admin", state: "searched" },
  { path: "/actions", as: "admin" },
  { path: "/actions?status=all&owner=all", as: "admin", state: "everyone's" },
  { path: "/items?position=CONSIDERING,none", as: "admin", state: "filtered by our position" },
  { path: "/items/matrix?positions=1", as: "admin", state: "with our positions" },
];
