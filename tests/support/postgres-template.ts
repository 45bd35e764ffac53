// Vitest global setup for the integration suite on PostgreSQL (TEST_DATABASE_URL=postgresql://…):
// one database migrated by the real migration code, which each test file's database is then
// copied from (CREATE DATABASE … TEMPLATE), so a file starts in milliseconds. On SQLite it does nothing.
import type { TestProject } from "vitest/node";
import { applyPendingMigrations } from "../../lib/db/apply-migrations";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../../lib/db/postgres-admin";
import { engineOf } from "../../lib/db/url";

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL?.trim();
  if (!server || engineOf(server) !== "postgresql") {
    project.provide("postgresTemplate", null);
    return;
  }
  const template = uniqueDatabaseName("sccp_template");
  await applyPendingMigrations(await createDatabase(server, template));
  console.log(`Integration tests on PostgreSQL (${new URL(server).host}), each file in a copy of ${template}.`);
  project.provide("postgresTemplate", template);
  return () => dropDatabase(server, template);
}
