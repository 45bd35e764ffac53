// Runs before each integration test file: a new SQLite file, migrated by the same code as
// `npm run db:migrate`, becomes DATABASE_URL before any module opens the database. The folder
// goes with the file's last test.
import path from "node:path";
import { applyPendingMigrations } from "../../lib/db/apply-migrations";
import { scratchFolders } from "../support/scratch";

const dir = scratchFolders("db-")();
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
await applyPendingMigrations(process.env.DATABASE_URL);
