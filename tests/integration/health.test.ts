import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { db } from "@/lib/db";
import { engineFiles, migrationNames } from "@/lib/db/migrations";
import { engineOf } from "@/lib/db/url";

// The engine this run's database is on: SQLite by default, PostgreSQL with TEST_DATABASE_URL.
const engine = engineOf(process.env.DATABASE_URL!);

describe("GET /api/health", () => {
  it("answers 200 and names the engine when the database is reachable and has its engine's migrations", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", engine, database: { reachable: true, migrated: true, pendingMigrations: [] } });
  });

  it("answers 503 and names the migration when one of the engine's own migrations is missing", async () => {
    // The engine's own folder: PostgreSQL's migrations are not SQLite's, though named alike.
    const last = (await migrationNames(engineFiles(engine).migrationsDir)).at(-1)!;
    const applied = await db.$queryRawUnsafe<{ migration_name: string }[]>('SELECT "migration_name" FROM "_prisma_migrations"');
    expect(applied.map((row) => row.migration_name)).toContain(last);
    await db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET "rolled_back_at" = CURRENT_TIMESTAMP WHERE "migration_name" = '${last}'`);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: "error",
        engine,
        database: { reachable: true, migrated: false, pendingMigrations: [last] },
      });
    } finally {
      await db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET "rolled_back_at" = NULL WHERE "migration_name" = '${last}'`);
    }
    expect((await GET()).status).toBe(200);
  });
});
