// Runs before each integration test file: a new SQLite file, migrated by the same code as
// `npm run db:migrate`, becomes DATABASE_URL before any module opens the database.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { applyPendingMigrations } from "../../scripts/lib/apply-migrations";

const root = path.resolve(import.meta.dirname, "../.tmp");
mkdirSync(root, { recursive: true });
const dir = mkdtempSync(path.join(root, "db-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
await applyPendingMigrations(process.env.DATABASE_URL);

// A run leaves nothing behind: each file's database goes with the file's last test.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
