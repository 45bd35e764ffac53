// Exclusive locks that serialise the steps two instances might otherwise run at the same moment:
// the release (migrate, seed, first administrator) and a build in a shared folder. Each lock is
// held by an open connection or file handle, so a process that dies, even by SIGKILL, lets go of
// it at once: there is never a stale lock to clear by hand.
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { redactUrl } from "../db/url";

/** How long a second run waits for the first before giving up with an explanation. */
export const LOCK_WAIT_MS = 15 * 60_000;

export interface LockOptions {
  /** Called once, when another process holds the lock and this one starts waiting. */
  onWait?: (message: string) => void;
  waitMs?: number;
}

// pg_advisory_lock's key: any bigint no other program on the database uses. Prisma's schema
// engine takes 72707369 while it migrates, so this one must differ from it.
const RELEASE_LOCK_KEY = "5989837165028409420";

/**
 * Runs `work` while holding a session-level advisory lock on a connection of its own. A second
 * release waits on the same lock, then finds the database migrated and seeded. `work` receives the
 * lock's connection (to read the database's settings, not to do the release's writes).
 */
export async function withPostgresReleaseLock<T>(url: string, work: (client: pg.Client) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "sccp-tracker release" });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Could not connect to ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // An error on the idle connection (the server restarting) must not crash the process unheard;
  // the release's own queries report it.
  client.on("error", () => undefined);
  try {
    // The connection sits idle while the release works; a server-wide idle timeout must not end it (and the lock with it).
    await client.query("SET idle_session_timeout = 0");
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [RELEASE_LOCK_KEY]);
    if (!rows[0]?.locked) {
      const waitMs = options.waitMs ?? LOCK_WAIT_MS;
      options.onWait?.(`Another release is running on ${redactUrl(url)} (${await lockHolder(client)}); waiting for it to finish…`);
      await client.query(`SET lock_timeout = ${Math.round(waitMs)}`);
      try {
        await client.query("SELECT pg_advisory_lock($1::bigint)", [RELEASE_LOCK_KEY]);
      } catch (error) {
        if ((error as { code?: string }).code === "55P03") {
          throw new Error(
            `Another release has held the release lock on ${redactUrl(url)} for more than ${minutes(waitMs)} (${await lockHolder(client)}). ` +
              "Nothing was changed. Let it finish, or end that session, then run the release again.",
          );
        }
        throw error;
      }
      await client.query("SET lock_timeout = 0");
    }
    try {
      return await work(client);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [RELEASE_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Who holds the release lock, for the waiting message: the session's process id, program and address. */
async function lockHolder(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ pid: number; application_name: string; client_addr: string | null; started: string }>(
    `SELECT a.pid, a.application_name, host(a.client_addr) AS client_addr, to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS') AS started
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.objsubid = 1 AND (l.classid::bigint << 32) | l.objid::bigint = $1::bigint`,
    [RELEASE_LOCK_KEY],
  );
  const holder = rows[0];
  if (!holder) return "it has just finished";
  return `server process ${holder.pid}, ${holder.application_name || "unnamed program"} from ${holder.client_addr ?? "a local socket"}, connected ${holder.started}`;
}

/**
 * Runs `work` while holding an exclusive lock on `lockFile`, a small SQLite database of its own
 * beside what it guards. SQLite's file locks are the operating system's, dropped when the process
 * ends however it ends, and SQLite keeps two connections of one process apart as well. The file is
 * left in place: removing it while another process waits on it would let a third lock a new file.
 * The wait is polled, never blocking: a release in the same process must be able to finish.
 */
export async function withFileLock<T>(lockFile: string, what: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  mkdirSync(path.dirname(path.resolve(lockFile)), { recursive: true });
  const lock = new Database(lockFile, { timeout: 0 });
  try {
    const waitMs = options.waitMs ?? LOCK_WAIT_MS;
    const deadline = Date.now() + waitMs;
    for (let waited = false; ;) {
      try {
        lock.exec("BEGIN EXCLUSIVE");
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
        if (!waited) options.onWait?.(`Another ${what} is running (it holds ${lockFile}); waiting for it to finish…`);
        waited = true;
        if (Date.now() > deadline) {
          throw new Error(
            `Another ${what} has held ${lockFile} for more than ${minutes(waitMs)}. Nothing was changed. Let it finish, or stop it, then try again.`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 100));
      }
    }
    try {
      return await work();
    } finally {
      lock.exec("ROLLBACK");
    }
  } finally {
    lock.close();
  }
}

function minutes(ms: number): string {
  return ms >= 120_000 ? `${Math.round(ms / 60_000)} minutes` : `${Math.round(ms / 1000)} seconds`;
}
