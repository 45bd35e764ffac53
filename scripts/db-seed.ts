// `npm run db:seed`: adds whatever part of the SCCP 2024 work plan is missing. Safe to rerun.
import { createPrismaClient } from "../lib/db/create-client";
import { seedDatabase } from "../prisma/seed/seed";

const client = createPrismaClient();
seedDatabase(client)
  .then((report) => {
    const added = Object.entries(report).filter(([, count]) => count > 0);
    console.log(added.length ? `Seeded: ${added.map(([what, count]) => `${count} ${what}`).join(", ")}.` : "Seed data already present; nothing changed.");
  })
  .catch((error: unknown) => {
    console.error(`Seeding failed; nothing was written.\n${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => client.$disconnect());
