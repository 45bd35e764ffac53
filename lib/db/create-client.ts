import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaClient } from "./generated/client";
import { BUSY_TIMEOUT_MS, registerSqlFunctions } from "./sqlite";
import { databaseUrl } from "./url";

/**
 * The adapter keeps its better-sqlite3 handle to itself; the app's SQL needs its own functions
 * (text folding for search) on that handle, so they are added as each connection opens.
 */
class SqliteAdapterWithFunctions extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    const handle = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
    if (!handle?.function) throw new Error("The SQLite adapter no longer exposes its connection; search functions cannot be registered.");
    registerSqlFunctions(handle);
    return adapter;
  }
}

/**
 * A Prisma client over SQLite. better-sqlite3 turns foreign keys on for every connection it opens;
 * `timeout` is SQLite's busy_timeout; WAL is set on the file by the migration step, which also
 * creates the file: the app refuses to open a missing database rather than start on an empty one.
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new SqliteAdapterWithFunctions({ url, timeout: BUSY_TIMEOUT_MS, fileMustExist: true }) });
}

export type { PrismaClient };
