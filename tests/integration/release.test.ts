// The release step run by several instances at the same moment, on a database of its own made
// fresh for each test (a SQLite file, or an empty PostgreSQL database on TEST_DATABASE_URL's
// server): it migrates once, seeds once, creates one administrator, and every run succeeds.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { reproducibleBuildId, serverActionsKey } from "@/lib/build-fingerprint";
import { createPrismaClient } from "@/lib/db/create-client";
import { engineFiles, migrationNames } from "@/lib/db/migrations";
import { createDatabase, databaseUrlFor, dropDatabase, uniqueDatabaseName } from "@/lib/db/postgres-admin";
import { engineOf, sqliteFilePath } from "@/lib/db/url";
import { release, sqliteReleaseLockFile, type ReleaseReport } from "@/lib/release/release";
import { ECONOMIES } from "@/prisma/seed/reference-data";
import { scratchFolders } from "../support/scratch";

const engine = engineOf(process.env.DATABASE_URL!);
const server = process.env.TEST_DATABASE_URL?.trim();
const scratch = scratchFolders("release-");
const made: string[] = [];
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const ROOT = path.resolve(import.meta.dirname, "../..");
const AUTH_SECRET = "release-test-secret-0123456789-abcdefghijkl";

afterAll(async () => {
  if (server) for (const name of made) await dropDatabase(server, name);
});

/** An empty database: nothing migrated, nothing seeded, no account. */
async function emptyDatabase(): Promise<string> {
  if (engine === "sqlite") return `file:${path.join(scratch(), "release.db")}`;
  const name = uniqueDatabaseName("sccp_release");
  made.push(name);
  return createDatabase(server!, name);
}

interface Contents {
  migrationRows: string[];
  economies: number;
  items: number;
  users: { email: string; role: string }[];
}

async function contents(url: string): Promise<Contents> {
  const client = createPrismaClient(url);
  try {
    const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>('SELECT "migration_name" FROM "_prisma_migrations" ORDER BY "migration_name"');
    return {
      migrationRows: rows.map((row) => row.migration_name),
      economies: await client.economy.count(),
      items: await client.item.count(),
      users: await client.user.findMany({ select: { email: true, role: true } }),
    };
  } finally {
    await client.$disconnect();
  }
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** One of the project's scripts in a process of its own, as an instance would run it. */
function runScript(script: string, env: Record<string, string | undefined>): Promise<Run> {
  const {
    DATABASE_URL: _url,
    AUTH_SECRET: _secret,
    ADMIN_EMAIL: _email,
    ADMIN_PASSWORD: _password,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: _key,
    ...inherited
  } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, script], { cwd: ROOT, env: { ...inherited, APP_TIME_ZONE: "UTC", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the release step", () => {
  it("run three times at once on an empty database: migrates once, seeds once, one administrator, all succeed", async () => {
    const url = await emptyDatabase();
    const committed = await migrationNames(engineFiles(engine).migrationsDir);
    const waits: string[] = [];
    const reports: ReleaseReport[] = await Promise.all(
      [1, 2, 3].map(() =>
        release(url, { adminEnv: { ADMIN_EMAIL: "chief@customs.example", ADMIN_PASSWORD: "a long enough password" }, onWait: (line) => waits.push(line) }),
      ),
    );

    expect(reports.filter((report) => report.applied.length > 0).map((report) => report.applied)).toEqual([committed]);
    const seedings = reports.filter((report) => report.seeded !== null);
    expect(seedings).toHaveLength(1);
    expect(reports.filter((report) => report.admin.created)).toHaveLength(1);
    // The runs really overlapped: the later ones waited for the lock rather than running after.
    expect(waits.length).toBeGreaterThanOrEqual(1);
    expect(waits[0]).toMatch(/Another release.*is running/);

    const found = await contents(url);
    expect(found.migrationRows).toEqual(committed);
    expect(found.economies).toBe(ECONOMIES.length);
    expect(found.items).toBe(seedings[0]!.seeded!.items);
    expect(found.items).toBeGreaterThan(0);
    expect(found.users).toEqual([{ email: "chief@customs.example", role: "ADMIN" }]);

    // Once more, alone: nothing left to do.
    const again = await release(url, { adminEnv: {} });
    expect(again).toMatchObject({ applied: [], seeded: null, admin: { created: false } });
    expect(await contents(url)).toEqual(found);
  }, 180_000);

  it("as `npm run release` in two processes at once: both succeed, and one of them did the work", async () => {
    const url = await emptyDatabase();
    const env = { DATABASE_URL: url, AUTH_SECRET, ADMIN_EMAIL: "chief@customs.example", ADMIN_PASSWORD: "a long enough password" };
    const runs = await Promise.all([runScript("scripts/release.ts", env), runScript("scripts/release.ts", env)]);
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });

    const outputs = runs.map((run) => run.stdout);
    expect(outputs.filter((out) => /Applied migrations to/.test(out))).toHaveLength(1);
    expect(outputs.filter((out) => /is up to date\./.test(out))).toHaveLength(1);
    expect(outputs.filter((out) => /loaded the SCCP 2024 work plan/.test(out))).toHaveLength(1);
    expect(outputs.filter((out) => /Created the administrator chief@customs\.example with ADMIN_PASSWORD\./.test(out))).toHaveLength(1);
    // The secret never reaches the output.
    for (const out of outputs) expect(out).not.toContain(AUTH_SECRET);

    const found = await contents(url);
    expect(found.migrationRows).toEqual(await migrationNames(engineFiles(engine).migrationsDir));
    expect(found.economies).toBe(ECONOMIES.length);
    expect(found.users).toEqual([{ email: "chief@customs.example", role: "ADMIN" }]);
    if (engine === "sqlite") expect(existsSync(sqliteReleaseLockFile(url))).toBe(true);
  }, 180_000);

  it("`npm run serve` refuses a database the release has not prepared, and names the command to run", async () => {
    const url = await emptyDatabase();
    const run = await runScript("scripts/serve.ts", { DATABASE_URL: url, AUTH_SECRET, PORT: "0" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Could not start SCCP Tracker: The database .* (lacks \d+ migration|does not exist).*Run npm run release once/);
    if (engine === "sqlite") expect(existsSync(sqliteFilePath(url))).toBe(false);
  }, 60_000);

  it("AUTH_SECRET is required before anything starts when the database is not a local file", async () => {
    const env = { DATABASE_URL: "postgresql://sccp@127.0.0.1:1/sccp" };
    const runs = await Promise.all(["scripts/release.ts", "scripts/serve.ts", "scripts/start.ts"].map((script) => runScript(script, env)));
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("AUTH_SECRET must be set when the database is not a local file: every instance must sign sessions with the same secret.");
      // Refused before connecting: the unreachable server is never mentioned.
      expect(run.stderr).not.toMatch(/ECONNREFUSED|connect/);
    }
  }, 60_000);

  it.runIf(engine === "postgresql")(
    "refuses a PostgreSQL database whose collation would sort differently, and changes nothing",
    async () => {
      const name = uniqueDatabaseName("sccp_release_ascii");
      made.push(name);
      const admin = new pg.Client({ connectionString: databaseUrlFor(server!, "postgres") });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C'`);
      } finally {
        await admin.end();
      }
      const url = databaseUrlFor(server!, name);
      await expect(release(url, { adminEnv: {} })).rejects.toThrow(
        /encoding SQL_ASCII, collation C and character type C; .*CREATE DATABASE sccp TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8';.*Nothing was changed\./,
      );
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ tables: string }>("SELECT count(*) AS tables FROM pg_tables WHERE schemaname = 'public'");
        expect(Number(rows[0]!.tables)).toBe(0);
      } finally {
        await client.end();
      }
    },
    60_000,
  );
});

describe("the server-actions key and the build id every instance's build shares", () => {
  it("derives the key from AUTH_SECRET, one-way and the same every time; a given key wins", () => {
    const key = serverActionsKey({ AUTH_SECRET });
    expect(Buffer.from(key!, "base64")).toHaveLength(32);
    expect(serverActionsKey({ AUTH_SECRET })).toBe(key);
    expect(key).not.toContain(AUTH_SECRET.slice(0, 8));
    expect(serverActionsKey({ AUTH_SECRET: `${AUTH_SECRET}x` })).not.toBe(key);
    const given = Buffer.alloc(32, 7).toString("base64");
    expect(serverActionsKey({ AUTH_SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: given })).toBe(given);
    // One machine with no secret configured: Next.js keeps making up its own key.
    expect(serverActionsKey({})).toBeUndefined();
  });

  it("refuses a key that is not 16, 24 or 32 bytes of base64, before any build", () => {
    for (const bad of ["not base64!", Buffer.alloc(20).toString("base64"), "c2hvcnQ"]) {
      expect(() => serverActionsKey({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: bad })).toThrow(/must be 16, 24 or 32 bytes in base64/);
    }
  });

  it("gives one build id for the same sources and key, another for another key, and none without a key", () => {
    const id = reproducibleBuildId({ AUTH_SECRET });
    expect(id).toMatch(/^sccp-[0-9g-l]{24}$/);
    // Next.js avoids build ids containing "ad" (ad blockers drop such asset paths).
    expect(id).not.toMatch(/ad/i);
    expect(reproducibleBuildId({ AUTH_SECRET })).toBe(id);
    expect(reproducibleBuildId({ AUTH_SECRET: `${AUTH_SECRET}x` })).not.toBe(id);
    expect(reproducibleBuildId({})).toBeNull();
  });
});
