import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { engineFiles, readMigrationList } from "./migrations";
import { NO_FILTERS, withSchemaEngine } from "./schema-engine";
import { enableWal } from "./sqlite";
import { databaseUrl as configuredUrl, engineOf, redactUrl, sqliteFilePath } from "./url";

/** Applies the engine's pending migrations (prisma/migrations, or prisma/postgresql/migrations). */
export async function applyPendingMigrations(databaseUrl = configuredUrl(), migrationsDir?: string) {
  const engine = engineOf(databaseUrl);
  const files = engineFiles(engine);
  if (engine === "sqlite") {
    const file = sqliteFilePath(databaseUrl);
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // WAL is a property of the database file: set once here, every later connection uses it.
    const db = new Database(file);
    enableWal(db);
    db.close();
  }

  const migrationsList = await readMigrationList(migrationsDir ?? files.migrationsDir);
  try {
    const { appliedMigrationNames } = await withSchemaEngine({ databaseUrl, schemaPath: files.schemaPath }, (engine) =>
      engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
    );
    return { applied: appliedMigrationNames, databaseUrl };
  } catch (error) {
    throw explainMigrationError(error, databaseUrl);
  }
}

/**
 * Prisma's engine takes SQLite's exclusive lock to migrate (PRAGMA locking_mode=EXCLUSIVE), so
 * any other open connection, a running server included, makes it time out with an error that
 * names a Rust enum; say what is actually wrong.
 */
function explainMigrationError(error: unknown, databaseUrl: string): Error {
  const message = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  if (/SocketTimeout|database is locked|SQLITE_BUSY/i.test(message)) {
    return new Error(
      `The database ${redactUrl(databaseUrl)} is in use by another process (is the server running?). ` +
        "Migrations need it to themselves: stop the server, then run npm run db:migrate again. Nothing was changed.",
    );
  }
  return error instanceof Error ? error : new Error(message);
}
