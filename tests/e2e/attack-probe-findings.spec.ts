// The outside probe's findings (issue 19) replayed over HTTP against the production build, as the
// probe sent them: a heading of 180,000 columns, a large refused file whose answer grew with it,
// an export downloaded on a one-time password, a sign-in link that chose the lock message's
// number, and a cross-origin write that claimed the attacker's host in X-Forwarded-Host. Each is
// now refused or answered within bounds, and writes nothing.
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { itemIdByTitle, itemSnapshot, scalar } from "../support/e2e-db";
import { sessionOf } from "../support/e2e-state";
import { getPage, hiddenFields, itemEditForm, postForm, signIn, type HttpSession } from "../support/http-forms";
import { recordFigures } from "../support/proof-figures";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'", nbsp: " " };

/** What a reader sees of a page: no scripts (the RSC payload repeats the address), no tags. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#x27|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, " ");
}

/** Posts the import page's form without JavaScript, the "Check (dry run)" button pressed. */
async function checkImport(session: HttpSession, name: string, content: string) {
  const page = await getPage(session, "/items/import");
  expect(page.status).toBe(200);
  const body = new FormData();
  for (const [field, value] of hiddenFields(page.html, "intent")) body.append(field, value);
  body.append("intent", "check");
  body.append("file", new File([content], name, { type: "text/csv" }));
  const response = await fetch(`${session.baseURL}/items/import`, {
    method: "POST",
    body,
    headers: { cookie: session.cookie, origin: session.baseURL },
    redirect: "manual",
  });
  const html = await response.text();
  return { status: response.status, bytes: Buffer.byteLength(html), text: visibleText(html) };
}

/**
 * A GET as a browser opening the address sends it (fetch would say `Sec-Fetch-Mode: cors`, and
 * send it whatever it is told).
 */
function navigate(baseURL: string, path: string, cookie: string): Promise<{ status: number; location?: string; disposition?: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(baseURL);
    httpRequest({ host: url.hostname, port: url.port, path, headers: { cookie, accept: "text/html", "sec-fetch-mode": "navigate" } }, (response) => {
      response.resume();
      resolve({ status: response.statusCode!, location: response.headers.location, disposition: response.headers["content-disposition"] });
    })
      .on("error", reject)
      .end();
  });
}

/** Audit events that name the file: a dry run, refused or not, writes none. */
const eventsNaming = (file: string) => scalar("SELECT count(*) FROM AuditEvent WHERE instr(coalesce(after, ''), ?) > 0", [file]);

test.describe("imports the probe sent", () => {
  let editor: HttpSession;
  let heading: string[];
  let record: string[];

  test.beforeAll(async ({ baseURL }) => {
    editor = sessionOf("editor", baseURL!);
    const exported = await getPage(editor, "/items/export?proposer=PE");
    expect(exported.status).toBe(200);
    [heading, record] = Papa.parse<string[]>(exported.html.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data as [string[], string[]];
  });

  test("a heading of 180,000 unknown columns gets the refusal, not a 500", async () => {
    test.setTimeout(60_000);
    const file = "probe-wide.csv";
    const content = Papa.unparse([[...heading, ...Array.from({ length: 180_000 }, () => "x")], record], { newline: "\r\n" });
    expect(Buffer.byteLength(content)).toBeGreaterThan(350 * 1024);
    const answer = await checkImport(editor, file, content);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain("The file was not imported; nothing was changed.");
    expect(answer.text).toContain(`${file}: the column "x" is not one of the export's; remove it.`);
    expect(answer.text).toMatch(/…and [\d,]+ more problems of the same kind\./);
    expect(eventsNaming(file)).toBe(0);
    recordFigures("attack-probe-wide-heading", { columns: 180_000, bytes: Buffer.byteLength(content), status: answer.status });
  });

  test("the refusal of a large bad file stays small and counts what it leaves out", async () => {
    test.setTimeout(60_000);
    const answers: { size: number; bytes: number }[] = [];
    // What the refusal adds to the import page itself: the page's own chrome (menus, messages) grows
    // with the product, the refusal must not grow with the file.
    const emptyPage = Buffer.byteLength((await getPage(editor, "/items/import")).html);
    for (const columns of [5_000, 40_000]) {
      const file = `probe-${columns}-columns.csv`;
      // Every column a different unknown name, each quoting the file's text back: what made the answer grow.
      const content = Papa.unparse([[...heading, ...Array.from({ length: columns }, (_, at) => `unknown column ${at}`)], record], { newline: "\r\n" });
      const answer = await checkImport(editor, file, content);
      expect(answer.status, file).toBe(200);
      expect(answer.text, file).toContain("The file was not imported; nothing was changed.");
      expect(answer.text, file).toMatch(/…and [\d,]+ more problems of the same kind\./);
      expect(answer.bytes - emptyPage, `${file}: what the refusal adds to the page`).toBeLessThan(40_000);
      expect(eventsNaming(file)).toBe(0);
      answers.push({ size: Buffer.byteLength(content), bytes: answer.bytes });
    }
    // A file eight times larger gets an answer of about the same size, not eight times one.
    expect(Math.abs(answers[1]!.bytes - answers[0]!.bytes)).toBeLessThan(10_000);
    recordFigures("attack-probe-refusal-size", { files: answers });
  });
});

/** The secret a page shows once (a one-time password, a new token), read from its HTML. */
const shownOnce = (html: string) => /data-testid="one-time-password"[^>]*>([^<]+)</.exec(html)?.[1]?.trim();

/** An account of this spec's own, made through the administrator's page: on its one-time password. */
async function newAccount(admin: HttpSession, name: string) {
  const users = await getPage(admin, "/admin/users");
  const email = `probe-${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@e2e.test`;
  const created = await postForm(admin, "/admin/users", [...hiddenFields(users.html, "email"), ["name", name], ["email", email], ["role", "VIEWER"]]);
  const oneTime = shownOnce(created.html);
  expect(oneTime, "the administrator is shown the one-time password").toBeTruthy();
  return { email, oneTime: oneTime!, id: scalar("SELECT id FROM User WHERE email = ?", [email]) };
}

test("an account on its one-time password downloads no plan from the export", async ({ baseURL }) => {
  const { email, oneTime, id } = await newAccount(sessionOf("admin", baseURL!), "Otto One-Time");
  expect(scalar("SELECT mustChangePassword FROM User WHERE id = ?", [id])).toBe(1);
  const officer = await signIn(baseURL!, email, oneTime);

  const answers: number[] = [];
  for (const query of ["", "?format=xlsx", "?layout=milestones&proposer=PE"]) {
    // A script (curl, a spreadsheet's import) is told why; a browser is sent to the password change.
    const script = await fetch(`${baseURL}/items/export${query}`, { headers: { cookie: officer.cookie }, redirect: "manual" });
    expect(script.status, query).toBe(403);
    expect(script.headers.get("content-disposition"), query).toBeNull();
    expect((await script.json()).error, query).toBe("password_change_required");
    const browser = await navigate(baseURL!, `/items/export${query}`, officer.cookie);
    expect(browser.status, query).toBe(303);
    expect(browser.location, query).toBe("/account/password");
    expect(browser.disposition, query).toBeUndefined();
    answers.push(script.status, browser.status);
  }
  // As the pages do: the work plan sends the same session to the password change.
  const page = await fetch(`${baseURL}/items`, { headers: { cookie: officer.cookie }, redirect: "manual" });
  expect(page.headers.get("location")).toMatch(/\/account\/password$/);
  recordFigures("attack-probe-one-time-export", { requests: answers.length, statuses: [...new Set(answers)].sort() });
});

test("an account deactivated and reactivated gets none of its old tokens back", async ({ baseURL }) => {
  const admin = sessionOf("admin", baseURL!);
  const { email, oneTime, id } = await newAccount(admin, "Rhea Reactivated");
  const password = "rhea-own-password-1";
  const first = await signIn(baseURL!, email, oneTime);
  const change = await getPage(first, "/account/password");
  const changed = await postForm(first, "/account/password", [
    ...hiddenFields(change.html, "currentPassword"),
    ["currentPassword", oneTime],
    ["newPassword", password],
    ["confirmPassword", password],
  ]);
  expect(changed.location).toMatch(/\/account\/password-changed$/);

  const officer = await signIn(baseURL!, email, password);
  const tokens = await getPage(officer, "/account/api-tokens");
  const token = shownOnce((await postForm(officer, "/account/api-tokens", [...hiddenFields(tokens.html, "label"), ["label", "probe robot"]])).html);
  expect(token, "the new token is shown once").toBeTruthy();
  const bearer = { headers: { authorization: `Bearer ${token}` } };
  expect((await fetch(`${baseURL}/api/v1/items`, bearer)).status).toBe(200);

  // The administrator's two clicks, each posted as the users page's form for this account.
  for (const active of ["false", "true"]) {
    const users = await getPage(admin, "/admin/users");
    const form = users.html
      .match(/<form\b[\s\S]*?<\/form>/g)!
      .find((f) => f.includes(`name="userId" value="${id}"`) && f.includes(`name="active" value="${active}"`));
    expect(form, `the ${active === "true" ? "reactivate" : "deactivate"} button`).toBeTruthy();
    await postForm(admin, "/admin/users", hiddenFields(form!, "active"));
    expect(scalar("SELECT active FROM User WHERE id = ?", [id])).toBe(active === "true" ? 1 : 0);
  }

  expect((await fetch(`${baseURL}/api/v1/items`, bearer)).status).toBe(401);
  expect(scalar("SELECT count(*) FROM AccessToken WHERE userId = ? AND revokedAt IS NULL", [id])).toBe(0);
  // The account itself is back: its password signs in.
  expect((await signIn(baseURL!, email, password)).cookie).toBeTruthy();
  recordFigures("attack-probe-reactivation", { tokensLiveAfter: 0 });
});

test("a sign-in link cannot choose the number or the words of the lock message", async ({ baseURL }) => {
  const links = ['auth.locked\u241F{"minutes":99999}', 'auth.locked\u241F{"minutes":"soon"}', 'auth.lockedSeconds\u241F{"seconds":99999}', "auth.locked"];
  for (const error of links) {
    const response = await fetch(`${baseURL}/sign-in?error=${encodeURIComponent(error)}`);
    expect(response.status, error).toBe(200);
    const text = visibleText(await response.text());
    expect(text, error).toContain("Too many failed sign-ins. Wait a moment, then try again.");
    expect(text, error).not.toMatch(/99[,.\s]?999|NaN|soon|Try again in/);
  }
  recordFigures("attack-probe-sign-in-links", { links: links.length });
});

test("X-Forwarded-Host is not believed without TRUST_PROXY: a forged write naming the attacker's host is refused", async ({ baseURL }) => {
  const editor = sessionOf("editor", baseURL!);
  // An item no other end-to-end test reads: a write to it would show in nobody else's counts.
  const target = itemIdByTitle("Green Customs Practices Survey Handbook");
  const before = itemSnapshot(target);
  const fields = await itemEditForm(editor, target, { notes: "forged behind a made-up proxy" });
  const statuses: number[] = [];
  for (const [origin, forwarded] of [
    ["http://evil.example", "evil.example"],
    ["https://evil.example", "evil.example"],
    ["http://evil.example:8080", "evil.example:8080, 127.0.0.1"],
  ] as const) {
    const body = new FormData();
    for (const [name, value] of fields) body.append(name, value);
    const forged = await fetch(`${baseURL}/items/${target}/edit`, {
      method: "POST",
      body,
      headers: { cookie: editor.cookie, origin, "x-forwarded-host": forwarded, "x-forwarded-proto": new URL(origin).protocol.slice(0, -1) },
      redirect: "manual",
    });
    expect(forged.status, origin).toBe(403);
    statuses.push(forged.status);
  }
  expect(itemSnapshot(target)).toEqual(before);

  // Nor does the calendar page hand out a feed address on the attacker's host.
  const calendar = await fetch(`${baseURL}/account/calendar`, { headers: { cookie: editor.cookie, "x-forwarded-host": "evil.example" } });
  expect(calendar.status).toBe(200);
  const html = await calendar.text();
  expect(html).not.toContain("evil.example");
  expect(html).toContain(`${baseURL}/api/calendar`);
  recordFigures("attack-probe-forwarded-host", { origins: statuses.length, statuses: [...new Set(statuses)] });
});
