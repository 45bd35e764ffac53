// The mail worker beside the servers that npm start and npm run serve run (one, however many server
// processes serve the port: it is started by the process that forks them): `npm run notify --
// --every <seconds>` in a process of its own. Apart from the server, a worker that fails cannot
// take the server down, nor a server the worker; if it ends, it is started again. Several
// instances each run one: the outbox's leases let only one send each message.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { parseIntervalSeconds } from "../mail/cli";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DEFAULT_INTERVAL_SECONDS = 60;
const FIRST_RESTART_MS = 5_000;
const LONGEST_RESTART_MS = 5 * 60_000;
/** A worker that ran this long before it ended was not failing at start: its next restart is quick again. */
const STEADY_MS = 60_000;

/** WORKER_INTERVAL_SECONDS: the seconds between passes (60 by default); 0 runs no worker in this instance. */
export function workerIntervalSeconds(env: Record<string, string | undefined> = process.env): number {
  const value = env.WORKER_INTERVAL_SECONDS?.trim();
  if (!value) return DEFAULT_INTERVAL_SECONDS;
  if (value === "0") return 0;
  return parseIntervalSeconds(value, "WORKER_INTERVAL_SECONDS");
}

export interface WorkerProcess {
  /** Passes the signal on (the worker ends after the message in flight) and starts no other. */
  stop(signal: NodeJS.Signals): void;
}

export function startWorkerProcess(intervalSeconds: number, log: (line: string) => void = console.error): WorkerProcess | null {
  if (intervalSeconds === 0) return null;
  let child: ChildProcess | null = null;
  let stopping = false;
  let restartMs = FIRST_RESTART_MS;
  let restart: NodeJS.Timeout | undefined;

  const start = () => {
    const startedAt = performance.now();
    // The IPC channel closes when this process dies, however it dies, and the worker then stops.
    child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/notify.ts"), "--every", String(intervalSeconds)], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.on("exit", (code, signal) => {
      child = null;
      if (stopping) return;
      if (performance.now() - startedAt > STEADY_MS) restartMs = FIRST_RESTART_MS;
      log(`The mail worker ended (${signal ?? `exit code ${code}`}); starting it again in ${Math.round(restartMs / 1000)} s.`);
      restart = setTimeout(start, restartMs);
      restartMs = Math.min(restartMs * 2, LONGEST_RESTART_MS);
    });
  };
  start();
  return {
    stop(signal) {
      stopping = true;
      clearTimeout(restart);
      child?.kill(signal);
    },
  };
}
