// Two instances on one PostgreSQL database, each from a build of its own (two folders, as two
// machines would build), behind nginx running the repository's deploy/nginx.conf: the run's own
// build (made by `npm start` for the main server) and one more. The builds
// share only AUTH_SECRET, from which next.config.ts derives the server-actions key: a form one
// instance rendered must post to the other, and what one saves the other shows at once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { distDir, serverActionsKey } from "../../lib/build-fingerprint";
import { createDatabase } from "../../lib/db/postgres-admin";
import { startPrivatePostgres, type PrivatePostgres } from "../../lib/db/private-postgres";
import { readPostgres } from "../support/e2e-db";
import { E2E_AUTH_SECRET, E2E_DIR } from "../support/e2e-dir";
import { getPage, hiddenFields, itemEditForm, postForm, signIn, type HttpSession } from "../support/http-forms";
import { startNginx, type Nginx } from "../support/nginx";
import { ensureBuild, freePort, freshDatabase, startServer, type ProductionServer } from "../support/production-server";
import { TEST_USERS } from "../support/test-users";

const DIR = `${E2E_DIR}/instances`;
const BUILDS = { a: distDir(), b: `${distDir()}-inst-b` };
const AUTH_SECRET = E2E_AUTH_SECRET;
const ITEM = "APEC Smart Customs Partnership Initiative";

test.describe.configure({ mode: "serial" });

let postgres: PrivatePostgres | undefined;
let database: string;
let a: ProductionServer;
let b: ProductionServer;
let proxy: Nginx;
const instances = () => [a, b].filter(Boolean);

test.beforeAll(async () => {
  // A production build (a minute or two) and three servers.
  test.setTimeout(8 * 60_000);
  postgres = await startPrivatePostgres();
  database = freshDatabase(DIR, await createDatabase(postgres.url, "sccp_instances"));
  ensureBuild({ distDir: BUILDS.b, env: { AUTH_SECRET } });
  const portA = await freePort(Number(process.env.E2E_PORT ?? 3100) + 60);
  const portB = await freePort(portA + 1);
  const proxyPort = await freePort(portB + 1);
  const start = (name: "a" | "b", port: number) =>
    startServer({ port, dbFile: database, logFile: `${DIR}/server-${name}.log`, authSecret: AUTH_SECRET, distDir: BUILDS[name], env: { TRUST_PROXY: "true" } });
  [a, b] = await Promise.all([start("a", portA), start("b", portB)]);
  proxy = await startNginx({ port: proxyPort, upstreams: [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`] });
});

test.afterAll(async () => {
  await proxy?.stop();
  await Promise.all(instances().map((server) => server.kill()));
  postgres?.stop();
});

const readBuild = (dir: string) => ({
  buildId: readFileSync(path.join(dir, "BUILD_ID"), "utf8"),
  manifest: JSON.parse(readFileSync(path.join(dir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, unknown>;
    encryptionKey: string;
  },
});

test("the two separate builds agree: one build id, one server-actions key (derived from AUTH_SECRET), the same action ids", () => {
  const [first, second] = [readBuild(BUILDS.a), readBuild(BUILDS.b)];
  expect(first.buildId).toMatch(/^sccp-[0-9g-l]{24}$/);
  expect(second.buildId).toBe(first.buildId);
  expect(first.manifest.encryptionKey).toBe(serverActionsKey({ AUTH_SECRET }));
  expect(second.manifest.encryptionKey).toBe(first.manifest.encryptionKey);
  expect(Object.keys(first.manifest.node).length).toBeGreaterThan(10);
  expect(Object.keys(second.manifest.node).sort()).toEqual(Object.keys(first.manifest.node).sort());
});

async function itemId(title: string): Promise<number> {
  return readPostgres(database, async (client) => (await client.query<{ id: number }>('SELECT "id" FROM "Item" WHERE "titleEn" = $1', [title])).rows[0]!.id);
}

async function storedNotes(id: number): Promise<{ notes: string | null; version: number; audited: number }> {
  return readPostgres(database, async (client) => {
    const item = (await client.query<{ notes: string | null; version: number }>('SELECT "notes", "version" FROM "Item" WHERE "id" = $1', [id])).rows[0]!;
    const events = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE "itemId" = $1 AND "action" = 'item.update'`, [id]);
    return { ...item, audited: Number(events.rows[0]!.n) };
  });
}

test("a form rendered by one instance saves when posted to the other, both ways, and each shows the other's edit at once", async () => {
  const id = await itemId(ITEM);
  // One sign-in serves both: the session cookie is signed with the shared AUTH_SECRET.
  const onA: HttpSession = await signIn(a.url, TEST_USERS.editor.email, TEST_USERS.editor.password);
  const onB: HttpSession = { baseURL: b.url, cookie: onA.cookie };
  const before = await storedNotes(id);

  // The forms carry the same server-action ids whichever instance rendered them. React numbers a
  // page's action forms in the order its async parts finish (the header's menus race the page), so
  // the number is not compared; the action id inside the reference is.
  const actionFields = async (session: HttpSession) =>
    hiddenFields((await getPage(session, `/items/${id}/edit`)).html, "original")
      .filter(([name]) => name.startsWith("$ACTION"))
      .map(([name, value]) => {
        const field = name.replace(/^\$ACTION_(REF_)?\d+/, "$ACTION_$1n");
        return field === "$ACTION_n:0" ? `${field}=${(JSON.parse(value) as { id: string }).id}` : field;
      });
  const fieldsA = await actionFields(onA);
  expect(fieldsA.length).toBeGreaterThan(0);
  expect(await actionFields(onB)).toEqual(fieldsA);

  const renderedByA = await itemEditForm(onA, id, { notes: "Rendered by instance A, saved through instance B." });
  const savedOnB = await postForm(onB, `/items/${id}/edit`, renderedByA);
  expect(savedOnB.status, savedOnB.html.slice(0, 500)).toBe(303);
  expect((await getPage(onA, `/items/${id}`)).html).toContain("Rendered by instance A, saved through instance B.");

  const renderedByB = await itemEditForm(onB, id, { notes: "Rendered by instance B, saved through instance A." });
  // A form rendered by A before B's save is now stale: refused as a conflict on either instance.
  const staleFromA = await itemEditForm(onA, id, { notes: "A stale form must not overwrite." });
  const savedOnA = await postForm(onA, `/items/${id}/edit`, renderedByB);
  expect(savedOnA.status, savedOnA.html.slice(0, 500)).toBe(303);
  expect((await getPage(onB, `/items/${id}`)).html).toContain("Rendered by instance B, saved through instance A.");
  const stale = await postForm(onB, `/items/${id}/edit`, staleFromA);
  expect(stale.status).toBe(200);
  expect(stale.html).toContain('data-testid="conflict"');

  expect(await storedNotes(id)).toEqual({
    notes: "Rendered by instance B, saved through instance A.",
    version: before.version + 2,
    audited: before.audited + 2,
  });
});

/** How long nginx sets an instance aside after it failed, as deploy/nginx.conf says. */
function nginxFailTimeoutSeconds(): number {
  const seconds = /fail_timeout=(\d+)s/.exec(readFileSync("deploy/nginx.conf", "utf8"))?.[1];
  if (!seconds) throw new Error("deploy/nginx.conf no longer sets fail_timeout in seconds on its servers.");
  return Number(seconds);
}

/**
 * What would show two builds disagreeing: a script or stylesheet one build names and the other
 * lacks (the page takes its assets from whichever instance the proxy picks), or a script error.
 * A prefetch cut off by an instance being stopped is not one of them.
 */
function watchAssets(page: Page): string[] {
  const failures: string[] = [];
  const isAsset = (url: string) => new URL(url).pathname.startsWith("/_next/static/");
  page.on("response", (response) => {
    if (isAsset(response.url()) && response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    if (isAsset(request.url()) && request.failure()?.errorText !== "net::ERR_ABORTED") failures.push(`${request.failure()?.errorText} ${request.url()}`);
  });
  page.on("pageerror", (error) => failures.push(`page error: ${error.message}`));
  return failures;
}

test("Chromium through nginx signs in and saves; a page served by A, then submitted once only B is up, saves", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: proxy.url, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const failures = watchAssets(page);
  try {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(TEST_USERS.editor2.email);
    await page.getByLabel("Password").fill(TEST_USERS.editor2.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();

    const id = await itemId(ITEM);
    await page.goto(`/items/${id}/edit`);
    await page.getByLabel("Project overseer").fill("Saved through the proxy");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ITEM);
    await expect(page.getByText("Saved through the proxy")).toBeVisible();

    // Only A is up while the form is served, only B when it is submitted: the browser's own
    // server-action call, made by scripts A served, is answered by B.
    await b.kill();
    await page.goto(`/items/${id}/edit`);
    await expect(page.getByLabel("Project overseer")).toHaveValue("Saved through the proxy");
    b = await startServer({
      port: Number(new URL(b.url).port),
      dbFile: database,
      logFile: `${DIR}/server-b.log`,
      authSecret: AUTH_SECRET,
      distDir: BUILDS.b,
      env: { TRUST_PROXY: "true" },
    });
    // While B was down nginx counted its refusals and set it aside for fail_timeout; after that,
    // one request that B answers puts it back in the rotation (until then nginx lets only that
    // one through to it). In a rolling restart the next instance is stopped only after this.
    await new Promise((resolve) => setTimeout(resolve, (nginxFailTimeoutSeconds() + 1) * 1000));
    for (let i = 0; i < 4; i++) expect((await fetch(`${proxy.url}/api/health`)).status).toBe(200);
    await a.kill();
    await page.getByLabel("Project overseer").fill("Rendered by A, saved by B through the proxy");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ITEM);
    await expect(page.getByText("Rendered by A, saved by B through the proxy")).toBeVisible();
    expect(failures).toEqual([]);
  } finally {
    await context.close();
  }
});
