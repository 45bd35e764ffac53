// Every core busy: `npm start` and `npm run serve` run WEB_CONCURRENCY copies of `next start`
// (one per core by default) as workers of Node's cluster module, which share the one port; the
// process that forks them (the primary) serves nothing itself. What must happen once (the
// release, the build, the mail worker) happens in the primary, before the fork or beside the
// workers, never in them. Whatever the workers must agree on lives in the database (sessions are
// signed with the one AUTH_SECRET, sign-in throttling, optimistic versions, the outbox's leases),
// so a request may land on any of them.
import cluster, { type Worker } from "node:cluster";
import os from "node:os";

/** More would only add memory and database connections: requests queue for the same cores. */
export const MAX_WEB_CONCURRENCY = 64;

/**
 * WEB_CONCURRENCY: how many server processes serve the port. Unset or blank, one per core
 * (`os.availableParallelism()`); 1 keeps a single `next start` as before.
 */
export function webConcurrency(env: Record<string, string | undefined> = process.env, cores = os.availableParallelism()): number {
  const raw = env.WEB_CONCURRENCY?.trim();
  if (!raw) return Math.max(1, Math.min(cores, MAX_WEB_CONCURRENCY));
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_WEB_CONCURRENCY) {
    throw new Error(
      `WEB_CONCURRENCY="${env.WEB_CONCURRENCY}" must be a whole number of server processes from 1 to ${MAX_WEB_CONCURRENCY} (unset: one per core, ${cores} here).`,
    );
  }
  return Number(raw);
}

export const FIRST_RESTART_MS = 1_000;
export const LONGEST_RESTART_MS = 60_000;
/** A worker that served this long before it died was not failing at start: its next restart is quick again. */
export const STEADY_MS = 60_000;
/** How long a stop waits for the workers to finish their requests before it kills them. */
export const STOP_GRACE_MS = 10_000;

/**
 * When a worker that died is started again: at once-ish after a long steady run, otherwise twice
 * as late as the time before, so a worker that dies at every start (a broken build, a database
 * that went away) costs a start a minute, not a spinning core.
 */
export function restartDelay(previousDelayMs: number | null, livedMs: number): number {
  if (previousDelayMs === null || livedMs >= STEADY_MS) return FIRST_RESTART_MS;
  return Math.min(previousDelayMs * 2, LONGEST_RESTART_MS);
}

export interface ClusterOptions {
  workers: number;
  /** The script each worker runs (Next.js's CLI) and its arguments. */
  exec: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface RunningCluster {
  /** Passes the signal to every worker, kills those still running after STOP_GRACE_MS, and restarts none. */
  stop(signal: NodeJS.Signals): void;
  /**
   * Settles once every worker is gone: with the exit code for the primary, 128 + the signal's
   * number after a stop (as `next start` itself exits), 1 when the workers could not start at all.
   */
  done: Promise<number>;
}

interface Slot {
  worker: Worker | null;
  startedAt: number;
  delayMs: number | null;
  restart?: NodeJS.Timeout;
}

/** Forks the workers into slots and keeps each slot filled until stopped. Call once, in the primary. */
export function startCluster({ workers, exec, args, env, log = console.error }: ClusterOptions): RunningCluster {
  if (!cluster.isPrimary) throw new Error("startCluster runs in the primary process only.");
  // Round-robin in the primary spreads connections evenly; the operating system's own choice
  // (the default on Windows) piles them on whichever worker wakes first.
  cluster.schedulingPolicy = cluster.SCHED_RR;
  // The primary runs under tsx; the workers run Next.js's compiled CLI and need no loader.
  cluster.setupPrimary({ exec, args, execArgv: [] });

  const slots: Slot[] = Array.from({ length: workers }, () => ({ worker: null, startedAt: 0, delayMs: null }));
  let stopping: NodeJS.Signals | null = null;
  let servedOnce = false;
  let failedAtStart = false;
  let finish: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finish = resolve));

  const settleIfEmpty = () => {
    if (slots.some((slot) => slot.worker || slot.restart)) return;
    finish(failedAtStart ? 1 : 128 + (os.constants.signals[stopping ?? "SIGTERM"] ?? 15));
  };

  const fork = (slot: Slot, index: number) => {
    slot.restart = undefined;
    slot.startedAt = performance.now();
    const worker = cluster.fork(env);
    slot.worker = worker;
    worker.once("listening", () => (servedOnce = true));
    worker.once("exit", (code, signal) => {
      slot.worker = null;
      if (stopping) return settleIfEmpty();
      if (!servedOnce) {
        // No worker ever got the port (it is taken, the build is missing…): restarting would only
        // repeat the error its output shows above, so the start fails as a single server's would.
        log(`Server process ${index + 1} ended before serving (${signal ?? `exit code ${code}`}); stopping the others.`);
        failedAtStart = true;
        return stop("SIGTERM");
      }
      slot.delayMs = restartDelay(slot.delayMs, performance.now() - slot.startedAt);
      log(`Server process ${index + 1} (pid ${worker.process.pid}) ended (${signal ?? `exit code ${code}`}); starting it again in ${slot.delayMs / 1000} s.`);
      slot.restart = setTimeout(() => fork(slot, index), slot.delayMs);
    });
  };

  function stop(signal: NodeJS.Signals) {
    if (stopping) return;
    stopping = signal;
    for (const slot of slots) {
      clearTimeout(slot.restart);
      slot.restart = undefined;
      // Next.js stops taking connections, finishes the requests it has, then exits.
      slot.worker?.process.kill(signal);
    }
    const deadline = setTimeout(() => {
      for (const slot of slots) {
        if (!slot.worker) continue;
        log(`Server process pid ${slot.worker.process.pid} still running ${STOP_GRACE_MS / 1000} s after ${signal}; killing it.`);
        slot.worker.process.kill("SIGKILL");
      }
    }, STOP_GRACE_MS);
    deadline.unref();
    settleIfEmpty();
  }

  slots.forEach(fork);
  return { stop, done };
}
