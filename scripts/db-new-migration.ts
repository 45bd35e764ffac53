// `npm run db:migration -- <name>`: writes the next migration, for SQLite and for PostgreSQL, from a
// change to prisma/schema.prisma. The PostgreSQL side is diffed on a scratch database of
// MIGRATION_POSTGRES_URL or TEST_DATABASE_URL, or of a private server started for the purpose.
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
        ? `Wrote prisma/migrations/${folder}/migration.sql, prisma/postgresql/migrations/${folder}/migration.sql and prisma/postgresql/schema.prisma. Review them, then run npm run db:migrate.`
        : "prisma/schema.prisma matches the committed migrations of both engines; no migration written.",
    );
  })
  .catch((error: unknown) => {
    console.error(`Could not create the migration: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
    process.exit(1);
  });
