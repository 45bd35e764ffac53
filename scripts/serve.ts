// `npm run serve`: one instance of a deployment whose database `npm run release` has prepared.
// It never migrates or seeds: the schema changes once, when the release is run, not whenever some
// instance restarts, and the instances may use a database role without the right to change it.
// It refuses to start on a database that lacks a migration. It serves with WEB_CONCURRENCY server
// processes, one per core unless set (lib/release/cluster.ts).
import { redactUrl } from "../lib/db/url";
import { buildIfNeeded, checkConfiguration, checkReleased, serveNext } from "../lib/release/serve";

async function main() {
  const { databaseUrl, engine, port, workers } = checkConfiguration({ serving: true });
  await checkReleased(databaseUrl, engine);
  console.log(`Serving from ${redactUrl(databaseUrl)} (${engine}).`);
  await buildIfNeeded((line) => console.log(line));
  serveNext(port, workers);
}

main().catch((error: unknown) => {
  console.error(`Could not start SCCP Tracker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
