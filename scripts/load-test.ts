// `npm run load-test [-- --workers N] [--seconds S] [--warm W] [--pairs P] [--instances N]`: 50
// readers and 10 editors for S seconds (LOAD_SECONDS, 60 by default), on loopback, after W seconds
// (60 by default; 0: none) of the same load to warm the servers up (not counted in the figures).
// A run passes when no request got a 5xx, the warm-up's included, and no saved edit was lost: each
// editor's saves are all in the database, each with its audit event, and every item's version
// counts exactly the saves that reached it. Prints the read rate and latency; writes its figures
// to tests/.tmp/proof/load.json for `npm run verify`.
// - Without --instances: a production server of its own on SQLite (the seeded plan and test users)
//   with one server process, then the same load on a fresh copy served by N processes as
//   `npm start` runs them (WEB_CONCURRENCY=N; N is the number of cores unless --workers says),
//   and a comparison of the two (tests/.tmp/proof/load-cluster.json). Targets: N processes serve
//   at least 0.9 × N times the reads a second of one (1.8 on two cores); no 5xx; no lost update.
//   --workers 1 runs the single process only. --pairs P (1 to 5) makes P pairs of runs, every pair
//   after the first in the other order, and compares the means.
// - With --instances N (N ≥ 2): that run first, then the same load on N instances sharing one
//   private PostgreSQL (durable, as a real one runs) behind nginx running deploy/nginx.conf, and a
//   comparison of the two. Targets: N instances serve at least 0.8 × N times the reads a second of
//   the one; no 5xx; no lost update. Where the CPU went is printed beside it, since the servers,
//   PostgreSQL, nginx and this load generator all share the machine's cores.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db/create-client";
import { createDatabase, uniqueDatabaseName } from "../lib/db/postgres-admin";
import { startPrivatePostgres, type PrivatePostgres } from "../lib/db/private-postgres";
import { engineOf, sqliteFilePath } from "../lib/db/url";
import { webConcurrency } from "../lib/release/cluster";
import { startClusterServer } from "../tests/support/cluster-server";
import { editItem, getPage, signIn, type HttpSession } from "../tests/support/http-forms";
import { startNginx, type Nginx } from "../tests/support/nginx";
import { databaseUrlOf, ensureBuild, freePort, freshDatabase, startServer, type ProductionServer } from "../tests/support/production-server";
import { recordFigures } from "../tests/support/proof-figures";
import { TEST_USERS } from "../tests/support/test-users";
import { machineCpuSeconds, nginxMasterPid, postmasterPid, treeCpuSeconds, treeMainThreadCpuSeconds } from "./lib/cpu";
import { scratchAuthSecret } from "./lib/scratch-secret";

const options = parseArgs({
  options: { instances: { type: "string" }, workers: { type: "string" }, seconds: { type: "string" }, warm: { type: "string" }, pairs: { type: "string" } },
  strict: true,
}).values;
const SECONDS = secondsArgument("seconds", process.env.LOAD_SECONDS ?? "60", 5);
/**
 * A fresh server process spends its first minutes compiling: V8's optimizing compiler runs beside
 * the requests on other threads, and each server process does it for itself. Under this load one
 * process's other threads took a fifth of a core after 3,000 requests and under a tenth after
 * 14,000; measured cold, two processes showed 1.15 times the reads of one. The figures are meant
 * to be of servers already running, as they are on a Monday morning.
 */
const WARM_SECONDS = secondsArgument("warm", "60", 0);
const READERS = 50;
const EDITORS = 10;
const DIR = "tests/.tmp/load";
const FIRST_PORT = Number(process.env.LOAD_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2);
/** Reads a second several instances must serve, per instance, against one (0.8 × 2 = the 1.6). */
const SCALING_PER_INSTANCE = 0.8;
/** The same for server processes on one machine, which share no proxy and no database server (0.9 × 2 = the 1.8). */
const SCALING_PER_PROCESS = 0.9;
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

/** Reads the database behind the servers directly (never through the app), with `?` placeholders. */
interface DatabaseReader {
  all<T>(sql: string, params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function openReader(url: string): Promise<DatabaseReader> {
  if (engineOf(url) === "sqlite") {
    const db = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
    return Promise.resolve({ all: async <T>(sql: string, params: unknown[]) => db.prepare(sql).all(...params) as T[], close: async () => void db.close() });
  }
  const client = new pg.Client({ connectionString: url });
  return client.connect().then(() => ({
    all: async <T>(sql: string, params: unknown[]) => {
      let n = 0;
      return (await client.query({ text: sql.replace(/\?/g, () => `$${++n}`), values: params })).rows as T[];
    },
    close: () => client.end(),
  }));
}

/** A seeded database with the test users (freshDatabase) and the load's editors; returns its DATABASE_URL. */
async function prepareDatabase(dir: string, editorPassword: string, postgresUrl?: string): Promise<string> {
  const url = databaseUrlOf(freshDatabase(dir, postgresUrl));
  const client = createPrismaClient(url);
  try {
    const passwordHash = await hashPassword(editorPassword);
    for (let i = 0; i < EDITORS; i++) {
      await client.user.create({ data: { email: `load-editor-${i}@load.test`, name: `Load editor ${i}`, role: "EDITOR", passwordHash } });
    }
  } finally {
    await client.$disconnect();
  }
  return url;
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
async function lostUpdates(db: DatabaseReader, saves: Save[], itemIds: number[]) {
  let lost = 0;
  let versionMismatches = 0;
  for (const itemId of itemIds) {
    const saved = saves.filter((s) => s.itemId === itemId && s.outcome === "saved").map((s) => s.value);
    const [item] = await db.all<{ notes: string | null; version: number }>('SELECT "notes", "version" FROM "Item" WHERE "id" = ?', [itemId]);
    const audited = (
      await db.all<{ after: string }>(`SELECT "after" FROM "AuditEvent" WHERE "action" = 'item.update' AND "itemId" = ? ORDER BY "id"`, [itemId])
    ).map((row) => (JSON.parse(row.after) as { notes?: string }).notes);
    lost += saved.filter((value) => audited.filter((a) => a === value).length !== 1).length;
    if (!item || item.version !== 1 + saved.length || audited.length !== saved.length || (saved.length > 0 && item.notes !== audited.at(-1)))
      versionMismatches++;
  }
  return { lost, versionMismatches };
}

/** The readers: READERS connections reading READ_PATHS in turn for `seconds`. */
function readLoad(url: string, cookie: string, seconds: number, onResponse?: (statusCode: number, ms: number) => void): Promise<autocannon.Result> {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url,
      connections: READERS,
      duration: seconds,
      headers: { cookie },
      requests: READ_PATHS.map((path) => ({ method: "GET" as const, path })),
      timeout: 30,
    };
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on("response", (_client, statusCode, _bytes, responseTime) => onResponse(statusCode, responseTime));
  });
}

/** What serves the load: the app servers, the address clients use, and what else takes CPU. */
interface Deployment {
  name: string;
  /** How many times the pages are read before the load, so every server process has rendered each once. */
  warmRounds: number;
  url: string;
  databaseUrl: string;
  servers: ProductionServer[];
  /** Process groups whose CPU time is reported, by name. */
  cpuGroups(): Record<string, number[]>;
  /** Stops the app servers (and the proxy); the database stays readable. */
  stopServers(): Promise<void>;
  /** Stops everything, the database server too. */
  stop(): Promise<void>;
}

/** One SQLite file served by `workers` server processes: a single `next start`, or the cluster npm start runs. */
async function sqliteDeployment(editorPassword: string, authSecret: string, workers = 1): Promise<Deployment> {
  const dir = workers === 1 ? DIR : `${DIR}-cluster`;
  const databaseUrl = await prepareDatabase(dir, editorPassword);
  const port = await freePort(FIRST_PORT);
  const logFile = `${dir}/server.log`;
  const server =
    workers === 1
      ? await startServer({ port, dbFile: sqliteFilePath(databaseUrl), logFile, authSecret })
      : await startClusterServer({ port, workers, dbFile: sqliteFilePath(databaseUrl), logFile, authSecret, env: { WORKER_INTERVAL_SECONDS: "0" } });
  return {
    name: workers === 1 ? "1 instance, SQLite" : `${workers} server processes (WEB_CONCURRENCY), SQLite`,
    warmRounds: workers,
    url: server.url,
    databaseUrl,
    servers: [server],
    cpuGroups: () => ({ "app instance": [server.pid] }),
    stopServers: () => server.kill(),
    stop: () => server.kill(),
  };
}

async function postgresDeployment(instances: number, editorPassword: string, authSecret: string): Promise<Deployment> {
  const dir = `${DIR}-postgres`;
  const postgres: PrivatePostgres = await startPrivatePostgres({ fast: false });
  const started: ProductionServer[] = [];
  let nginx: Nginx | null = null;
  const stopServers = async () => {
    await nginx?.stop();
    nginx = null;
    await Promise.all(started.map((server) => server.kill()));
  };
  const stop = async () => {
    await stopServers();
    postgres.stop();
  };
  try {
    const databaseUrl = await prepareDatabase(dir, editorPassword, await createDatabase(postgres.url, uniqueDatabaseName("sccp_load")));
    const ports: number[] = [];
    for (let i = 0; i <= instances; i++) ports.push(await freePort((ports.at(-1) ?? FIRST_PORT + 9) + 1));
    const proxyPort = ports.pop()!;
    // One build, one AUTH_SECRET: a session and a form from one instance are good on the others.
    const servers = await Promise.all(
      ports.map((port, i) =>
        startServer({ port, dbFile: databaseUrl, logFile: `${dir}/server-${i + 1}.log`, authSecret, env: { TRUST_PROXY: "1" } }).then((server) => {
          started.push(server);
          return server;
        }),
      ),
    );
    nginx = await startNginx({ port: proxyPort, upstreams: servers.map((server) => new URL(server.url).host) });
    const pgDataDir = path.join(postgres.dir, "data");
    return {
      name: `${instances} instances, PostgreSQL, nginx`,
      warmRounds: instances,
      url: nginx.url,
      databaseUrl,
      servers,
      cpuGroups: () => ({
        ...Object.fromEntries(servers.map((server, i) => [`app instance ${i + 1}`, [server.pid]])),
        PostgreSQL: [postmasterPid(pgDataDir) ?? -1],
        nginx: [nginxMasterPid(proxyPort) ?? -1],
      }),
      stopServers,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface CpuShare {
  group: string;
  seconds: number;
}

/** The groups of the app's own server processes, as cpuGroups names them. */
const isAppInstance = (group: string) => group.startsWith("app instance");

/** The CPU seconds of the app's server processes, all instances together. */
const appSeconds = (cpu: CpuShare[]) => cpu.filter((share) => isAppInstance(share.group)).reduce((sum, share) => sum + share.seconds, 0);

interface LoadFigures {
  seconds: number;
  readers: number;
  editors: number;
  reads: number;
  readsPerSecond: number;
  readErrors: number;
  readsNot2xx: number;
  readP50Ms: number;
  readP95Ms: number;
  readP99Ms: number;
  saves: number;
  conflicts: number;
  savesRefused: number;
  saveErrors: number;
  saveP95Ms: number;
  responses5xx: number;
  lostUpdates: number;
  versionMismatches: number;
  /** Requests of the warm-up that failed, answered 5xx or anything but 2xx (reads), or failed or were refused (saves). */
  warmUpFailures: number;
}

/** The load itself, on a running deployment; stops it before reading the database. */
interface LoadRun {
  figures: LoadFigures;
  cpu: CpuShare[];
  /** Of the app instances' CPU seconds, those of their main threads, where pages are rendered. */
  appMainThreadSeconds: number;
  machineBusyPercent: number;
}

async function runLoad(deployment: Deployment, editorPassword: string): Promise<LoadRun> {
  const watchdog = setTimeout(
    () => {
      console.error("The load test ran past its time limit.");
      void Promise.all(deployment.servers.map((server) => server.kill("SIGKILL"))).then(() => process.exit(1));
    },
    (WARM_SECONDS + SECONDS + 180) * 1000,
  );
  try {
    const { url } = deployment;
    const reader = await signIn(url, TEST_USERS.viewer.email, TEST_USERS.viewer.password);
    const editors = await Promise.all(Array.from({ length: EDITORS }, (_, i) => signIn(url, `load-editor-${i}@load.test`, editorPassword)));
    const database = await openReader(deployment.databaseUrl);
    const ids = (await database.all<{ id: number }>('SELECT "id" FROM "Item" ORDER BY "id" LIMIT ?', [2 * EDITORS + 1])).map((row) => Number(row.id));
    if (ids.length < EDITORS + 3) throw new Error(`The load needs ${EDITORS + 3} items; the database has ${ids.length}.`);
    // The measured saves go to the first items, the warm-up's to the others: its own items (shared
    // by several editors when there are fewer than editors) and the last one, which all of them edit.
    const itemIds = ids.slice(0, EDITORS + 1);
    const warmItemIds = ids.slice(EDITORS + 1);
    const warmShared = warmItemIds.at(-1)!;
    const warmOwn = warmItemIds.slice(0, -1);
    const shared = itemIds[EDITORS]!;
    // The first render of each page fills caches (on every instance behind a proxy, on every
    // server process: the pages of a round are read at once, on several connections).
    for (let round = 0; round < deployment.warmRounds; round++) await Promise.all(READ_PATHS.map((path) => getPage(reader, path)));
    const warmSaves: Save[] = [];
    let warmReads: autocannon.Result | null = null;
    if (WARM_SECONDS > 0) {
      console.log(`\n${deployment.name}: ${WARM_SECONDS} s of the same load to warm up, not counted.`);
      const warmUntil = Date.now() + WARM_SECONDS * 1000;
      [warmReads] = await Promise.all([
        readLoad(url, reader.cookie, WARM_SECONDS),
        ...editors.map((session, i) => editor(i, session, warmOwn[i % warmOwn.length]!, warmShared, warmUntil, warmSaves)),
      ]);
      // autocannon drops its connections mid-request when its time is up: the renders they started
      // finish now, before the CPU is sampled.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }

    console.log(`\n${deployment.name}: ${READERS} readers and ${EDITORS} editors for ${SECONDS} s against ${url}.`);
    const latencies: number[] = [];
    const readStatuses = new Map<number, number>();
    const saves: Save[] = [];
    const groups = deployment.cpuGroups();
    const cpuBefore = Object.entries(groups).map(([group, roots]) => ({ group, seconds: treeCpuSeconds(roots) }));
    const appRoots = Object.entries(groups).flatMap(([group, roots]) => (isAppInstance(group) ? roots : []));
    const appMainThreadBefore = treeMainThreadCpuSeconds(appRoots);
    const selfBefore = process.cpuUsage();
    const machineBefore = machineCpuSeconds();
    const until = Date.now() + SECONDS * 1000;
    const readers = readLoad(url, reader.cookie, SECONDS, (statusCode, responseTime) => {
      latencies.push(responseTime);
      readStatuses.set(statusCode, (readStatuses.get(statusCode) ?? 0) + 1);
    });
    const [readResult] = await Promise.all([readers, ...editors.map((session, i) => editor(i, session, itemIds[i]!, shared, until, saves))]);
    const machineAfter = machineCpuSeconds();
    const self = process.cpuUsage(selfBefore);
    const cpu: CpuShare[] = cpuBefore.map(({ group, seconds }) => ({ group, seconds: treeCpuSeconds(groups[group]!) - seconds }));
    const appMainThreadSeconds = treeMainThreadCpuSeconds(appRoots) - appMainThreadBefore;
    cpu.push({ group: "load generator (this process)", seconds: (self.user + self.system) / 1e6 });
    const machineBusy = machineAfter.busy - machineBefore.busy;
    const known = cpu.reduce((sum, share) => sum + share.seconds, 0);
    cpu.push({ group: "everything else on the machine", seconds: Math.max(0, machineBusy - known) });
    cpu.push({ group: "idle", seconds: machineAfter.total - machineBefore.total - machineBusy });

    // What the officers see now: every item shows its last saved value.
    let unseen = 0;
    for (const itemId of itemIds) {
      const last = saves.filter((s) => s.itemId === itemId && s.outcome === "saved").at(-1);
      if (last && !(await getPage(reader, `/items/${itemId}`)).html.includes(last.value)) unseen++;
    }
    await deployment.stopServers();

    const { lost, versionMismatches } = await lostUpdates(database, [...saves, ...warmSaves], ids);
    await database.close();
    latencies.sort((a, b) => a - b);
    const reads5xx = [...readStatuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
    const readsNot2xx = [...readStatuses].filter(([status]) => status < 200 || status >= 300).reduce((sum, [, n]) => sum + n, 0);
    const saveMs = saves.map((s) => s.ms).sort((a, b) => a - b);
    const figures: LoadFigures = {
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
      // autocannon counts a timeout among its errors too.
      warmUpFailures:
        (warmReads ? warmReads.errors + warmReads.non2xx : 0) +
        warmSaves.filter((s) => s.outcome === "error" || s.outcome === "refused" || s.status >= 500).length,
    };
    return { figures, cpu, appMainThreadSeconds, machineBusyPercent: (100 * machineBusy) / (machineAfter.total - machineBefore.total) };
  } finally {
    clearTimeout(watchdog);
    await deployment.stop();
  }
}

function passed(figures: LoadFigures): boolean {
  return (
    figures.responses5xx === 0 &&
    figures.lostUpdates === 0 &&
    figures.versionMismatches === 0 &&
    figures.readErrors === 0 &&
    figures.saveErrors === 0 &&
    figures.warmUpFailures === 0
  );
}

function printCpu(name: string, { cpu, appMainThreadSeconds, machineBusyPercent, figures }: Run) {
  const cores = os.availableParallelism();
  console.log(
    `\nWhere the CPU went, ${name} (${cores} cores × ${SECONDS} s = ${cores * SECONDS} CPU-seconds; machine ${machineBusyPercent.toFixed(0)} % busy):`,
  );
  console.log("| Process group | CPU seconds | cores on average |\n|---|---:|---:|");
  for (const { group, seconds } of cpu) console.log(`| ${group} | ${seconds.toFixed(1)} | ${(seconds / SECONDS).toFixed(2)} |`);
  // Beside the reads a second: one server process alone already keeps more than one core busy
  // (its compiler and garbage collector run on threads of their own), which bounds the ratio.
  const app = appSeconds(cpu);
  console.log(
    `\nApp CPU per read (the editors' requests included): ${((1000 * app) / figures.reads).toFixed(1)} ms, of which ` +
      `${((1000 * appMainThreadSeconds) / figures.reads).toFixed(1)} ms on the main threads; their other threads ` +
      `(V8's compiler and garbage collector, libuv's pool) kept ${((app - appMainThreadSeconds) / SECONDS).toFixed(2)} cores busy.`,
  );
}

/** --seconds, the measured load, and --warm, the load before it that is not counted. */
function secondsArgument(name: "seconds" | "warm", fallback: string, least: number): number {
  const raw = options[name] ?? fallback;
  const seconds = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || seconds < least || seconds > 3600)
    throw new Error(`--${name}${name === "seconds" ? " (or LOAD_SECONDS)" : ""} must be a whole number from ${least} to 3600; got "${raw}".`);
  return seconds;
}

function instancesArgument(): number | null {
  if (options.instances === undefined) return null;
  const instances = Number(options.instances);
  if (!Number.isInteger(instances) || instances < 2 || instances > 8)
    throw new Error(`--instances must be a whole number from 2 to 8 (without it: one instance on SQLite); got "${options.instances}".`);
  return instances;
}

/**
 * Pairs of runs behind a comparison of server processes. This machine's speed drifts by more
 * than a fifth within minutes, and the second run of a pair always came later: pairs after the
 * first run in the other order (one process, N, N, one), so a steady drift weighs on both alike.
 */
function pairsArgument(): number {
  const raw = options.pairs ?? "1";
  if (!/^[1-5]$/.test(raw.trim())) throw new Error(`--pairs must be a whole number from 1 to 5; got "${raw}".`);
  return Number(raw);
}

/** Server processes to compare one with: WEB_CONCURRENCY as npm start would take it, unless --workers says. */
function workersArgument(): number {
  if (options.workers === undefined) return webConcurrency({});
  return webConcurrency({ WEB_CONCURRENCY: options.workers });
}

interface Target {
  measure: string;
  target: string;
  figure: string;
  met: boolean;
}

/** The targets every run must meet, whatever it is compared with. */
function runTargets(runs: { figures: LoadFigures }[], names: string[]): Target[] {
  return [
    ...runs.map((run, i) => ({
      measure: `responses with status 5xx, ${names[i]}`,
      target: "0",
      figure: String(run.figures.responses5xx),
      met: run.figures.responses5xx === 0,
    })),
    ...runs.map((run, i) => ({
      measure: `lost updates (and versions that do not add up), ${names[i]}`,
      target: "0",
      figure: `${run.figures.lostUpdates} (${run.figures.versionMismatches})`,
      met: run.figures.lostUpdates === 0 && run.figures.versionMismatches === 0,
    })),
    ...runs.map((run, i) => ({
      // A save refused (say, a form one instance would not take from another) is not lost, but would make the count hollow.
      measure: `saves made, none refused or failed, ${names[i]}`,
      target: "> 0, 0 refused, 0 failed",
      figure: `${run.figures.saves}, ${run.figures.savesRefused} refused, ${run.figures.saveErrors} failed`,
      met: run.figures.saves > 0 && run.figures.savesRefused === 0 && run.figures.saveErrors === 0,
    })),
    ...runs.map((run, i) => ({
      measure: `reads failed (network errors, timeouts), ${names[i]}`,
      target: "0",
      figure: String(run.figures.readErrors),
      met: run.figures.readErrors === 0,
    })),
    ...runs.map((run, i) => ({
      measure: `requests of the warm-up that failed or were refused, ${names[i]}`,
      target: "0",
      figure: String(run.figures.warmUpFailures),
      met: run.figures.warmUpFailures === 0,
    })),
  ];
}

type Run = LoadRun & { order: number };

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The runs side by side (one column each), where their CPU went, and the targets; sets the exit
 * code. The ratio is of the mean reads a second of each side's runs.
 */
function compare(ones: Run[], severals: Run[], names: [string, string], scaling: { label: string; wanted: number }): { ratio: number } {
  const runs = ones.length + severals.length;
  // Columns in the order the runs were made, which decides how the machine's drift fell on them.
  const columns = [...ones.map((run) => ({ run, side: 0 })), ...severals.map((run) => ({ run, side: 1 }))]
    .sort((a, b) => a.run.order - b.run.order)
    .map(({ run, side }) => ({ run, name: runs > 2 ? `${names[side]} (run ${run.order} of ${runs})` : names[side]! }));
  console.log(`\n| Figure | ${columns.map((column) => column.name).join(" | ")} |\n|---|${columns.map(() => "---:").join("|")}|`);
  for (const key of Object.keys(ones[0]!.figures) as (keyof LoadFigures)[])
    console.log(`| ${key} | ${columns.map((column) => column.run.figures[key]).join(" | ")} |`);
  for (const column of columns) printCpu(column.name, column.run);
  const readRate = (runs: Run[]) => mean(runs.map((run) => run.figures.reads / run.figures.seconds));
  const ratio = readRate(severals) / readRate(ones);
  const targets: Target[] = [
    { measure: `reads a second, ${scaling.label}`, target: `>= ${scaling.wanted.toFixed(1)}x`, figure: `${ratio.toFixed(2)}x`, met: ratio >= scaling.wanted },
    ...runTargets(
      columns.map((column) => column.run),
      columns.map((column) => column.name),
    ),
  ];
  console.log("\n| Measure | Target | Figure | Met |\n|---|---|---:|---|");
  for (const row of targets) console.log(`| ${row.measure} | ${row.target} | ${row.figure} | ${row.met ? "yes" : "NO"} |`);
  const missed = targets.filter((row) => !row.met).length;
  console.log(missed ? `\n${missed} target(s) missed.` : "\nEvery target met.");
  process.exitCode = missed ? 1 : 0;
  return { ratio };
}

/**
 * At most how many times the reads of one process N processes can serve on this machine's C cores,
 * at the same CPU per read. One process is limited by its main thread, the one JavaScript runs
 * on, busy a share u of the time, while its other threads (V8's compiler and garbage collector,
 * libuv's pool), a share 1 − s of its CPU, ran on a core it did not otherwise need. N processes
 * gain N main threads but must fit all their work into C cores: min(N, C × s) / u.
 */
function scalingCeiling(ones: Run[], workers: number): { mainShare: number; mainBusy: number; cores: number; ratio: number } {
  const mainSeconds = ones.reduce((sum, run) => sum + run.appMainThreadSeconds, 0);
  const mainShare = mainSeconds / ones.reduce((sum, run) => sum + appSeconds(run.cpu), 0);
  const mainBusy = mainSeconds / (SECONDS * ones.length);
  const cores = os.availableParallelism();
  return { mainShare, mainBusy, cores, ratio: Math.min(workers, cores * mainShare) / mainBusy };
}

async function main() {
  const instances = instancesArgument();
  const workers = instances === null ? workersArgument() : 1;
  const pairs = pairsArgument();
  if (pairs > 1 && (instances !== null || workers === 1))
    throw new Error("--pairs repeats a comparison of server processes: it goes with neither --instances nor --workers 1.");
  let authSecret = randomBytes(32).toString("base64url");
  if (instances !== null) {
    // As in a deployment: the build derives its server-actions key from the instances' shared
    // AUTH_SECRET (next.config.ts); a stable one keeps that build from one run to the next.
    authSecret = scratchAuthSecret();
    process.env.AUTH_SECRET = authSecret;
  }
  ensureBuild();
  const editorPassword = randomBytes(12).toString("base64url");

  let made = 0;
  const run = async (deployment: Deployment): Promise<Run> => ({ ...(await runLoad(deployment, editorPassword)), order: ++made });
  const one = await run(await sqliteDeployment(editorPassword, authSecret));
  recordFigures("load", one.figures);
  if (instances === null && workers === 1) {
    console.table(one.figures);
    const ok = passed(one.figures);
    console.log(ok ? "Load test passed: no 5xx, no lost update." : "Load test FAILED: see the figures above.");
    process.exitCode = ok ? 0 : 1;
    return;
  }

  if (instances === null) {
    const ones = [one];
    const clusters: Run[] = [];
    const runOne = async () => ones.push(await run(await sqliteDeployment(editorPassword, authSecret)));
    const runCluster = async () => clusters.push(await run(await sqliteDeployment(editorPassword, authSecret, workers)));
    await runCluster();
    for (let pair = 1; pair < pairs; pair++) {
      if (pair % 2 === 1) {
        await runCluster();
        await runOne();
      } else {
        await runOne();
        await runCluster();
      }
    }
    const names: [string, string] = ["1 server process, SQLite", `WEB_CONCURRENCY=${workers}, SQLite`];
    const { ratio } = compare(ones, clusters, names, { label: `${workers} server processes vs 1`, wanted: SCALING_PER_PROCESS * workers });
    const ceiling = scalingCeiling(ones, workers);
    console.log(
      `\nOne server process kept its main thread busy ${(100 * ceiling.mainBusy).toFixed(0)} % of the time and did ` +
        `${(100 * ceiling.mainShare).toFixed(0)} % of its work there, the rest on other threads (V8's compiler and garbage collector, libuv's pool). ` +
        `At the same CPU per read, ${workers} processes on ${ceiling.cores} cores can serve at most ` +
        `min(${workers}, ${ceiling.cores} × ${ceiling.mainShare.toFixed(2)}) / ${ceiling.mainBusy.toFixed(2)} = ${ceiling.ratio.toFixed(2)} times the reads of one ` +
        `(measured: ${ratio.toFixed(2)}).`,
    );
    recordFigures("load-cluster", {
      workers,
      cores: os.availableParallelism(),
      pairs: ones.length,
      one: { readsPerSecond: Math.round(mean(ones.map((run) => run.figures.readsPerSecond))) },
      cluster: { readsPerSecond: Math.round(mean(clusters.map((run) => run.figures.readsPerSecond))) },
      ratio,
      ceiling: ceiling.ratio,
      runs: {
        one: ones.map((run) => ({ figures: run.figures, cpu: run.cpu, appMainThreadSeconds: run.appMainThreadSeconds })),
        cluster: clusters.map((run) => ({ figures: run.figures, cpu: run.cpu, appMainThreadSeconds: run.appMainThreadSeconds })),
      },
    });
    return;
  }

  const several = await run(await postgresDeployment(instances, editorPassword, authSecret));
  const names: [string, string] = ["1 instance, SQLite", `${instances} instances, PostgreSQL, nginx`];
  const { ratio } = compare([one], [several], names, { label: `${instances} instances vs 1`, wanted: SCALING_PER_INSTANCE * instances });
  recordFigures("load-instances", { instances, one: one.figures, several: several.figures, ratio, cpu: { one: one.cpu, several: several.cpu } });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
