import { renameSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { applyPendingMigrations } from "../../lib/db/apply-migrations";
import { createPrismaClient } from "../../lib/db/create-client";
import { sqliteFilePath } from "../../lib/db/url";
import { officeToday } from "../../lib/today";
import { generateLargePlan } from "./large";
import { seedDatabase } from "./seed";

export const DEFAULT_LARGE_DATABASE_URL = "file:./data/sccp-large.db";

export function largeDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.LARGE_DATABASE_URL || DEFAULT_LARGE_DATABASE_URL;
}

function removeDatabase(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
}

/** Builds the real 2024 plan plus the synthetic one into `url`, replacing what was there. */
export async function buildLargeDatabase(url: string, today = officeToday()) {
  const started = performance.now();
  const file = sqliteFilePath(url);
  const building = `${file}.building`;
  const buildingUrl = `file:${building}`;
  removeDatabase(building);
  await applyPendingMigrations(buildingUrl);
  const client = createPrismaClient(buildingUrl);
  let plan: ReturnType<typeof generateLargePlan>;
  try {
    await seedDatabase(client);
    const [last, fora] = await Promise.all([client.item.aggregate({ _max: { id: true } }), client.forum.findMany({ select: { id: true, code: true } })]);
    const forumId = new Map(fora.map((forum) => [forum.code, forum.id]));
    plan = generateLargePlan(today, (last._max.id ?? 0) + 1);
    await client.$transaction(
      async (tx) => {
        for (let start = 0; start < plan.items.length; start += 1000) {
          await tx.item.createMany({
            data: plan.items.slice(start, start + 1000).map(({ forumCode, ...item }) => ({ ...item, forumId: forumId.get(forumCode)! })),
          });
        }
        for (let start = 0; start < plan.coSponsorships.length; start += 2000) {
          await tx.coSponsorship.createMany({ data: plan.coSponsorships.slice(start, start + 2000) });
        }
        for (let start = 0; start < plan.milestones.length; start += 2000) {
          await tx.milestone.createMany({ data: plan.milestones.slice(start, start + 2000) });
        }
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
    await client.$executeRawUnsafe("ANALYZE");
  } finally {
    await client.$disconnect();
  }
  removeDatabase(file);
  renameSync(building, file);
  removeDatabase(building);
  return { items: plan.items.length, milestones: plan.milestones.length, coSponsorships: plan.coSponsorships.length, ms: performance.now() - started };
}
