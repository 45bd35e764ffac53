// `npm run db:restore -- <file>`: replaces the database with a checked backup (stop the server first).
import { restoreDatabase } from "../lib/db/backup";
import { databaseUrl } from "../lib/db/url";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file>   (stop the server first)");
  process.exit(1);
}
restoreDatabase(databaseUrl(), file)
  .then(({ safetyCopy, migrations }) => {
    console.log(`Restored ${file} (${migrations.length} migrations).${safetyCopy ? ` The database it replaced is kept in ${safetyCopy}.` : ""}`);
    console.log("Run npm run db:migrate (or npm start) to bring it up to this version.");
  })
  .catch((error: unknown) => {
    console.error(`Restore refused; the database was not changed. ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
