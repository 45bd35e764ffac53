// `npm run db:migration -- <name>`: writes the next migration from a change to prisma/schema.prisma.
import { createMigration } from "../lib/db/create-migration";

const name = process.argv[2];
if (!name) {
  console.error('Usage: npm run db:migration -- <name>   (lower-case letters, digits and "_", e.g. add_meeting_venue)');
  process.exit(1);
}

createMigration({ name })
  .then((folder) => {
    console.log(
      folder
        ? `Wrote prisma/migrations/${folder}/migration.sql. Review it, then run npm run db:migrate.`
        : "prisma/schema.prisma matches the committed migrations; no migration written.",
    );
  })
  .catch((error: unknown) => {
    console.error(`Could not create the migration: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
    process.exit(1);
  });
