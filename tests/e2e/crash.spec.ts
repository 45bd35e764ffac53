// SIGKILL in the middle of a burst of writes, on a production server of the test's own (own port,
// own database) serving with two processes, as `npm start` does on a machine with two cores
// (WEB_CONCURRENCY=2): the whole process group dies at once, both server processes with writes in
// flight. After a restart the database is intact, every write the server acknowledged is there,
// and no change is half-written (an edit without its audit event, or the reverse). On
// SQLite the database is a file the killed server had open; on PostgreSQL (durability on) the
// database server then crashes too, and recovers from its write-ahead log when restarted.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { createDatabase } from "../../lib/db/postgres-admin";
import { postgresBinDir, startPrivatePostgres, type PrivatePostgres } from "../../lib/db/private-postgres";
import { startClusterServer } from "../support/cluster-server";
import { readDb, readPostgres } from "../support/e2e-db";
import { E2E_DIR } from "../support/e2e-dir";
import { createItem, editItem, getPage, signIn, type HttpSession } from "../support/http-forms";
import { freePort, freshDatabase } from "../support/production-server";
import { recordFigures } from "../support/proof-figures";
import { TEST_USERS } from "../support/test-users";

const EDITORS = 8;
const CREATORS = 2;
/** Server processes, as WEB_CONCURRENCY: writes land on either, each through its own connection to the database. */
const SERVER_PROCESSES = 2;

interface Attempt {
  value: string;
  state: "acknowledged" | "in flight" | "refused";
}

interface Found {
  /** ["ok"], or what the engine's own check found wrong. */
  integrity: string[];
  foreignKeyErrors: number;
  items: Map<number, { id: number; titleEn: string; notes: string | null; version: number }>;
  events: { action: string; entityId: string; itemId: number; after: string }[];
}

/** What differs between the engines: where the database is, how it is read, what a crash does to it. */
interface Store {
  engine: "sqlite" | "postgresql";
  /** What freshDatabase returned, for startServer. */
  database: string;
  firstItemIds(count: number): Promise<number[]>;
  read(): Promise<Found>;
  /** After the app's SIGKILL: the database server's own crash and recovery, where there is one. */
  crash(): Promise<void>;
  close(): void;
}

function sqliteStore(dir: string): Store {
  const database = freshDatabase(dir);
  return {
    engine: "sqlite",
    database,
    firstItemIds: async (count) =>
      readDb((db) => (db.prepare("SELECT id FROM Item ORDER BY id LIMIT ?").all(count) as { id: number }[]).map((row) => row.id), database),
    read: async () =>
      readDb((db) => {
        const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check);
        const foreignKeyErrors = (db.pragma("foreign_key_check") as unknown[]).length;
        const items = new Map(
          (db.prepare("SELECT id, titleEn, notes, version FROM Item").all() as { id: number; titleEn: string; notes: string | null; version: number }[]).map(
            (row) => [row.id, row],
          ),
        );
        const events = db
          .prepare("SELECT action, entityId, itemId, after FROM AuditEvent WHERE action IN ('item.update', 'item.create') ORDER BY id")
          .all() as Found["events"];
        return { integrity, foreignKeyErrors, items, events };
      }, database),
    crash: async () => undefined,
    close: () => undefined,
  };
}

async function postgresStore(dir: string): Promise<Store> {
  // Durability on: a commit is acknowledged only once it is in the write-ahead log on disk.
  const server = await startPrivatePostgres({ fast: false });
  try {
    const database = freshDatabase(dir, await createDatabase(server.url, "sccp_crash"));
    // amcheck (in Debian's server package) verifies indexes after the crash; installed before it.
    const admin = new pg.Client({ connectionString: database });
    await admin.connect();
    await admin.query("CREATE EXTENSION IF NOT EXISTS amcheck").finally(() => admin.end());
    return {
      engine: "postgresql",
      database,
      firstItemIds: (count) =>
        readPostgres(database, async (client) =>
          (await client.query<{ id: number }>('SELECT "id" FROM "Item" ORDER BY "id" LIMIT $1', [count])).rows.map((row) => row.id),
        ),
      read: () => readPostgres(database, readPostgresFindings),
      crash: async () => crashAndRecover(server),
      close: () => server.stop(),
    };
  } catch (error) {
    server.stop();
    throw error;
  }
}

/**
 * Stops the server the way a power cut would (immediate mode: no checkpoint, nothing flushed on the
 * way out), then starts it with the same settings: it must replay its write-ahead log to come back.
 */
function crashAndRecover(server: PrivatePostgres): void {
  const bin = postgresBinDir()!;
  const args = [path.join(bin, "pg_ctl"), "-D", path.join(server.dir, "data"), "-l", path.join(server.dir, "log"), "-m", "immediate", "-w", "restart"];
  const [command, commandArgs] = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", ...args]] : [args[0]!, args.slice(1)];
  const result = spawnSync(command, commandArgs, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`pg_ctl restart failed: ${result.stderr || result.stdout}`);
  const log = readFileSync(path.join(server.dir, "log"), "utf8");
  if (!/database system was interrupted|was not properly shut down|redo starts at/.test(log)) {
    throw new Error(`PostgreSQL came back without crash recovery; the test would prove nothing:\n${log.slice(-2000)}`);
  }
}

/** PostgreSQL's counterparts of SQLite's integrity and foreign-key checks: every B-tree index verified (amcheck), every foreign key's rows looked up. */
async function readPostgresFindings(client: pg.Client): Promise<Found> {
  const integrity: string[] = [];
  const indexes = await client.query<{ index: string }>(
    `SELECT c.oid::regclass::text AS index FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE am.amname = 'btree' AND n.nspname = current_schema()`,
  );
  for (const { index } of indexes.rows) {
    try {
      await client.query("SAVEPOINT checking");
      await client.query("SELECT bt_index_check($1::regclass, true)", [index]);
      await client.query("RELEASE SAVEPOINT checking");
    } catch (error) {
      await client.query("ROLLBACK TO SAVEPOINT checking");
      integrity.push(`${index}: ${(error as Error).message}`);
    }
  }
  const keys = await client.query<{ child: string; parent: string; childColumns: string[]; parentColumns: string[] }>(
    `SELECT con.conrelid::regclass::text AS child, con.confrelid::regclass::text AS parent,
            array(SELECT quote_ident(attname) FROM unnest(con.conkey) WITH ORDINALITY k(num, ord) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY ord) AS "childColumns",
            array(SELECT quote_ident(attname) FROM unnest(con.confkey) WITH ORDINALITY k(num, ord) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY ord) AS "parentColumns"
       FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace WHERE con.contype = 'f' AND n.nspname = current_schema()`,
  );
  let foreignKeyErrors = 0;
  for (const key of keys.rows) {
    const present = key.childColumns.map((column) => `c.${column} IS NOT NULL`).join(" AND ");
    const matches = key.childColumns.map((column, i) => `p.${key.parentColumns[i]} = c.${column}`).join(" AND ");
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${key.child} c WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE ${matches})`,
    );
    foreignKeyErrors += Number(rows[0]!.n);
  }
  const items = new Map(
    (
      await client.query<{ id: number; titleEn: string; notes: string | null; version: number }>('SELECT "id", "titleEn", "notes", "version" FROM "Item"')
    ).rows.map((row) => [row.id, row]),
  );
  const events = (
    await client.query<Found["events"][number]>(
      `SELECT "action", "entityId", "itemId", "after" FROM "AuditEvent" WHERE "action" IN ('item.update', 'item.create') ORDER BY "id"`,
    )
  ).rows;
  return { integrity: integrity.length ? integrity : ["ok"], foreignKeyErrors, items, events };
}

const ENGINES = [
  { engine: "sqlite", portOffset: 1, open: async (dir: string) => sqliteStore(dir) },
  { engine: "postgresql", portOffset: 40, open: postgresStore },
] as const;

for (const { engine, portOffset, open } of ENGINES) {
  test(`${engine}: a server killed mid-burst keeps every acknowledged write and no half-written change`, async () => {
    test.setTimeout(180_000);
    const DIR = `${E2E_DIR}/crash-${engine}`;
    const store = await open(DIR);
    try {
      await crashTest(store, DIR, Number(process.env.E2E_PORT ?? 3100) + portOffset);
    } finally {
      store.close();
    }
  });
}

async function crashTest(store: Store, DIR: string, fromPort: number) {
  const dbFile = store.database;
  const port = await freePort(fromPort);
  const authSecret = randomBytes(32).toString("base64url");
  const start = (run: number) => startClusterServer({ port, workers: SERVER_PROCESSES, dbFile, logFile: `${DIR}/server-${run}.log`, authSecret });
  const first = await start(1);

  const sessions = [
    await signIn(first.url, TEST_USERS.editor.email, TEST_USERS.editor.password),
    await signIn(first.url, TEST_USERS.editor2.email, TEST_USERS.editor2.password),
  ];
  const itemIds = await store.firstItemIds(EDITORS);
  const edits = new Map<number, Attempt[]>(itemIds.map((id) => [id, []]));
  const creates: Attempt[] = [];
  let acknowledged = 0;
  let killed = false;

  // Each writer saves one after another until the server dies under it: one request at most in
  // flight per writer, so at most one outcome per writer is unknown.
  async function writer(attempts: Attempt[], save: (value: string) => Promise<{ outcome: string }>, prefix: string) {
    for (let seq = 1; !killed; seq++) {
      const attempt: Attempt = { value: `${prefix} ${seq}`, state: "in flight" };
      attempts.push(attempt);
      try {
        const { outcome } = await save(attempt.value);
        attempt.state = outcome === "saved" ? "acknowledged" : "refused";
        if (outcome === "saved") acknowledged++;
      } catch {
        return; // The connection died with the server: this write's fate is unknown.
      }
    }
  }
  const session = (i: number): HttpSession => sessions[i % sessions.length]!;
  const burst = [
    ...itemIds.map((id, i) => writer(edits.get(id)!, (value) => editItem(session(i), id, { notes: value }), `crash edit ${id}.`)),
    ...Array.from({ length: CREATORS }, (_, i) =>
      writer(creates, (value) => createItem(session(i), { titleEn: value, proposerCode: "PE" }), `Crash created ${i}.`),
    ),
  ];

  const started = Date.now();
  await expect.poll(() => acknowledged, { timeout: 30_000, intervals: [50] }).toBeGreaterThanOrEqual(100);
  await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 200)));
  expect(first.serverPids(), "server processes serving the burst").toHaveLength(SERVER_PROCESSES);
  await first.kill("SIGKILL");
  killed = true;
  const burstMs = Date.now() - started;
  await Promise.all(burst);
  expect((await first.exited).signal).toBe("SIGKILL");
  const crashedAt = Date.now();
  await store.crash();
  const databaseRecoveryMs = Date.now() - crashedAt;

  const restartedAt = Date.now();
  const second = await start(2);
  const restartMs = Date.now() - restartedAt;
  try {
    const all = [...[...edits.values()].flat(), ...creates];
    expect(
      all.filter((a) => a.state === "refused"),
      "no write was refused before the kill",
    ).toEqual([]);

    const found = await store.read();
    expect(found.integrity).toEqual(["ok"]);
    expect(found.foreignKeyErrors).toBe(0);

    let lost = 0;
    let halfWritten = 0;
    for (const [id, attempts] of edits) {
      const item = found.items.get(id)!;
      const audited = found.events.filter((e) => e.action === "item.update" && e.itemId === id).map((e) => (JSON.parse(e.after) as { notes: string }).notes);
      const acked = attempts.filter((a) => a.state === "acknowledged").map((a) => a.value);
      const possible = new Set(attempts.map((a) => a.value));
      lost += acked.filter((value) => !audited.includes(value)).length;
      // Every version step has its audit event and every audit event its version step.
      if (item.version - 1 !== audited.length || audited.some((value) => !possible.has(value))) halfWritten++;
      // The item holds the last acknowledged value, or the one in flight when the server died.
      const lastAcked = acked.at(-1);
      const inFlight = attempts.find((a) => a.state === "in flight")?.value;
      expect([lastAcked, inFlight], `item ${id}`).toContain(item.notes);
      expect(audited.at(-1), `item ${id}`).toBe(item.notes);
    }
    const createdItems = [...found.items.values()].filter((item) => item.titleEn.startsWith("Crash created"));
    const createEvents = found.events.filter(
      (e) => e.action === "item.create" && (JSON.parse(e.after) as { titleEn: string }).titleEn.startsWith("Crash created"),
    );
    lost += creates.filter((a) => a.state === "acknowledged" && !createdItems.some((item) => item.titleEn === a.value)).length;
    halfWritten += createdItems.filter((item) => createEvents.filter((e) => Number(e.entityId) === item.id).length !== 1).length;
    halfWritten += createEvents.filter((e) => !found.items.has(Number(e.entityId))).length;
    expect(lost, "acknowledged writes missing after the restart").toBe(0);
    expect(halfWritten, "changes without their audit event, or the reverse").toBe(0);

    // The restarted app serves what was saved, to a session opened before the crash.
    const [id] = [...edits][0]!;
    const page = await getPage({ ...sessions[0]!, baseURL: second.url }, `/items/${id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(found.items.get(id)!.notes!);

    // Secrets never reach the server's log: not the passwords typed, not the session tokens.
    const logs = readFileSync(`${DIR}/server-1.log`, "utf8") + readFileSync(`${DIR}/server-2.log`, "utf8");
    for (const secret of [TEST_USERS.editor.password, TEST_USERS.editor2.password, ...sessions.map((s) => s.cookie.split("=")[1]!), authSecret]) {
      expect(logs.includes(secret), "a secret in the server log").toBe(false);
    }

    const figures = {
      serverProcesses: SERVER_PROCESSES,
      writesAcknowledged: all.filter((a) => a.state === "acknowledged").length,
      writesInFlightAtKill: all.filter((a) => a.state === "in flight").length,
      burstMs,
      restartMs,
      ...(store.engine === "postgresql" ? { databaseRecoveryMs } : {}),
      integrity: found.integrity.join("; "),
      lost,
      halfWritten,
    };
    recordFigures(store.engine === "sqlite" ? "crash" : `crash-${store.engine}`, figures);
  } finally {
    await second.kill();
  }
}
