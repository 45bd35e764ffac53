// `npm run db:backup [-- <file>]`: a consistent copy of the database, taken while the app runs.
import { backupDatabase } from "../lib/db/backup";
import { databaseUrl } from "../lib/db/url";

backupDatabase(databaseUrl(), process.argv[2])
  .then(({ file, bytes }) => console.log(`Backed up to ${file} (${(bytes / 1024).toFixed(0)} KiB); checked.`))
  .catch((error: unknown) => {
    console.error(`Backup failed; nothing was changed. ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
