import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS_DIR, readMigrationList, SCHEMA_PATH } from "../../lib/db/migrations";
import { NO_FILTERS, withSchemaEngine } from "../../lib/db/schema-engine";
import { databaseUrl as configuredUrl, sqliteFilePath } from "../../lib/db/url";
import { enableWal } from "../../lib/db/sqlite";

export async function applyPendingMigrations(databaseUrl = configuredUrl(), migrationsDir = MIGRATIONS_DIR) {
  const file = sqliteFilePath(databaseUrl);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // WAL is a property of the database file: set once here, every later connection uses it.
  const db = new Database(file);
  enableWal(db);
  db.close();

  const migrationsList = await readMigrationList(migrationsDir);
  const { appliedMigrationNames } = await withSchemaEngine({ databaseUrl, schemaPath: SCHEMA_PATH }, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  return { applied: appliedMigrationNames, databaseUrl };
}
