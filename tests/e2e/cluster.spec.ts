// Several server processes on one SQLite file, as `npm start` runs them on a machine with several
// cores (lib/release/cluster.ts). First two explicit processes on two ports, so the test knows
// which one it talks to: what one saves the other shows at once, and a stale form is refused
// whichever receives it, in turn or in a race; the counts each keeps while nothing changes follow
// a change made through the other at once, and so does a sign-out. Then the cluster itself: its
// processes share the port, one mail worker runs beside them, a server process that dies is
// replaced while the others serve, and SIGTERM to the primary stops every process.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { startClusterServer } from "../support/cluster-server";
import { itemIdByTitle, readDb, scalar } from "../support/e2e-db";
import { E2E_DIR } from "../support/e2e-dir";
import { getPage, itemEditForm, postForm, signIn, type HttpSession } from "../support/http-forms";
import { freePort, freshDatabase, startServer, type ProductionServer } from "../support/production-server";
import { TEST_USERS } from "../support/test-users";

const DIR = `${E2E_DIR}/cluster`;
const AUTH_SECRET = randomBytes(32).toString("base64url");
const ITEM = "APEC Smart Customs Partnership Initiative";
const FIRST_PORT = Number(process.env.E2E_PORT ?? 3100) + 70;

test.describe.configure({ mode: "serial" });

let database: string;

test.beforeAll(() => {
  database = freshDatabase(DIR);
});

function stored(id: number) {
  return readDb(
    (db) => ({
      ...(db.prepare("SELECT notes, version FROM Item WHERE id = ?").get(id) as { notes: string | null; version: number }),
      audited: (db.prepare("SELECT count(*) AS n FROM AuditEvent WHERE itemId = ? AND action = 'item.update'").get(id) as { n: number }).n,
    }),
    database,
  );
}

test.describe("two server processes on one SQLite file", () => {
  let a: ProductionServer;
  let b: ProductionServer;

  test.beforeAll(async () => {
    const portA = await freePort(FIRST_PORT);
    const portB = await freePort(portA + 1);
    const start = (name: string, port: number) => startServer({ port, dbFile: database, logFile: `${DIR}/server-${name}.log`, authSecret: AUTH_SECRET });
    [a, b] = await Promise.all([start("a", portA), start("b", portB)]);
  });

  test.afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map((server) => server.kill()));
  });

  test("an edit through one is seen at once through the other; a stale save is refused whichever receives it", async () => {
    const id = itemIdByTitle(ITEM, database);
    const onA: HttpSession = await signIn(a.url, TEST_USERS.editor.email, TEST_USERS.editor.password);
    const onB: HttpSession = { baseURL: b.url, cookie: onA.cookie };
    const before = stored(id);

    const fromA = await itemEditForm(onA, id, { notes: "Rendered by process A, saved through process B." });
    expect((await postForm(onB, `/items/${id}/edit`, fromA)).status).toBe(303);
    expect((await getPage(onA, `/items/${id}`)).html).toContain("Rendered by process A, saved through process B.");

    // Both forms show the version after that save; once A saves one, both are stale everywhere.
    const staleFromA = await itemEditForm(onA, id, { notes: "A stale form from A must not overwrite." });
    const staleFromB = await itemEditForm(onB, id, { notes: "A stale form from B must not overwrite." });
    const fromB = await itemEditForm(onB, id, { notes: "Rendered by process B, saved through process A." });
    expect((await postForm(onA, `/items/${id}/edit`, fromB)).status).toBe(303);
    expect((await getPage(onB, `/items/${id}`)).html).toContain("Rendered by process B, saved through process A.");
    for (const [form, session] of [
      [staleFromA, onA],
      [staleFromA, onB],
      [staleFromB, onA],
      [staleFromB, onB],
    ] as const) {
      const stale = await postForm(session, `/items/${id}/edit`, form);
      expect(stale.status, `stale form posted to ${session.baseURL}`).toBe(200);
      expect(stale.html).toContain('data-testid="conflict"');
    }

    // Two saves of one version at the same moment, one to each process: one wins, the other is told.
    const racers = await Promise.all(
      (["A", "B"] as const).map(async (name) => [name, await itemEditForm(onA, id, { notes: `Raced through process ${name}.` })] as const),
    );
    const results = await Promise.all(racers.map(([name, form]) => postForm(name === "A" ? onA : onB, `/items/${id}/edit`, form)));
    expect(results.map((result) => result.status).sort()).toEqual([200, 303]);
    const loser = results.find((result) => result.status === 200)!;
    expect(loser.html).toContain('data-testid="conflict"');
    const winner = racers[results.findIndex((result) => result.status === 303)]![0];

    expect(stored(id)).toEqual({ notes: `Raced through process ${winner}.`, version: before.version + 3, audited: before.audited + 3 });
    for (const session of [onA, onB]) expect((await getPage(session, `/items/${id}`)).html).toContain(`Raced through process ${winner}.`);
  });

  test("the work plan's counts, which each process keeps while nothing changes, follow a change made through the other at once", async () => {
    const id = itemIdByTitle(ITEM, database);
    const onA: HttpSession = await signIn(a.url, TEST_USERS.editor.email, TEST_USERS.editor.password);
    const onB: HttpSession = { baseURL: b.url, cookie: onA.cookie };
    const { status } = readDb((db) => db.prepare("SELECT status FROM Item WHERE id = ?").get(id) as { status: string }, database);
    const other = status === "CANCELLED" ? "COMPLETED" : "CANCELLED";
    /** The total the work plan shows (the last number of "Items 1–25 of 40", "3 items in the work plan"; none: 0). */
    const shown = async (session: HttpSession, withStatus: string) => {
      const html = (await getPage(session, `/items?status=${withStatus}`)).html;
      const text = /data-testid="row-count"[^>]*>([^<]*)</.exec(html)?.[1] ?? "";
      const numbers = text.match(/\d+/g);
      return numbers ? Number(numbers.at(-1)) : 0;
    };
    // Each process counts once, then answers from what it kept.
    const before = { status: await shown(onA, status), other: await shown(onA, other) };
    expect({ status: await shown(onA, status), other: await shown(onA, other) }).toEqual(before);
    expect({ status: await shown(onB, status), other: await shown(onB, other) }).toEqual(before);

    expect((await postForm(onB, `/items/${id}/edit`, await itemEditForm(onB, id, { status: other }))).status).toBe(303);
    const moved = { status: before.status - 1, other: before.other + 1 };
    expect({ status: await shown(onA, status), other: await shown(onA, other) }).toEqual(moved);
    expect({ status: await shown(onB, status), other: await shown(onB, other) }).toEqual(moved);

    expect((await postForm(onA, `/items/${id}/edit`, await itemEditForm(onA, id, { status }))).status).toBe(303);
    expect({ status: await shown(onB, status), other: await shown(onB, other) }).toEqual(before);
    expect({ status: await shown(onA, status), other: await shown(onA, other) }).toEqual(before);
  });

  test("a sign-out through one ends the session on the other at once", async () => {
    const onA: HttpSession = await signIn(a.url, TEST_USERS.viewer.email, TEST_USERS.viewer.password);
    const onB: HttpSession = { baseURL: b.url, cookie: onA.cookie };
    const sessions = () => scalar("SELECT count(*) FROM UserSession s JOIN User u ON u.id = s.userId WHERE u.email = ?", [TEST_USERS.viewer.email], database);
    for (const session of [onA, onB]) expect((await getPage(session, "/items")).status).toBe(200);
    const before = sessions();

    const csrf = await fetch(`${b.url}/api/auth/csrf`, { headers: { cookie: onB.cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
    const signOut = await fetch(`${b.url}/api/auth/signout`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: [onB.cookie, ...csrfCookie].join("; "), origin: b.url },
      body: new URLSearchParams({ csrfToken }),
      redirect: "manual",
    });
    // next-auth answers a refused sign-out with a redirect too, back to its own page with csrf=true.
    expect(signOut.status).toBe(302);
    expect(signOut.headers.get("location")).not.toContain("csrf=true");
    expect(sessions()).toBe(before - 1);

    // The cookie still decodes; its session row is gone, and neither process lets it in.
    for (const session of [onA, onB]) {
      const page = await fetch(`${session.baseURL}/items`, { headers: { cookie: session.cookie }, redirect: "manual" });
      expect(page.status, `after the sign-out, ${session.baseURL}`).toBe(307);
      expect(new URL(page.headers.get("location")!, session.baseURL).pathname).toBe("/sign-in");
    }
  });
});

test("WEB_CONCURRENCY=2: two server processes share the port beside one mail worker; one that dies is replaced; SIGTERM stops all", async () => {
  test.setTimeout(120_000);
  const cluster = await startClusterServer({
    port: await freePort(FIRST_PORT + 5),
    workers: 2,
    dbFile: database,
    logFile: `${DIR}/cluster.log`,
    authSecret: AUTH_SECRET,
  });
  try {
    const first = cluster.serverPids();
    expect(first).toHaveLength(2);
    await expect.poll(() => cluster.mailWorkerPids().length).toBe(1);
    const mailWorker = cluster.mailWorkerPids();

    // One sign-in is good on every process: pages load whichever one a connection lands on.
    const session = await signIn(cluster.url, TEST_USERS.viewer.email, TEST_USERS.viewer.password);
    const statuses = await Promise.all(Array.from({ length: 8 }, () => getPage(session, "/items").then((page) => page.status)));
    expect(statuses).toEqual(Array(8).fill(200));

    process.kill(first[0]!, "SIGKILL");
    // Once the primary has seen it go, the survivor serves while the dead one's place is filled.
    const restarting = `(pid ${first[0]}) ended (SIGKILL); starting it again in 1 s.`;
    await expect.poll(() => readFileSync(cluster.logFile, "utf8")).toContain(restarting);
    expect((await getPage(session, "/items")).status).toBe(200);
    await expect
      .poll(
        () => {
          const pids = cluster.serverPids();
          return pids.length === 2 && pids.includes(first[1]!) && !pids.includes(first[0]!);
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    const second = cluster.serverPids();
    expect(second).toHaveLength(2);
    expect(second).not.toContain(first[0]);
    await expect.poll(() => fetch(`${cluster.url}/api/health`).then((response) => response.status)).toBe(200);
    expect(cluster.mailWorkerPids()).toEqual(mailWorker);

    // Only the primary is signalled, as a service manager would: it stops the rest.
    process.kill(cluster.pid, "SIGTERM");
    expect(await cluster.exited).toEqual({ code: 143, signal: null });
    // The mail worker may still be closing its database connection: it has a moment.
    const alive = () =>
      [...second, ...mailWorker].filter((pid) => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      });
    await expect.poll(alive, { timeout: 10_000 }).toEqual([]);
  } finally {
    await cluster.kill("SIGKILL");
  }
});
