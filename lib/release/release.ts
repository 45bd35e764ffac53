// The release step: what a database needs before any instance serves from it. Apply the pending
// migrations, load the SCCP 2024 work plan into an empty database, create the first administrator
// when there is no account. Every part finds its own work already done on a second run, and the
// whole runs under a lock, so two instances starting at once do it once: the second waits for the
// first, then finds nothing to do.
import type pg from "pg";
import { isEmptyDatabase, seedDatabase, type SeedReport } from "../../prisma/seed/seed";
import { applyPendingMigrations } from "../db/apply-migrations";
import { createPrismaClient } from "../db/create-client";
import { databaseLocale, localeProblem } from "../db/postgresql";
import { databaseUrl, engineOf, sqliteFilePath, type Engine } from "../db/url";
import { ensureAdmin, type BootstrapOutcome } from "../users/bootstrap";
import { withFileLock, withPostgresReleaseLock, type LockOptions } from "./lock-sql";

export interface ReleaseOptions extends LockOptions {
  /** ADMIN_EMAIL and ADMIN_PASSWORD for the first administrator; the process's own by default. */
  adminEnv?: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string };
}

export interface ReleaseReport {
  engine: Engine;
  databaseUrl: string;
  applied: string[];
  /** What was loaded into an empty database; null when it already held the plan. */
  seeded: SeedReport | null;
  admin: BootstrapOutcome;
}

/** Beside a SQLite database: the file whose lock two releases of that database take in turn. */
export function sqliteReleaseLockFile(url: string): string {
  return `${sqliteFilePath(url)}-release.lock`;
}

export async function release(url: string = databaseUrl(), options: ReleaseOptions = {}): Promise<ReleaseReport> {
  const engine = engineOf(url);
  const steps = async (): Promise<ReleaseReport> => {
    const { applied } = await applyPendingMigrations(url);
    const client = createPrismaClient(url);
    try {
      const seeded = (await isEmptyDatabase(client)) ? await seedDatabase(client) : null;
      const admin = await ensureAdmin(client, options.adminEnv);
      return { engine, databaseUrl: url, applied, seeded, admin };
    } finally {
      await client.$disconnect();
    }
  };
  if (engine === "sqlite") return withFileLock(sqliteReleaseLockFile(url), "release of this database", steps, options);
  return withPostgresReleaseLock(
    url,
    async (lockConnection) => {
      await refuseWrongLocale(lockConnection);
      return steps();
    },
    options,
  );
}

/** Before anything is written: a database that would sort or search differently from SQLite is refused. */
async function refuseWrongLocale(connection: pg.Client): Promise<void> {
  const locale = await databaseLocale({ $queryRawUnsafe: async <T>(query: string) => (await connection.query(query)).rows as T });
  const problem = localeProblem(locale);
  if (problem) throw new Error(`${problem} Nothing was changed.`);
}

/** The report as lines for the console: what the release did, or that it had nothing to do. */
export function describeRelease(report: ReleaseReport, redactedUrl: string): string[] {
  const lines = [report.applied.length ? `Applied migrations to ${redactedUrl}: ${report.applied.join(", ")}` : `Database ${redactedUrl} is up to date.`];
  if (report.seeded) lines.push(`The database was empty: loaded the SCCP 2024 work plan (${report.seeded.items} items, ${report.seeded.meetings} meetings).`);
  if (report.admin.created) {
    lines.push(
      report.admin.generatedPassword
        ? `Created the administrator ${report.admin.email} with the one-time password ${report.admin.generatedPassword}\n(shown only now; it must be changed at first sign-in).`
        : `Created the administrator ${report.admin.email} with ADMIN_PASSWORD.`,
    );
  }
  return lines;
}
