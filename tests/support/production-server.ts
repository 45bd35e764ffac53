// A production server of our own, on its own port and its own database file, for the tests that
// must kill or load a server (the crash test, the load test) without touching the shared one.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { buildIsCurrent, distDir as defaultDistDir, recordBuild, sourceFingerprint } from "../../lib/build-fingerprint";
import { E2E_AUTH_SECRET } from "./e2e-dir";

const require = createRequire(import.meta.url);
const nextCli = require.resolve("next/dist/bin/next");
const tsxCli = require.resolve("tsx/cli");

export function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { NEXTAUTH_URL: _url, NODE_ENV: _env, PORT: _port, ...inherited } = process.env;
  return { ...inherited, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: "true", APP_TIME_ZONE: "UTC", ...extra };
}

/**
 * A fresh directory with a database as the end-to-end tests have it: migrated, seeded, one account
 * per role. The database is a SQLite file in the directory (its path is returned), or the empty
 * PostgreSQL database `databaseUrl` names (which is returned).
 */
export function freshDatabase(dir: string, databaseUrl?: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const target = databaseUrl ?? path.join(dir, "sccp.db");
  const env = serverEnv({ DATABASE_URL: databaseUrl ?? `file:./${target}` });
  const prepared = spawnSync(process.execPath, [tsxCli, "tests/e2e/prepare-db.ts"], { env, encoding: "utf8" });
  if (prepared.status !== 0) throw new Error(`Preparing ${target} failed: ${prepared.stderr}`);
  return target;
}

/** DATABASE_URL for what freshDatabase returned: a PostgreSQL URL as it is, a file path as a file: URL. */
export function databaseUrlOf(database: string): string {
  return /^postgres(ql)?:\/\//.test(database) ? database : `file:./${database}`;
}

/**
 * Builds the production bundle only when the sources (or the server-actions key) changed since the
 * last build, as npm start does. `distDir` builds into a folder of its own, as a second machine
 * would; `env` is the build's environment on top of the test's (AUTH_SECRET, from which
 * next.config.ts derives the server-actions key, or that key itself).
 */
export function ensureBuild(options: { distDir?: string; env?: Record<string, string> } = {}): void {
  // The run's own build is made with the run's secret (playwright.config.ts): the same here, or the
  // key would differ and the build be made again under the running main server.
  const env = serverEnv({ AUTH_SECRET: E2E_AUTH_SECRET, ...options.env, ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}) });
  const dir = options.distDir ?? defaultDistDir();
  if (buildIsCurrent(dir, env)) return;
  // A build into a folder other than the one tsconfig.json names adds that folder to its include
  // list; the checkout is put back as it was.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const fingerprint = sourceFingerprint(env);
  try {
    const build = spawnSync(process.execPath, [nextCli, "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error(`next build into ${dir} failed.`);
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  }
  recordBuild(fingerprint, dir);
}

export interface ProductionServer {
  url: string;
  pid: number;
  logFile: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Signals the server's whole process group and waits until it is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** `next start` on loopback; resolves once the health check answers 200. */
export async function startServer(options: {
  port: number;
  /** What freshDatabase returned: a SQLite file or a PostgreSQL URL. */
  dbFile: string;
  logFile: string;
  authSecret: string;
  /** The build to serve, when not the default one (see ensureBuild). */
  distDir?: string;
  env?: Record<string, string>;
}): Promise<ProductionServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const log = openSync(options.logFile, "a");
  const child: ChildProcess = spawn(process.execPath, [nextCli, "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    env: serverEnv({
      DATABASE_URL: databaseUrlOf(options.dbFile),
      AUTH_SECRET: options.authSecret,
      ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}),
      ...options.env,
    }),
    stdio: ["ignore", log, log],
    detached: true,
  });
  closeSync(log);
  return superviseServer(child, { url, logFile: options.logFile, deadlineMs: 60_000 });
}

/**
 * A server process started detached (its own process group): resolves once its health check
 * answers 200 and `ready` agrees, or kills the group and throws with the log's end.
 */
export async function superviseServer<T extends object = object>(
  child: ChildProcess,
  options: { url: string; logFile: string; deadlineMs: number; extend?: (pid: number) => T; ready?: (server: ProductionServer & T) => boolean },
): Promise<ProductionServer & T> {
  const { url } = options;
  const pid = child.pid!;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const server = {
    url,
    pid,
    logFile: options.logFile,
    exited,
    async kill(signal: NodeJS.Signals = "SIGTERM") {
      try {
        process.kill(-pid, signal);
      } catch {
        // Already gone.
      }
      await exited;
    },
    ...(options.extend?.(pid) ?? ({} as T)),
  } as ProductionServer & T;
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + options.deadlineMs;
  while (Date.now() < deadline && !gone) {
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy && (options.ready?.(server) ?? true)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.kill();
  throw new Error(`The server on ${url} did not become healthy:\n${readFileSync(options.logFile, "utf8").slice(-2000)}`);
}

/** The first port from `from` that nothing listens on (servers of our own stay off the shared one). */
export async function freePort(from: number): Promise<number> {
  const { createServer } = await import("node:net");
  for (let port = from; port < from + 50; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port from ${from} to ${from + 49}.`);
}
