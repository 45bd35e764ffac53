import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { BUSY_TIMEOUT_MS } from "./sqlite";
import { databaseUrl } from "./url";

/**
 * A Prisma client over SQLite. better-sqlite3 turns foreign keys on for every connection it opens;
 * `timeout` is SQLite's busy_timeout; WAL is set on the file by the migration step, which also
 * creates the file: the app refuses to open a missing database rather than start on an empty one.
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: BUSY_TIMEOUT_MS, fileMustExist: true }) });
}

export type { PrismaClient };
