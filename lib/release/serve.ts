// What `npm start` and `npm run serve` share: the configuration checked before anything else, the
// build reused or redone, the database found ready, and `next start` in one process per core.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { isEmptyDatabase } from "../../prisma/seed/seed";
import { currentLocalSignIn } from "../auth/oidc-config";
import { authSecret } from "../auth/secret";
import { buildIsCurrent, distDir, recordBuild, serverActionsKey, sourceFingerprint } from "../build-fingerprint";
import { createPrismaClient } from "../db/create-client";
import { databaseLocale, localeProblem } from "../db/postgresql";
import { databaseUrl, engineOf, redactUrl, sqliteFilePath, type Engine } from "../db/url";
import { migrationStatus } from "../health/migration-status";
import { mailSettings } from "../mail/transport";
import { officeTimeZone } from "../today";
import { startCluster, webConcurrency } from "./cluster";
import { withFileLock } from "./lock-sql";
import { startWorkerProcess, workerIntervalSeconds } from "./mail-worker";

const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");

// Without NEXTAUTH_URL, next-auth builds its redirects from the request's Host header.
function nextEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "true" }) };
}

/**
 * Every setting read before the database is touched, so a mistake stops the start with its own
 * message: the time zone, DATABASE_URL's form, AUTH_SECRET (required unless the database is a local
 * file), the server-actions key, and when serving PORT, WEB_CONCURRENCY, the mail settings
 * (SMTP_URL, MAIL_FROM) and the mail worker's WORKER_INTERVAL_SECONDS.
 */
export function checkConfiguration({ serving }: { serving: boolean }): { databaseUrl: string; engine: Engine; port: string; workers: number } {
  officeTimeZone();
  // Before AUTH_SECRET: on SQLite without it, authSecret() writes a secret file, and a start refused must leave nothing behind.
  const workers = serving ? webConcurrency() : 1;
  const url = databaseUrl();
  const engine = engineOf(url);
  authSecret();
  serverActionsKey();
  // Single sign-on and password settings: a mistake stops the start with the variable's name, not the first sign-in.
  currentLocalSignIn();
  const port = process.env.PORT?.trim() || "3000";
  if (serving && (!/^\d{1,5}$/.test(port) || Number(port) > 65535)) throw new Error(`PORT="${port}" is not a port number.`);
  if (serving) {
    mailSettings();
    workerIntervalSeconds();
  }
  return { databaseUrl: url, engine, port, workers };
}

/**
 * Builds the production bundle when the sources or the server-actions key changed since the last
 * build. Two instances sharing a checkout would otherwise build into the same folder at once; the
 * second waits, then finds the build current.
 */
export async function buildIfNeeded(log: (line: string) => void): Promise<void> {
  if (buildIsCurrent()) return;
  const dir = distDir();
  const lockFile = path.join("node_modules", ".cache", "sccp-tracker", `${path.basename(path.resolve(dir))}.build-lock`);
  await withFileLock(
    lockFile,
    `build into ${dir}`,
    async () => {
      if (buildIsCurrent()) return;
      log("Building the production bundle (sources changed since the last build)…");
      const fingerprint = sourceFingerprint();
      const build = spawnSync(process.execPath, [nextCli, "build"], { stdio: "inherit", env: nextEnv() });
      if (build.status !== 0) throw new Error("next build failed; see its output above.");
      recordBuild(fingerprint);
    },
    { onWait: log },
  );
}

/**
 * For `npm run serve`, which never migrates: the database must answer, be fit for the app (on
 * PostgreSQL, its locale) and have had its release. Otherwise the start stops and says what to run.
 */
export async function checkReleased(url: string, engine: Engine): Promise<void> {
  if (engine === "sqlite" && !existsSync(sqliteFilePath(url))) {
    throw new Error(`The database ${redactUrl(url)} does not exist. Run npm run release once (it creates and prepares it), then start the instances.`);
  }
  const client = createPrismaClient(url);
  try {
    const { pending } = await migrationStatus(client, engine).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      throw new Error(`Could not read the database ${redactUrl(url)}: ${reason}`);
    });
    if (engine === "postgresql") {
      const problem = localeProblem(await databaseLocale(client));
      if (problem) throw new Error(problem);
    }
    if (pending.length) {
      throw new Error(
        `The database ${redactUrl(url)} lacks ${pending.length} migration(s) (${pending.join(", ")}). Run npm run release once (it migrates under a lock), then start the instances.`,
      );
    }
    if (await isEmptyDatabase(client))
      throw new Error(`The database ${redactUrl(url)} holds no work plan yet. Run npm run release once, then start the instances.`);
  } finally {
    await client.$disconnect();
  }
}

/**
 * `next start` on PORT until it ends: one process when `workers` is 1, otherwise that many cluster
 * workers sharing the port (lib/release/cluster.ts), a worker that dies started again. The mail
 * worker runs once beside them, whatever their number (lib/release/mail-worker.ts). SIGINT and
 * SIGTERM are passed on, so the servers finish their requests and the mail worker the message it
 * is sending. `hostname` binds one address instead of all.
 */
export function serveNext(port: string, workers: number, hostname?: string): void {
  const args = ["start", "-p", port, ...(hostname ? ["-H", hostname] : [])];
  const mail = startWorkerProcess(workerIntervalSeconds());
  const stopAll = (code: number) => {
    mail?.stop("SIGTERM");
    process.exit(code);
  };
  if (workers === 1) {
    const server = spawn(process.execPath, [nextCli, ...args], { stdio: "inherit", env: nextEnv() });
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.on(signal, () => {
        server.kill(signal);
        mail?.stop(signal);
      });
    }
    server.on("exit", (code, signal) => stopAll(code ?? (signal ? 1 : 0)));
    return;
  }
  console.log(`Serving on port ${port} with ${workers} server processes (WEB_CONCURRENCY).`);
  const servers = startCluster({ workers, exec: nextCli, args, env: nextEnv() });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      servers.stop(signal);
      mail?.stop(signal);
    });
  }
  void servers.done.then(stopAll);
}
