// `npm run db:seed:large [-- --replace]`: builds the synthetic large work plan (see
// prisma/seed/large.ts) in its own database file, never the officers' one. The file is built
// aside and moved into place only when complete, so a failed run leaves nothing half-made.
import { existsSync } from "node:fs";
import { sqliteFilePath } from "../lib/db/url";
import { buildLargeDatabase, largeDatabaseUrl } from "../prisma/seed/large-database";

const url = largeDatabaseUrl();
const file = sqliteFilePath(url);
if (existsSync(file) && !process.argv.includes("--replace")) {
  console.log(`${file} already exists; run "npm run db:seed:large -- --replace" to build it again.`);
} else {
  buildLargeDatabase(url)
    .then((counts) =>
      console.log(
        `Built ${file}: ${counts.items} items, ${counts.milestones} milestones, ${counts.coSponsorships} co-sponsorships in ${(counts.ms / 1000).toFixed(1)} s.`,
      ),
    )
    .catch((error: unknown) => {
      console.error(`Could not build the large data set; nothing was replaced.\n${error instanceof Error ? error.stack : String(error)}`);
      process.exitCode = 1;
    });
}
