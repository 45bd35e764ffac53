// Databases on a PostgreSQL server, made and dropped by name: the scratch database a migration is
// diffed on, one database per integration test file, the benchmark's and the load test's.
import { randomBytes } from "node:crypto";
import pg from "pg";

/** The same server and credentials, another database. */
export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** The database a URL names (its path). */
export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  // Connect to the maintenance database: a database cannot be made or dropped from inside itself.
  const client = new pg.Client({ connectionString: databaseUrlFor(serverUrl, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A unique, valid database name with this prefix. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`.toLowerCase();
}

/**
 * Creates a database that sorts text as SQLite does: code-point order (collation C.UTF-8, which
 * also gives lower() its Unicode case mapping). `template` copies a prepared database instead.
 */
export async function createDatabase(serverUrl: string, name: string, options: { template?: string } = {}): Promise<string> {
  await onServer(serverUrl, (client) =>
    client.query(
      options.template
        ? `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(options.template)}`
        : `CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    ),
  );
  return databaseUrlFor(serverUrl, name);
}

/** Drops the database, closing any connection still open on it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}
