import { renameSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { applyPendingMigrations } from "../../lib/db/apply-migrations";
import { createPrismaClient, type PrismaClient } from "../../lib/db/create-client";
import { engineOf, redactUrl, sqliteFilePath } from "../../lib/db/url";
import { refreshAllNextDue } from "../../lib/milestones/next-due-sql";
import { officeToday } from "../../lib/today";
import { generateLargePlan } from "./large";
import { seedDatabase } from "./seed";

export const DEFAULT_LARGE_DATABASE_URL = "file:./data/sccp-large.db";

export function largeDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.LARGE_DATABASE_URL || DEFAULT_LARGE_DATABASE_URL;
}

export interface LargeDatabaseCounts {
  items: number;
  milestones: number;
  coSponsorships: number;
  ms: number;
}

/**
 * Builds the real 2024 plan plus the synthetic one into `url`. A SQLite file is built aside and
 * replaces what was there only when complete. A PostgreSQL database must be empty (no tables): it
 * is migrated and filled in place, and a failed build drops what it made, leaving it empty again.
 */
export async function buildLargeDatabase(url: string, today = officeToday()): Promise<LargeDatabaseCounts> {
  const started = performance.now();
  const counts = engineOf(url) === "postgresql" ? await buildOnPostgres(url, today) : await buildOnSqlite(url, today);
  return { ...counts, ms: performance.now() - started };
}

function removeSqliteFile(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
}

async function buildOnSqlite(url: string, today: string) {
  const file = sqliteFilePath(url);
  const building = `${file}.building`;
  const buildingUrl = `file:${building}`;
  removeSqliteFile(building);
  await applyPendingMigrations(buildingUrl);
  const counts = await fill(buildingUrl, today);
  removeSqliteFile(file);
  renameSync(building, file);
  removeSqliteFile(building);
  return counts;
}

/** Tables and types in the database's public schema: what Prisma's migrations create. */
async function publicObjects(client: pg.Client): Promise<{ tables: string[]; types: string[] }> {
  const tables = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
  const types = await client.query<{ name: string }>(
    "SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'",
  );
  return { tables: tables.rows.map((row) => row.name), types: types.rows.map((row) => row.name) };
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function buildOnPostgres(url: string, today: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const before = await publicObjects(admin);
    if (before.tables.length > 0) {
      throw new Error(
        `${redactUrl(url)} already has ${before.tables.length} table(s); the large plan is built only into an empty database, so nothing was changed. ` +
          `Create one with: CREATE DATABASE sccp_large TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8';`,
      );
    }
    try {
      await applyPendingMigrations(url);
      return await fill(url, today);
    } catch (error) {
      // Everything in the schema was made by this run (it had no tables before): remove it all.
      const made = await publicObjects(admin);
      for (const table of made.tables) await admin.query(`DROP TABLE IF EXISTS ${quoteIdent(table)} CASCADE`);
      for (const type of made.types) await admin.query(`DROP TYPE IF EXISTS ${quoteIdent(type)} CASCADE`);
      throw error;
    }
  } finally {
    await admin.end();
  }
}

/** The seed, then the synthetic plan in one transaction, then fresh statistics for the planner. */
async function fill(url: string, today: string) {
  const client: PrismaClient = createPrismaClient(url);
  try {
    await seedDatabase(client);
    const [last, fora] = await Promise.all([client.item.aggregate({ _max: { id: true } }), client.forum.findMany({ select: { id: true, code: true } })]);
    const forumId = new Map(fora.map((forum) => [forum.code, forum.id]));
    const plan = generateLargePlan(today, (last._max.id ?? 0) + 1);
    const postgres = engineOf(url) === "postgresql";
    // Chunks keep each statement well under PostgreSQL's 65,535 bound parameters.
    await client.$transaction(
      async (tx) => {
        for (let start = 0; start < plan.items.length; start += 1000) {
          await tx.item.createMany({
            data: plan.items.slice(start, start + 1000).map(({ forumCode, ...item }) => ({ ...item, forumId: forumId.get(forumCode)! })),
          });
        }
        // The plan's items carry their own ids, which PostgreSQL's sequence does not see: without
        // this the next item an officer adds would collide with one of them.
        if (postgres) await tx.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Item"', 'id'), (SELECT MAX("id") FROM "Item"))`);
        for (let start = 0; start < plan.coSponsorships.length; start += 2000) {
          await tx.coSponsorship.createMany({ data: plan.coSponsorships.slice(start, start + 2000) });
        }
        for (let start = 0; start < plan.milestones.length; start += 2000) {
          await tx.milestone.createMany({ data: plan.milestones.slice(start, start + 2000) });
        }
        // Loaded past the milestone write layer: the items' next-milestone keys are set once here.
        await refreshAllNextDue(tx);
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
    // On PostgreSQL also VACUUM: it sets the visibility map and hint bits a bulk load leaves unset,
    // so the plan reads as a settled database does, not as one whose first readers write it again.
    await client.$executeRawUnsafe(postgres ? "VACUUM ANALYZE" : "ANALYZE");
    return { items: plan.items.length, milestones: plan.milestones.length, coSponsorships: plan.coSponsorships.length };
  } finally {
    await client.$disconnect();
  }
}
