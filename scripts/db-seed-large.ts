// `npm run db:seed:large [-- --replace]`: builds the synthetic large work plan (see
// prisma/seed/large.ts) in a database of its own (LARGE_DATABASE_URL, by default
// data/sccp-large.db), never the officers' one. A SQLite file is built aside and moved into place
// only when complete, so a failed run leaves nothing half-made; a PostgreSQL database must be empty
// (--replace does not apply: drop and create it again) and a failed run leaves it empty.
import { existsSync } from "node:fs";
import { engineOf, redactUrl, sqliteFilePath } from "../lib/db/url";
import { buildLargeDatabase, largeDatabaseUrl } from "../prisma/seed/large-database";

const url = largeDatabaseUrl();
const postgres = engineOf(url) === "postgresql";
const target = postgres ? redactUrl(url) : sqliteFilePath(url);
if (!postgres && existsSync(target) && !process.argv.includes("--replace")) {
  console.log(`${target} already exists; run "npm run db:seed:large -- --replace" to build it again.`);
} else {
  buildLargeDatabase(url)
    .then((counts) =>
      console.log(
        `Built ${target}: ${counts.items} items, ${counts.milestones} milestones, ${counts.coSponsorships} co-sponsorships in ${(counts.ms / 1000).toFixed(1)} s.`,
      ),
    )
    .catch((error: unknown) => {
      console.error(`Could not build the large data set; nothing was replaced.\n${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}
