// A production server of our own with several server processes, as `npm run serve` runs it
// (lib/release/cluster.ts), on its own port and database: for the crash test, the cluster test and
// the load test's comparison. Serves the build already made (scripts/lib/serve-build.ts).
import { execFileSync, spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import path from "node:path";
import { databaseUrlOf, serverEnv, superviseServer, type ProductionServer } from "./production-server";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ClusterServer extends ProductionServer {
  /** The pids of the `next start` processes serving now (the cluster's workers). */
  serverPids(): number[];
  /** The pids of the mail workers running beside them. */
  mailWorkerPids(): number[];
}

/** The direct children of `pid` with their command lines (Linux `ps`). */
export function childProcesses(pid: number): { pid: number; args: string }[] {
  let out = "";
  try {
    out = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(pid)], { encoding: "utf8" });
  } catch {
    return []; // ps exits 1 when there are none.
  }
  return out
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ pid: Number(match[1]), args: match[2]! }));
}

/** The primary on loopback with `workers` server processes; resolves once the health check answers 200. */
export async function startClusterServer(options: {
  port: number;
  workers: number;
  /** What freshDatabase returned: a SQLite file or a PostgreSQL URL. */
  dbFile: string;
  logFile: string;
  authSecret: string;
  env?: Record<string, string>;
}): Promise<ClusterServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const log = openSync(options.logFile, "a");
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/lib/serve-build.ts")], {
    cwd: ROOT,
    env: serverEnv({
      PORT: String(options.port),
      HOST: "127.0.0.1",
      WEB_CONCURRENCY: String(options.workers),
      DATABASE_URL: databaseUrlOf(options.dbFile),
      AUTH_SECRET: options.authSecret,
      ...options.env,
    }),
    stdio: ["ignore", log, log],
    // Its own process group, so a kill reaches the primary, its server processes and the mail worker.
    detached: true,
  });
  closeSync(log);
  return superviseServer(child, {
    url,
    logFile: options.logFile,
    deadlineMs: 90_000,
    extend: (pid) => ({
      serverPids: () =>
        childProcesses(pid)
          .filter((p) => p.args.startsWith("next-server") || p.args.includes("next/dist/bin/next"))
          .map((p) => p.pid),
      mailWorkerPids: () =>
        childProcesses(pid)
          .filter((p) => p.args.includes("scripts/notify.ts"))
          .map((p) => p.pid),
    }),
    // Healthy once every server process is up: until then some connections would wait on one that is starting.
    ready: (server) => server.serverPids().length === options.workers,
  });
}
