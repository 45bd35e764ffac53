// Runs before each integration test file: a database of the file's own becomes DATABASE_URL before
// any module opens it. On SQLite (the default) a new file, migrated by the same code as
// `npm run db:migrate`; with TEST_DATABASE_URL=postgresql://… a new database on that server, copied
// from the run's migrated template (tests/support/postgres-template.ts). Either goes with the
// file's last test.
import path from "node:path";
import { afterAll, inject } from "vitest";
import { applyPendingMigrations } from "../../lib/db/apply-migrations";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../../lib/db/postgres-admin";
import { scratchFolders } from "../support/scratch";

const template = inject("postgresTemplate");
const server = process.env.TEST_DATABASE_URL?.trim();

if (template && server) {
  // Off a local file the app refuses to make up its own session secret (instances must share one).
  process.env.AUTH_SECRET ??= "integration-tests-session-secret-0123456789";
  const name = uniqueDatabaseName("sccp_test");
  process.env.DATABASE_URL = await createDatabase(server, name, { template });
  afterAll(async () => {
    const { db } = await import("../../lib/db");
    await db.$disconnect();
    await dropDatabase(server, name);
  });
} else {
  const dir = scratchFolders("db-")();
  process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
  await applyPendingMigrations(process.env.DATABASE_URL);
}
