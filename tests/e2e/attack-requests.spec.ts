// The OWASP classics sent to the running production app: SQL-ish text in filters and search, path
// tricks in ids, oversized bodies and server-action posts forged from another origin. Each is
// answered literally or refused, never with a 500, and the database is unchanged where it must be.
import { createHash } from "node:crypto";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { MAX_BODY_BYTES } from "@/lib/request-guard";
import { itemIdByTitle, itemSnapshot, scalar } from "../support/e2e-db";
import { sessionOf, stateFor } from "../support/e2e-state";
import { editItem, getPage, hiddenFields, itemEditForm, type HttpSession } from "../support/http-forms";
import { recordFigures } from "../support/proof-figures";

/** A request sent exactly as written: no client tidies `..` or a stray `%` away first. */
function raw(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(baseURL);
    const req = httpRequest({ host: url.hostname, port: url.port, path, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const SQLISH = ["' OR 1=1 --", "%", "_", '" OR ""="', "1; DROP TABLE Item; --", "%' UNION SELECT passwordHash FROM User --", "\\", "*"];

/** Items whose titles or APEC number contain the text, literally and ignoring case, as the search promises. */
const literalMatches = (text: string) =>
  scalar(
    "SELECT count(*) FROM Item WHERE archivedAt IS NULL AND (instr(lower(titleEn), lower(@q)) > 0 OR instr(lower(coalesce(titleZh, '')), lower(@q)) > 0 OR instr(lower(coalesce(projectNumber, '')), lower(@q)) > 0)",
    [{ q: text }],
  );

let apiToken = "";

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: stateFor("viewer") });
  const page = await context.newPage();
  await page.goto("/account/api-tokens");
  await page.getByLabel("What the token is for").fill("attack suite");
  await page.getByRole("button", { name: "Create token" }).click();
  apiToken = (await page.getByTestId("one-time-password").textContent())!.trim();
  await context.close();
});

test("a personal token is stored only as its SHA-256 hash", () => {
  const hash = createHash("sha256").update(apiToken).digest("hex");
  expect(scalar("SELECT count(*) FROM AccessToken WHERE hash = ?", [hash])).toBe(1);
  expect(scalar("SELECT count(*) FROM AccessToken WHERE instr(hash, @t) > 0 OR instr(coalesce(label, ''), @t) > 0", [{ t: apiToken }])).toBe(0);
});

test.describe("SQL-ish strings in filters and search", () => {
  test("search finds exactly the items containing the text, taken literally, in the page and the API", async ({ page, request }) => {
    for (const q of SQLISH) {
      const expected = literalMatches(q);
      await page.goto(`/items?q=${encodeURIComponent(q)}`);
      await expect(page.getByTestId("row-count"), q).toHaveText(expected === 0 ? /^No item matches/ : new RegExp(`^${expected} items? in the work plan`));
      await expect(page.locator("table tbody tr[data-row]"), q).toHaveCount(expected);
      const api = await request.get(`/api/v1/items?q=${encodeURIComponent(q)}`, { headers: { authorization: `Bearer ${apiToken}` } });
      expect(api.status(), q).toBe(200);
      expect((await api.json()).total, q).toBe(expected);
    }
    expect(scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('Item', 'User')")).toBe(2);
    recordFigures("attack-search", { strings: SQLISH.length, routes: ["page", "API"] });
  });

  test("SQL-ish economy codes and audit filters get a clear message, not a result", async ({ page, request, browser }) => {
    for (const code of ["' OR 1=1 --", "%", "_", "PE' --"]) {
      const encoded = encodeURIComponent(code);
      await page.goto(`/items?proposer=${encoded}`);
      await expect(page.getByText("An economy code is two letters, such as PE for Peru.")).toBeVisible();
      await expect(page.locator("table")).toHaveCount(0);
      await page.goto(`/items?coSponsor=${encoded}`);
      await expect(page.getByText("An economy code is two letters, such as PE for Peru.")).toBeVisible();
      const api = await request.get(`/api/v1/items?proposer=${encoded}`, { headers: { authorization: `Bearer ${apiToken}` } });
      expect(api.status()).toBe(400);
      expect((await api.json()).message).toContain("An economy code is two letters");
      const csv = await request.get(`/items/export?proposer=${encoded}`);
      expect(csv.status()).toBe(400);
    }
    const admin = await browser.newContext({ storageState: stateFor("admin") });
    const audit = await admin.newPage();
    for (const query of ["user=1%20OR%201%3D1", "action=%27%20OR%201%3D1%20--", "from=2024-01-01%27--", "entity=Item%25"]) {
      const response = await audit.goto(`/admin/audit?${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(audit.getByTestId("audit-event"), query).toHaveCount(0);
      await expect(audit.getByRole("main").getByRole("alert"), query).toBeVisible();
    }
    await admin.close();
    recordFigures("attack-filters", { codes: 4, routes: ["proposer", "coSponsor", "API", "export"], auditFilters: 4 });
  });
});

test("path tricks in ids get 400 or 404, never a 500 or someone else's page", async ({ baseURL }) => {
  const session = sessionOf("editor", baseURL!);
  const paths = [
    "/items/../admin",
    "/items/..%2Fadmin",
    "/items/1%2F..",
    "/items/-1",
    "/items/0",
    "/items/1.5",
    "/items/0x1",
    "/items/1e3",
    "/items/99999999999999999999999",
    "/items/2147483648",
    "/items/%00",
    "/items/%",
    "/items/%zz",
    "/items/%E0%A4%A",
    "/items/-1/edit",
    "/items/99999999999999999999/history",
    "/meetings/-1",
    "/meetings/1%2F..%2F2/brief",
    "/meetings/%/brief",
    "/economies/..%2F..%2Fetc%2Fpasswd",
    "/economies/%",
    "/api/calendar/..%2F..",
    "/api/calendar/..%2F..%2Fetc%2Fpasswd",
    "/api/calendar/%",
    "/api/calendar/sccp_cal_%2E%2E.ics",
  ];
  const statuses = new Set<number>();
  for (const path of paths) {
    const { status } = await raw(baseURL!, path, { cookie: session.cookie });
    expect([400, 404], path).toContain(status);
    statuses.add(status);
  }
  for (const path of [
    "/api/v1/items/-1",
    "/api/v1/items/99999999999999999999",
    "/api/v1/items/..%2F..%2Fhealth",
    "/api/v1/items/%",
    "/api/v1/items/1%2F..%2F2",
  ]) {
    const { status, body } = await raw(baseURL!, path, { authorization: `Bearer ${apiToken}` });
    expect([400, 404], path).toContain(status);
    expect(() => JSON.parse(body), `${path} answers JSON`).not.toThrow();
    statuses.add(status);
  }
  recordFigures("attack-paths", { paths: paths.length + 5, statuses: [...statuses].sort() });
});

test.describe("writes the app must refuse", () => {
  let editor: HttpSession;
  let target: number;

  test.beforeAll(async ({ baseURL }) => {
    editor = sessionOf("editor", baseURL!);
    // An item no other end-to-end test reads: creating one would change the counts they check.
    target = itemIdByTitle("Trade and Post-Pandemic Recovery Handbook");
  });

  test("an oversized body is refused before it is read, whether its length is declared or not", async ({ baseURL }) => {
    const before = itemSnapshot(target);
    const huge = "x".repeat(MAX_BODY_BYTES + 1024);
    const declared = await editItem(editor, target, { notes: huge });
    expect(declared.status).toBe(413);

    // A chunked body declares no length: the app counts it.
    const page = await getPage(editor, `/items/${target}/edit`);
    const hidden = hiddenFields(page.html, "original");
    const form = new FormData();
    for (const [name, value] of [...hidden, ["titleEn", "chunked"], ["notes", huge]] as [string, string][]) form.append(name, value);
    const encoded = new Response(form);
    const chunked = await fetch(`${baseURL}/items/${target}/edit`, {
      method: "POST",
      headers: { cookie: editor.cookie, origin: baseURL!, "content-type": encoded.headers.get("content-type")! },
      body: encoded.body,
      duplex: "half",
      redirect: "manual",
    } as RequestInit);
    expect(chunked.status).toBe(413);

    const signIn = await fetch(`${baseURL}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: baseURL! },
      body: new URLSearchParams({ email: "editor@e2e.test", password: huge }),
    });
    expect(signIn.status).toBe(413);
    expect(itemSnapshot(target)).toEqual(before);
    recordFigures("attack-bodies", { bodies: 3, bytes: huge.length, statuses: [declared.status, chunked.status, signIn.status] });
  });

  test("a server-action post forged on another origin is refused, and the same post from the app goes through", async ({ baseURL }) => {
    const before = itemSnapshot(target);
    const origins = ["http://evil.example", "null", `${baseURL}.evil.example`, "https://127.0.0.1"];
    for (const origin of origins) {
      const forged = await editItem(editor, target, { notes: `forged from ${origin}` }, origin);
      expect(forged.status, origin).toBe(403);
    }
    expect(itemSnapshot(target)).toEqual(before);

    // The control: byte for byte the same post, from the app's own origin, is accepted.
    const genuine = await editItem(editor, target, { notes: "saved from the app itself" });
    expect(genuine.outcome).toBe("saved");
    expect(itemSnapshot(target).auditEvents).toBe(before.auditEvents + 1);
    recordFigures("attack-origins", { origins: origins.length, status: 403, genuine: genuine.status });
  });

  test("a page on another site that posts the edit form in the officer's browser changes nothing", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: stateFor("editor") });
    const page = await context.newPage();
    const fields = await itemEditForm(editor, target, { notes: "changed by another site" });
    const inputs = fields
      .map(
        ([name, value]) =>
          `<input type="hidden" name="${name.replace(/"/g, "&quot;")}" value="${String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;")}">`,
      )
      .join("");
    await page.route("http://evil.example/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" enctype="multipart/form-data" action="${baseURL}/items/${target}/edit">${inputs}</form><script>document.forms[0].submit()</script>`,
      }),
    );
    const before = itemSnapshot(target);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${baseURL}/items/${target}/edit`) && r.request().method() === "POST"),
      page.goto("http://evil.example/"),
    ]);
    expect(response.status()).toBe(403);
    expect(itemSnapshot(target)).toEqual(before);
    recordFigures("attack-cross-site-page", { status: response.status() });
    await context.close();
  });
});
