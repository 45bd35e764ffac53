// Which of the engine's committed migrations the database lacks: what the health check reports and
// what `npm run serve` refuses to start with. Free of server-only imports, for the scripts.
import { appliedMigrationNames } from "../db/dialect";
import { engineFiles, migrationNames } from "../db/migrations";
import type { Engine } from "../db/url";

interface RawQuery {
  $queryRawUnsafe<T = unknown>(query: string): Promise<T>;
}

export interface MigrationStatus {
  /** False before the first migration (no history table at all). */
  started: boolean;
  pending: string[];
}

export async function migrationStatus(client: RawQuery, engine: Engine): Promise<MigrationStatus> {
  const [expected, applied] = await Promise.all([migrationNames(engineFiles(engine).migrationsDir), appliedMigrationNames(client, engine)]);
  const done = new Set(applied ?? []);
  return { started: applied !== null, pending: expected.filter((name) => !done.has(name)) };
}
