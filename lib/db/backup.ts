// Online backup and checked restore of the database. SQLite: through SQLite's own backup API
// (better-sqlite3's db.backup), which copies a consistent snapshot while the app keeps writing.
// PostgreSQL: pg_dump's custom format and pg_restore, with the same checks and refusals.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { connectPostgres, quoteIdent } from "./copy-sql";
import { migrationNames, POSTGRES_MIGRATIONS_DIR } from "./migrations";
import { postgresBinDir } from "./private-postgres";
import { engineOf, redactUrl, sqliteFilePath } from "./url";

function stamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

/**
 * A file name in `dir` that no file has yet: `<prefix>-<time><ext>`, or with -2, -3… after it when
 * another backup was written in the same second (two restores in a row each keep a safety copy).
 */
function unusedName(dir: string, prefix: string, ext: string): string {
  const base = `${prefix}-${stamp()}`;
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${base}${n === 1 ? "" : `-${n}`}${ext}`);
    if (!existsSync(file)) return file;
  }
}

/**
 * Checks a database file: SQLite, intact, an SCCP Tracker database; for a restore, also migrated
 * only by migrations this code knows (a newer app's database would lose data under an older one).
 */
export async function checkDatabaseFile(file: string, { forRestore = false } = {}): Promise<{ migrations: string[] }> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${file} does not exist.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma("schema_version");
  } catch (error) {
    throw new Error(`${file} is not a SQLite database (${error instanceof Error ? error.message : String(error)}).`);
  }
  try {
    const integrity = db.pragma("integrity_check") as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== "ok") {
      throw new Error(
        `${file} is damaged: ${integrity
          .map((row) => row.integrity_check)
          .slice(0, 3)
          .join("; ")}`,
      );
    }
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!hasTable) throw new Error(`${file} is not an SCCP Tracker database (it has no migration history).`);
    const applied = (
      db.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name").all() as {
        migration_name: string;
      }[]
    ).map((row) => row.migration_name);
    const known = new Set(await migrationNames());
    const unknown = applied.filter((name) => !known.has(name));
    if (forRestore && unknown.length)
      throw new Error(`${file} was made by a newer version of SCCP Tracker (migrations ${unknown.join(", ")}); update the app first.`);
    return { migrations: applied };
  } finally {
    db.close();
  }
}

export interface RestoreOptions {
  /** Where a PostgreSQL restore keeps the database it replaces (default ./data/backups); SQLite keeps it beside the file. */
  backupDir?: string;
}

export async function backupDatabase(databaseUrl: string, target?: string): Promise<{ file: string; bytes: number }> {
  if (engineOf(databaseUrl) === "postgresql") return backupPostgres(databaseUrl, target);
  const source = sqliteFilePath(databaseUrl);
  if (!existsSync(source)) throw new Error(`There is no database at ${source} to back up.`);
  const file = target ?? unusedName(path.join(path.dirname(path.resolve(source)), "backups"), "sccp-tracker", ".db");
  if (existsSync(file)) throw new Error(`${file} already exists; choose another name.`);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  // A backup is a single file to copy around: no -wal/-shm files beside it when it is opened.
  const copy = new Database(file);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  await checkDatabaseFile(file);
  return { file, bytes: statSync(file).size };
}

/**
 * Refuses while another process has the database open (a running server does): SQLite's
 * exclusive lock is refused to anyone while another connection holds its shared lock.
 */
function assertNotInUse(file: string): void {
  const db = new Database(file, { fileMustExist: true, timeout: 200 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY")
      throw new Error(`${file} is in use by another process (is the server running?). Stop the server, then restore again.`);
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Replaces the database with a checked backup. The current database is backed up first, so a
 * restore can itself be undone. The server must be stopped: a restore under it would pull the
 * data away from open connections.
 */
export async function restoreDatabase(
  databaseUrl: string,
  backupFile: string,
  options: RestoreOptions = {},
): Promise<{ safetyCopy: string | null; migrations: string[] }> {
  if (engineOf(databaseUrl) === "postgresql") return restorePostgres(databaseUrl, backupFile, options.backupDir);
  const { migrations } = await checkDatabaseFile(backupFile, { forRestore: true });
  const target = sqliteFilePath(databaseUrl);
  if (existsSync(target)) assertNotInUse(target);
  const safetyCopy = existsSync(target)
    ? (await backupDatabase(databaseUrl, unusedName(path.join(path.dirname(path.resolve(target)), "backups"), "before-restore", ".db"))).file
    : null;
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const restored = new Database(target);
  restored.pragma("journal_mode = WAL");
  restored.close();
  await checkDatabaseFile(target);
  return { safetyCopy, migrations };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

const DEFAULT_BACKUP_DIR = path.join("data", "backups");
const MIGRATION_TABLE = "_prisma_migrations";

/** A PostgreSQL program: from the newest installed server (as new as the server it talks to), else from PATH. */
function pgProgram(name: string): string {
  const dir = postgresBinDir();
  return dir ? path.join(dir, name) : name;
}

/** The URL libpq is given, without its password (passed in PGPASSWORD, so no process list shows it) or Prisma's own parameters. */
function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const key of ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout"]) parsed.searchParams.delete(key);
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

function run(program: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(pgProgram(program), args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error) =>
      reject(new Error(`${program} could not be run (${error.message}); install Debian's postgresql-client package.`, { cause: error })),
    );
    child.on("close", (status) => resolve({ stdout, stderr, status }));
  });
}

const firstLine = (text: string) => text.trim().split("\n")[0] ?? "";

/** The app's tables after these PostgreSQL migrations, read from their SQL (a table added later is not asked of an older backup). */
function tablesAfter(migrations: string[]): Set<string> {
  const tables = new Set<string>();
  for (const name of migrations) {
    const sql = readFileSync(path.join(POSTGRES_MIGRATIONS_DIR, name, "migration.sql"), "utf8");
    for (const match of sql.matchAll(/(CREATE|DROP) TABLE (?:IF (?:NOT )?EXISTS )?"([^"]+)"|ALTER TABLE "([^"]+)" RENAME TO "([^"]+)"/g)) {
      if (match[1] === "CREATE") tables.add(match[2]!);
      else if (match[1] === "DROP") tables.delete(match[2]!);
      else {
        tables.delete(match[3]!);
        tables.add(match[4]!);
      }
    }
  }
  return tables;
}

/** Values of a COPY block's data line (text format: tab-separated, \N for null). */
function copyValues(line: string): (string | null)[] {
  return line
    .split("\t")
    .map((value) => (value === "\\N" ? null : value.replace(/\\(.)/g, (_, ch: string) => ({ t: "\t", n: "\n", r: "\r", "\\": "\\" })[ch] ?? ch)));
}

/**
 * Checks a PostgreSQL backup: pg_restore reads it, it holds the migration history and every table
 * of the app at its migrations; for a restore, also migrated only by migrations this code knows.
 */
export async function checkPostgresBackup(file: string, { forRestore = false } = {}): Promise<{ migrations: string[]; tables: string[] }> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${file} does not exist.`);
  const list = await run("pg_restore", ["--list", file]);
  if (list.status !== 0)
    throw new Error(`${file} is not a PostgreSQL backup made by npm run db:backup (pg_dump -Fc): ${firstLine(list.stderr) || "pg_restore cannot read it"}.`);
  const tables = [...list.stdout.matchAll(/^\d+; \d+ \d+ TABLE DATA \S+ (\S+) /gm)].map((match) => match[1]!);
  if (!tables.includes(MIGRATION_TABLE)) throw new Error(`${file} is not an SCCP Tracker backup (it has no migration history).`);

  const history = await run("pg_restore", ["--data-only", `--table=${MIGRATION_TABLE}`, "--file=-", file]);
  if (history.status !== 0) throw new Error(`${file} is damaged: ${firstLine(history.stderr)}.`);
  const lines = history.stdout.split("\n");
  const header = lines.findIndex((line) => line.startsWith("COPY ") && line.includes(MIGRATION_TABLE));
  const columns = /\(([^)]*)\)/.exec(lines[header] ?? "")?.[1]?.split(", ") ?? [];
  const [name, finished, rolledBack] = ["migration_name", "finished_at", "rolled_back_at"].map((column) => columns.indexOf(column));
  const migrations: string[] = [];
  for (const line of lines.slice(header + 1)) {
    if (line === "\\.") break;
    const values = copyValues(line);
    if (values[finished!] !== null && values[rolledBack!] === null && values[name!]) migrations.push(values[name!]!);
  }
  migrations.sort();
  if (!migrations.length) throw new Error(`${file} is not an SCCP Tracker backup (its migration history is empty).`);

  const known = new Set(await migrationNames(POSTGRES_MIGRATIONS_DIR));
  const unknown = migrations.filter((migration) => !known.has(migration));
  if (forRestore && unknown.length)
    throw new Error(`${file} was made by a newer version of SCCP Tracker (migrations ${unknown.join(", ")}); update the app first.`);
  const missing = [...tablesAfter(migrations.filter((migration) => known.has(migration)))].filter((table) => !tables.includes(table));
  if (missing.length) throw new Error(`${file} is not a complete SCCP Tracker backup: it lacks the tables ${missing.join(", ")}.`);
  return { migrations, tables: tables.filter((table) => table !== MIGRATION_TABLE) };
}

async function backupPostgres(databaseUrl: string, target?: string): Promise<{ file: string; bytes: number }> {
  const file = path.resolve(target ?? unusedName(DEFAULT_BACKUP_DIR, "sccp-tracker", ".dump"));
  if (existsSync(file)) throw new Error(`${file} already exists; choose another name.`);
  mkdirSync(path.dirname(file), { recursive: true });
  // Written beside its final name and renamed once checked: a file with the final name is a whole backup.
  const partial = `${file}.partial`;
  try {
    const { dbname, env } = libpqConnection(databaseUrl);
    const dump = await run("pg_dump", ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], env);
    if (dump.status !== 0) throw new Error(`pg_dump could not back up ${redactUrl(databaseUrl)}: ${firstLine(dump.stderr)}`);
    await checkPostgresBackup(partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, bytes: statSync(file).size };
}

/**
 * What a restore runs before the backup's own SQL, in the same transaction: every table, view,
 * sequence and type of the schema dropped, so the database ends exactly as backed up (a table of a
 * later migration would otherwise stay behind).
 */
async function clearSchemaSql(client: Awaited<ReturnType<typeof connectPostgres>>): Promise<{ sql: string; objects: number }> {
  const qualified = (schema: string, name: string) => `${quoteIdent(schema)}.${quoteIdent(name)}`;
  const relations = (
    await client.query<{ schema: string; name: string; kind: string }>(
      `SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'a' AND c.relkind = 'S')`,
    )
  ).rows;
  const types = (
    await client.query<{ schema: string; name: string }>(
      `SELECT n.nspname AS schema, t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = current_schema() AND t.typtype IN ('e', 'd')`,
    )
  ).rows;
  const drop = (what: string, kinds: string[]) => {
    const names = relations.filter((relation) => kinds.includes(relation.kind)).map((relation) => qualified(relation.schema, relation.name));
    return names.length ? `DROP ${what} IF EXISTS ${names.join(", ")} CASCADE;\n` : "";
  };
  const sql =
    drop("VIEW", ["v"]) +
    drop("MATERIALIZED VIEW", ["m"]) +
    drop("FOREIGN TABLE", ["f"]) +
    drop("TABLE", ["r", "p"]) +
    drop("SEQUENCE", ["S"]) +
    (types.length ? `DROP TYPE IF EXISTS ${types.map((type) => qualified(type.schema, type.name)).join(", ")} CASCADE;\n` : "");
  return { sql, objects: relations.length + types.length };
}

/**
 * Feeds pg_restore's SQL, after `prelude`, to psql in one transaction that stops at the first
 * error (and then changes nothing), counting each table's rows on the way.
 */
async function restoreScript(databaseUrl: string, file: string, prelude: string): Promise<Map<string, number>> {
  const { dbname, env } = libpqConnection(databaseUrl);
  const psql = spawn(pgProgram("psql"), ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction", `--dbname=${dbname}`], {
    env,
    stdio: ["pipe", "ignore", "pipe"],
  });
  const restore = spawn(pgProgram("pg_restore"), ["--no-owner", "--no-privileges", "--file=-", file], { stdio: ["ignore", "pipe", "pipe"] });
  const errors = { psql: "", restore: "" };
  psql.stderr.setEncoding("utf8").on("data", (chunk: string) => (errors.psql += chunk));
  restore.stderr.setEncoding("utf8").on("data", (chunk: string) => (errors.restore += chunk));
  const exited = (child: typeof psql | typeof restore) =>
    new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
  const [psqlExit, restoreExit] = [exited(psql), exited(restore)];
  psql.stdin.on("error", () => undefined); // psql stopping at an error closes its input; its exit status says why

  const rows = new Map<string, number>();
  let table: string | null = null;
  const write = async (text: string) => {
    if (!psql.stdin.write(text)) await new Promise<void>((resolve) => psql.stdin.once("drain", resolve).once("close", resolve));
  };
  // Tables in use would otherwise keep the restore waiting without a word.
  await write(`SET lock_timeout = '10s';\n${prelude}`);
  for await (const line of createInterface({ input: restore.stdout, crlfDelay: Infinity })) {
    if (table !== null) {
      if (line === "\\.") table = null;
      else rows.set(table, rows.get(table)! + 1);
    } else {
      const copy = /^COPY [^ ]+?\.("(?:[^"]|"")+"|[^ ]+) \(/.exec(line);
      if (copy) {
        table = copy[1]!.startsWith('"') ? copy[1]!.slice(1, -1).replace(/""/g, '"') : copy[1]!;
        rows.set(table, 0);
      }
    }
    if (psql.stdin.writable) await write(`${line}\n`);
  }
  psql.stdin.end();
  const [psqlStatus, restoreStatus] = await Promise.all([psqlExit, restoreExit]);
  if (restoreStatus !== 0) throw new Error(`pg_restore could not read ${file}: ${firstLine(errors.restore)}`);
  if (psqlStatus !== 0) throw new Error(`the restore stopped and was rolled back: ${firstLine(errors.psql.replace(/^psql:[^\n]*?ERROR:\s*/m, ""))}`);
  return rows;
}

async function restorePostgres(
  databaseUrl: string,
  backupFile: string,
  backupDir = DEFAULT_BACKUP_DIR,
): Promise<{ safetyCopy: string | null; migrations: string[] }> {
  const { migrations } = await checkPostgresBackup(backupFile, { forRestore: true });
  const where = redactUrl(databaseUrl);
  const client = await connectPostgres(databaseUrl, "DATABASE_URL");
  let prelude: { sql: string; objects: number };
  try {
    const [others] = (
      await client.query<{ n: string }>(
        "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
      )
    ).rows;
    if (Number(others?.n ?? 0) > 0)
      throw new Error(
        `${where} is in use by another process (is the server running?): ${others!.n} other connection${others!.n === "1" ? "" : "s"}. Stop the server, then restore again.`,
      );
    prelude = await clearSchemaSql(client);
  } finally {
    await client.end();
  }
  const safetyCopy = prelude.objects ? (await backupPostgres(databaseUrl, unusedName(backupDir, "before-restore", ".dump"))).file : null;
  const rows = await restoreScript(databaseUrl, backupFile, prelude.sql);

  const check = await connectPostgres(databaseUrl, "DATABASE_URL");
  try {
    const problems: string[] = [];
    for (const [table, expected] of rows) {
      const [row] = (await check.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${quoteIdent(table)}`)).rows;
      if (Number(row?.n) !== expected) problems.push(`${table} has ${row?.n} rows, the backup ${expected}`);
    }
    const applied = (
      await check.query<{ name: string }>(
        `SELECT migration_name AS name FROM ${quoteIdent(MIGRATION_TABLE)} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((row) => row.name);
    if (applied.join() !== migrations.join()) problems.push(`its migrations are ${applied.join(", ")}, the backup's ${migrations.join(", ")}`);
    if (problems.length)
      throw new Error(
        `The restored database does not match ${backupFile}: ${problems.join("; ")}.${safetyCopy ? ` The database it replaced is kept in ${safetyCopy}.` : ""}`,
      );
  } finally {
    await check.end();
  }
  return { safetyCopy, migrations };
}
