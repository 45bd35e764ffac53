import "server-only";
import { db } from "../db";
import { databaseUrl, engineOf, type Engine } from "../db/url";
import { migrationStatus } from "./migration-status";

export interface HealthReport {
  status: "ok" | "error";
  /** Which database this instance runs on, so a probe can tell a misconfigured instance from the rest. */
  engine: Engine;
  database: { reachable: boolean; migrated: boolean; pendingMigrations: string[]; error?: string };
}

/** Whether the database answers and has every committed migration of its engine applied. */
export async function checkHealth(): Promise<HealthReport> {
  const engine = engineOf(databaseUrl());
  try {
    const { started, pending } = await migrationStatus(db, engine);
    const migrated = started && pending.length === 0;
    return { status: migrated ? "ok" : "error", engine, database: { reachable: true, migrated, pendingMigrations: pending } };
  } catch (error) {
    return {
      status: "error",
      engine,
      database: {
        reachable: false,
        migrated: false,
        pendingMigrations: [],
        error: error instanceof Error ? error.message.split("\n")[0] : "The database did not answer.",
      },
    };
  }
}
