// `npm run load-test`: 50 readers and 10 editors against a production server of its own, on
// loopback, for LOAD_SECONDS (60). Passes when no request got a 5xx and no saved edit was lost:
// each editor's saves are all in the database, each with its audit event, and every item's
// version counts exactly the saves that reached it. Prints the p95 read latency; writes its
// figures to tests/.tmp/proof/load.json for `npm run verify`.
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db/create-client";
import { readDb } from "../tests/support/e2e-db";
import { editItem, getPage, signIn, type HttpSession } from "../tests/support/http-forms";
import { ensureBuild, freePort, freshDatabase, startServer, type ProductionServer } from "../tests/support/production-server";
import { recordFigures } from "../tests/support/proof-figures";
import { TEST_USERS } from "../tests/support/test-users";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const READERS = 50;
const EDITORS = 10;
const DIR = "tests/.tmp/load";
const READ_PATHS = [
  "/",
  "/items",
  "/items?proposer=PE",
  "/items/10",
  "/economies",
  "/economies/PE",
  "/meetings",
  "/meetings/1",
  "/items?q=customs",
  "/items/3/history",
];

interface Save {
  editor: number;
  itemId: number;
  value: string;
  outcome: "saved" | "conflict" | "refused" | "error";
  status: number;
  ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

async function prepare(): Promise<{ dbFile: string; editorPassword: string }> {
  ensureBuild();
  const dbFile = freshDatabase(DIR);
  const editorPassword = randomBytes(12).toString("base64url");
  const client = createPrismaClient(`file:./${dbFile}`);
  const passwordHash = await hashPassword(editorPassword);
  for (let i = 0; i < EDITORS; i++) {
    await client.user.create({ data: { email: `load-editor-${i}@load.test`, name: `Load editor ${i}`, role: "EDITOR", passwordHash } });
  }
  await client.$disconnect();
  return { dbFile, editorPassword };
}

/** One officer: saves their own item, then the item everyone edits, until the time is up. */
async function editor(index: number, session: HttpSession, ownItem: number, sharedItem: number, until: number, saves: Save[]) {
  for (let n = 1; Date.now() < until; n++) {
    const itemId = n % 2 ? ownItem : sharedItem;
    const value = `load editor ${index} save ${n}`;
    const started = performance.now();
    try {
      const { outcome, status } = await editItem(session, itemId, { notes: value });
      saves.push({ editor: index, itemId, value, outcome, status, ms: performance.now() - started });
    } catch {
      saves.push({ editor: index, itemId, value, outcome: "error", status: 0, ms: performance.now() - started });
    }
  }
}

/** Lost updates: saves missing from the database or its audit trail, and versions that do not add up. */
function lostUpdates(dbFile: string, saves: Save[], itemIds: number[]) {
  return readDb((db) => {
    let lost = 0;
    let versionMismatches = 0;
    for (const itemId of itemIds) {
      const saved = saves.filter((s) => s.itemId === itemId && s.outcome === "saved").map((s) => s.value);
      const item = db.prepare("SELECT notes, version FROM Item WHERE id = ?").get(itemId) as { notes: string | null; version: number };
      const audited = (
        db.prepare("SELECT after FROM AuditEvent WHERE action = 'item.update' AND itemId = ? ORDER BY id").all(itemId) as { after: string }[]
      ).map((row) => (JSON.parse(row.after) as { notes?: string }).notes);
      lost += saved.filter((value) => audited.filter((a) => a === value).length !== 1).length;
      if (item.version !== 1 + saved.length || audited.length !== saved.length || (saved.length > 0 && item.notes !== audited.at(-1))) versionMismatches++;
    }
    return { lost, versionMismatches };
  }, dbFile);
}

async function main() {
  const { dbFile, editorPassword } = await prepare();
  const port = await freePort(Number(process.env.LOAD_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2));
  const server: ProductionServer = await startServer({ port, dbFile, logFile: `${DIR}/server.log`, authSecret: randomBytes(32).toString("base64url") });
  const watchdog = setTimeout(
    () => {
      console.error("The load test ran past its time limit.");
      void server.kill("SIGKILL").then(() => process.exit(1));
    },
    (SECONDS + 180) * 1000,
  );
  try {
    const reader = await signIn(server.url, TEST_USERS.viewer.email, TEST_USERS.viewer.password);
    const editors = await Promise.all(Array.from({ length: EDITORS }, (_, i) => signIn(server.url, `load-editor-${i}@load.test`, editorPassword)));
    const itemIds = readDb((db) => (db.prepare("SELECT id FROM Item ORDER BY id LIMIT ?").all(EDITORS + 1) as { id: number }[]).map((row) => row.id), dbFile);
    const shared = itemIds[EDITORS]!;
    for (const path of READ_PATHS) await getPage(reader, path); // the first render of each page compiles nothing, but warms caches

    console.log(`Load test: ${READERS} readers and ${EDITORS} editors for ${SECONDS} s against ${server.url} (its own database).`);
    const latencies: number[] = [];
    const readStatuses = new Map<number, number>();
    const saves: Save[] = [];
    const until = Date.now() + SECONDS * 1000;
    const readers = new Promise<autocannon.Result>((resolve, reject) => {
      const options = {
        url: server.url,
        connections: READERS,
        duration: SECONDS,
        headers: { cookie: reader.cookie },
        requests: READ_PATHS.map((path) => ({ method: "GET" as const, path })),
        timeout: 30,
      };
      const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
      instance.on("response", (_client, statusCode, _bytes, responseTime) => {
        latencies.push(responseTime);
        readStatuses.set(statusCode, (readStatuses.get(statusCode) ?? 0) + 1);
      });
    });
    const [readResult] = await Promise.all([readers, ...editors.map((session, i) => editor(i, session, itemIds[i]!, shared, until, saves))]);

    // What the officers see now: every item shows its last saved value.
    let unseen = 0;
    for (const itemId of itemIds) {
      const last = saves.filter((s) => s.itemId === itemId && s.outcome === "saved").at(-1);
      if (last && !(await getPage(reader, `/items/${itemId}`)).html.includes(last.value)) unseen++;
    }
    await server.kill();

    const { lost, versionMismatches } = lostUpdates(dbFile, saves, itemIds);
    latencies.sort((a, b) => a - b);
    const reads5xx = [...readStatuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
    const readsNot2xx = [...readStatuses].filter(([status]) => status < 200 || status >= 300).reduce((sum, [, n]) => sum + n, 0);
    const saveMs = saves.map((s) => s.ms).sort((a, b) => a - b);
    const figures = {
      seconds: SECONDS,
      readers: READERS,
      editors: EDITORS,
      reads: latencies.length,
      readsPerSecond: Math.round(latencies.length / SECONDS),
      readErrors: readResult.errors + readResult.timeouts,
      readsNot2xx,
      readP50Ms: Math.round(percentile(latencies, 50)),
      readP95Ms: Math.round(percentile(latencies, 95)),
      readP99Ms: Math.round(percentile(latencies, 99)),
      saves: saves.filter((s) => s.outcome === "saved").length,
      conflicts: saves.filter((s) => s.outcome === "conflict").length,
      savesRefused: saves.filter((s) => s.outcome === "refused").length,
      saveErrors: saves.filter((s) => s.outcome === "error").length,
      saveP95Ms: Math.round(percentile(saveMs, 95)),
      responses5xx: reads5xx + saves.filter((s) => s.status >= 500).length,
      lostUpdates: lost + unseen,
      versionMismatches,
    };
    recordFigures("load", figures);
    console.table(figures);
    const passed =
      figures.responses5xx === 0 && figures.lostUpdates === 0 && figures.versionMismatches === 0 && figures.readErrors === 0 && figures.saveErrors === 0;
    console.log(passed ? "Load test passed: no 5xx, no lost update." : "Load test FAILED: see the figures above.");
    process.exitCode = passed ? 0 : 1;
  } finally {
    clearTimeout(watchdog);
    await server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
