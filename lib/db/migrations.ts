import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "./schema-engine";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");
const LOCKFILE = "migration_lock.toml";

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
