// A read-only look at a database the app under test writes: to check what an attack left behind
// without going through the app itself. Opened read-only, so a test can never change it.
import Database from "better-sqlite3";
import pg from "pg";
import { E2E_DIR } from "./e2e-dir";

/** The database playwright.config.ts makes fresh for the end-to-end server. */
export const E2E_DB_FILE = `${E2E_DIR}/sccp-e2e.db`;

export function readDb<T>(read: (db: Database.Database) => T, file = E2E_DB_FILE): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** One number from a `SELECT count(*) ...`-like query. */
export function scalar(sql: string, params: unknown[] = [], file = E2E_DB_FILE): number {
  return readDb((db) => Number(Object.values(db.prepare(sql).get(...params) as Record<string, unknown>)[0]), file);
}

/** An item's id from its English title (seeded ids are not promised). */
export function itemIdByTitle(title: string, file = E2E_DB_FILE): number {
  return scalar("SELECT id FROM Item WHERE titleEn = ?", [title], file);
}

/** What a write attack must leave alone: an item's stored row and how many audit events name it. */
export function itemSnapshot(id: number, file = E2E_DB_FILE) {
  return readDb(
    (db) => ({
      row: db.prepare("SELECT * FROM Item WHERE id = ?").get(id),
      auditEvents: Number((db.prepare("SELECT count(*) AS n FROM AuditEvent WHERE itemId = ?").get(id) as { n: number }).n),
    }),
    file,
  );
}

/** The same look at a PostgreSQL database: `read` runs in a read-only transaction, then the connection closes. */
export async function readPostgres<T>(url: string, read: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN READ ONLY");
    return await read(client);
  } finally {
    await client.query("ROLLBACK").catch(() => undefined);
    await client.end();
  }
}
