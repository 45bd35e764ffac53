import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";
import { PrismaClient } from "./generated/client";
import { BUSY_TIMEOUT_MS, registerSqlFunctions } from "./sqlite";
import { reuseStatements } from "./sqlite-statements";
import { beginWritesImmediately } from "./sqlite-write-lock";
import { changeTokenOf, type ChangeToken } from "./unchanged-reads";
import { databaseUrl, engineOf } from "./url";

/**
 * The adapter keeps its better-sqlite3 handle to itself; the app's SQL needs its own functions
 * (text folding for search) on that handle, so they are added as each connection opens, its
 * statements are kept for reuse (lib/db/sqlite-statements.ts), and write transactions begin
 * holding the write lock (lib/db/sqlite-write-lock.ts).
 */
class SqliteAdapterWithFunctions extends PrismaBetterSqlite3 {
  /** Whether the connection's database changed (lib/db/unchanged-reads.ts); null until it opens. */
  changeToken: ChangeToken | null = null;

  override async connect() {
    const adapter = await super.connect();
    const handle = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
    if (!handle?.function) throw new Error("The SQLite adapter no longer exposes its connection; search functions cannot be registered.");
    registerSqlFunctions(handle);
    this.changeToken = changeTokenOf(handle);
    reuseStatements(handle);
    beginWritesImmediately(handle);
    return adapter;
  }
}

/** Connections each process keeps open to PostgreSQL; several instances share the server's limit (100 by default). */
export function postgresPoolSize(env: Partial<NodeJS.ProcessEnv> = process.env): number {
  const raw = env.DATABASE_POOL_SIZE?.trim();
  const size = raw ? Number(raw) : 10;
  if (!Number.isInteger(size) || size < 1 || size > 200)
    throw new Error(`DATABASE_POOL_SIZE="${env.DATABASE_POOL_SIZE}" must be a whole number from 1 to 200.`);
  return size;
}

/**
 * A Prisma client for DATABASE_URL. Both engines' clients are generated from the one schema
 * (scripts/prisma-generate.mjs) and have the same models and methods; the app is typed against
 * the SQLite one.
 *
 * SQLite: better-sqlite3 turns foreign keys on for every connection it opens; `timeout` is
 * SQLite's busy_timeout; WAL is set on the file by the migration step, which also creates the
 * file: the app refuses to open a missing database rather than start on an empty one.
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  if (engineOf(url) === "postgresql") {
    // JIT compilation pays off for long analytical queries; the app's are short, and it added
    // about 25 ms to a work-plan sort whose estimated cost crossed the threshold.
    const adapter = new PrismaPg({ connectionString: url, max: postgresPoolSize(), application_name: "sccp-tracker", options: "-c jit=off" });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  const adapter = new SqliteAdapterWithFunctions({ url, timeout: BUSY_TIMEOUT_MS, fileMustExist: true });
  const client = new PrismaClient({ adapter });
  changeTokens.set(client, () => adapter.changeToken?.() ?? null);
  return client;
}

const changeTokens = new WeakMap<PrismaClient, ChangeToken>();

/** The client's change token (lib/db/unchanged-reads.ts): always null on PostgreSQL, which has no cheap one. */
export function changeTokenFor(client: PrismaClient): ChangeToken {
  return changeTokens.get(client) ?? (() => null);
}

export type { PrismaClient };
