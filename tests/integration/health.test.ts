import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { db } from "@/lib/db";

describe("GET /api/health", () => {
  it("answers 200 when the database is reachable and migrated", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: { reachable: true, migrated: true, pendingMigrations: [] } });
  });

  it("answers 503 and names the migration when one is missing", async () => {
    const [last] = await db.$queryRawUnsafe<{ migration_name: string }[]>("SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1");
    await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = '${last!.migration_name}'`);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: "error",
        database: { reachable: true, migrated: false, pendingMigrations: [last!.migration_name] },
      });
    } finally {
      await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = '${last!.migration_name}'`);
    }
  });
});
