// `npm run bench:compare -- --before DIR --after DIR [--rounds N] [--per N] [URL ...]`: what a
// change does to the CPU a page costs, measured on two production builds serving side by side.
// Build each with `NEXT_DIST_DIR=DIR npm run build` (then `git checkout tsconfig.json`). Both
// serve the 10,000-item plan (data/sccp-large.db, as `npm run bench`); the same officer's
// requests, one at a time, alternate between them in rounds of PER (BEFORE first in odd rounds),
// and each server's CPU is read from /proc. This machine's speed drifts by up to half within an
// hour, which decides nothing between two runs made minutes apart, but moves both servers alike.
// Two identical builds measured so differ by about 2 %.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { sqliteFilePath } from "../lib/db/url";
import { buildLargeDatabase, largeDatabaseUrl } from "../prisma/seed/large-database";
import { startServer, type ProductionServer } from "../tests/support/production-server";
import { pageWeight } from "./lib/bench-pages";
import { ensureBenchUsers, signInAt } from "./lib/bench-session";
import { treeCpuSeconds } from "./lib/cpu";
import { scratchAuthSecret } from "./lib/scratch-secret";

const DEFAULT_URLS = ["/forbidden", "/items?coSponsor=US", "/items?sort=nextMilestone&page=50"];
const WARMUP = 100;
const LOG_DIR = "tests/.tmp/bench-compare";

interface Side {
  name: "before" | "after";
  dir: string;
  base: string;
  server: ProductionServer;
  cpuSeconds: number;
  bytes: number;
}

function options() {
  const { values, positionals } = parseArgs({
    options: { before: { type: "string" }, after: { type: "string" }, rounds: { type: "string", default: "10" }, per: { type: "string", default: "50" } },
    allowPositionals: true,
    strict: true,
  });
  const whole = (name: string, raw: string) => {
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`--${name} must be a whole number of at least 1; got "${raw}".`);
    return Number(raw);
  };
  for (const name of ["before", "after"] as const) {
    const dir = values[name];
    if (!dir) throw new Error(`--${name} names the folder of a production build (NEXT_DIST_DIR=folder npm run build).`);
    if (!existsSync(path.join(dir, "BUILD_ID"))) throw new Error(`${dir} holds no production build: run NEXT_DIST_DIR=${dir} npm run build first.`);
  }
  const urls = positionals.length ? positionals : DEFAULT_URLS;
  for (const url of urls) if (!url.startsWith("/")) throw new Error(`A URL to measure is a path such as /items?coSponsor=US; got "${url}".`);
  return { before: values.before!, after: values.after!, rounds: whole("rounds", values.rounds), per: whole("per", values.per), urls };
}

/** Every server started, stopped however the run ends. */
const started: ProductionServer[] = [];
// kill() signals the server's process group at once; the exit cannot wait for it to be gone.
process.on("exit", () => started.forEach((server) => void server.kill("SIGTERM")));

async function serve(name: Side["name"], dir: string, port: number, dbFile: string, authSecret: string): Promise<Side> {
  const base = `http://127.0.0.1:${port}`;
  // A server left on the port would answer in this one's place, and measure the wrong build.
  if (
    await fetch(`${base}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`Port ${port} is already serving; stop that server or set BENCH_PORT.`);
  mkdirSync(LOG_DIR, { recursive: true });
  const server = await startServer({ port, dbFile, logFile: path.join(LOG_DIR, `${name}.log`), authSecret, distDir: dir });
  started.push(server);
  return { name, dir, base, server, cpuSeconds: 0, bytes: 0 };
}

async function get(side: Side, url: string, cookie: string): Promise<void> {
  const response = await fetch(`${side.base}${url}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status} on the ${side.name} build.`);
  side.bytes = pageWeight(text).htmlBytes;
}

async function main() {
  const { before, after, rounds, per, urls } = options();
  const databaseUrl = largeDatabaseUrl();
  if (!existsSync(sqliteFilePath(databaseUrl))) {
    console.log(`Building the large data set in ${sqliteFilePath(databaseUrl)} (once)…`);
    await buildLargeDatabase(databaseUrl);
  }
  await ensureBenchUsers(databaseUrl);
  const port = Number(process.env.BENCH_PORT ?? 3210);
  if (!Number.isInteger(port) || port < 1024 || port > 65534) throw new Error(`BENCH_PORT="${process.env.BENCH_PORT}" must be a port from 1024 to 65534.`);
  // One secret for both: the officer signs in on one server and reads both with that cookie.
  const authSecret = scratchAuthSecret();
  // startServer takes a path from here (as freshDatabase gives it), not a URL.
  const dbFile = path.relative(process.cwd(), path.resolve(sqliteFilePath(databaseUrl)));
  const sides = [await serve("before", before, port, dbFile, authSecret), await serve("after", after, port + 1, dbFile, authSecret)];
  const cookie = await signInAt(sides[0]!.base);
  console.log(`\nServer CPU per request, ${rounds} rounds of ${per} requests on each build, alternating:\n`);
  console.log(`| URL | before (${before}) ms | after (${after}) ms | after / before | HTML KB before → after |`);
  console.log("|---|---:|---:|---:|---:|");
  for (const url of urls) {
    for (const side of sides) {
      side.cpuSeconds = 0;
      for (let request = 0; request < WARMUP; request++) await get(side, url, cookie);
    }
    for (let round = 0; round < rounds; round++) {
      for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
        const cpuBefore = treeCpuSeconds([side.server.pid]);
        for (let request = 0; request < per; request++) await get(side, url, cookie);
        side.cpuSeconds += treeCpuSeconds([side.server.pid]) - cpuBefore;
      }
    }
    const [was, now] = sides.map((side) => (side.cpuSeconds * 1000) / (rounds * per)) as [number, number];
    const kb = (bytes: number) => (bytes / 1024).toFixed(0);
    console.log(`| \`${url}\` | ${was.toFixed(2)} | ${now.toFixed(2)} | ${(now / was).toFixed(3)} | ${kb(sides[0]!.bytes)} → ${kb(sides[1]!.bytes)} |`);
  }
}

main().then(
  // The exit stops both servers.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
