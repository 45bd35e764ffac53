import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { POSTGRES_SCHEMA_PATH, SOURCE_SCHEMA_PATH } from "./postgres-schema";
import type { MigrationList } from "./schema-engine";
import type { Engine } from "./url";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
export const SCHEMA_PATH = SOURCE_SCHEMA_PATH;
export const POSTGRES_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "postgresql", "migrations");
const LOCKFILE = "migration_lock.toml";

/** Each engine's schema and migrations folder: both are written from prisma/schema.prisma by `npm run db:migration`. */
export function engineFiles(engine: Engine): { schemaPath: string; migrationsDir: string } {
  return engine === "postgresql"
    ? { schemaPath: POSTGRES_SCHEMA_PATH, migrationsDir: POSTGRES_MIGRATIONS_DIR }
    : { schemaPath: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR };
}

/** Migration folder names, oldest first (their timestamp prefix orders them). */
export async function migrationNames(dir = MIGRATIONS_DIR): Promise<string[]> {
  // The folder is the project's own prisma/migrations; keep the bundler from tracing the whole tree.
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** The shape the schema engine expects for `prisma/migrations`, read from disk. */
export async function readMigrationList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const names = await migrationNames(dir);
  const lockPath = path.join(dir, LOCKFILE);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}
