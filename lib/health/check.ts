import "server-only";
import { db } from "../db";
import { appliedMigrationNames } from "../db/dialect";
import { engineFiles, migrationNames } from "../db/migrations";
import { databaseUrl, engineOf } from "../db/url";

export interface HealthReport {
  status: "ok" | "error";
  database: { reachable: boolean; migrated: boolean; pendingMigrations: string[]; error?: string };
}

/** Whether the database answers and has every committed migration applied. */
export async function checkHealth(): Promise<HealthReport> {
  try {
    const engine = engineOf(databaseUrl());
    const [expected, applied] = await Promise.all([migrationNames(engineFiles(engine).migrationsDir), appliedMigrationNames(db, engine)]);
    const done = new Set(applied ?? []);
    const pending = expected.filter((name) => !done.has(name));
    const migrated = applied !== null && pending.length === 0;
    return { status: migrated ? "ok" : "error", database: { reachable: true, migrated, pendingMigrations: pending } };
  } catch (error) {
    return {
      status: "error",
      database: {
        reachable: false,
        migrated: false,
        pendingMigrations: [],
        error: error instanceof Error ? error.message.split("\n")[0] : "The database did not answer.",
      },
    };
  }
}
