// `npm start`: everything one machine needs to serve the app with no configuration at all: the
// release step (apply pending migrations, load the SCCP 2024 work plan into an empty database,
// create the first administrator), a production build when the sources changed since the last one,
// then serve on PORT with WEB_CONCURRENCY server processes (one per core unless set; see
// lib/release/cluster.ts) and the mail worker beside them (lib/release/mail-worker.ts). The
// release and the build run here, once, before any server process starts. The release runs under
// a lock and finds its work done when repeated, so instances that each run `npm start` against one
// PostgreSQL database are safe too; a deployment that upgrades instances one by one runs
// `npm run release` once, then `npm run serve` on each.
import { redactUrl } from "../lib/db/url";
import { describeRelease, release } from "../lib/release/release";
import { buildIfNeeded, checkConfiguration, serveNext } from "../lib/release/serve";

async function main() {
  const { databaseUrl, port, workers } = checkConfiguration({ serving: true });
  const report = await release(databaseUrl, { onWait: (line) => console.log(line) });
  for (const line of describeRelease(report, redactUrl(databaseUrl))) console.log(line);
  await buildIfNeeded((line) => console.log(line));
  serveNext(port, workers);
}

main().catch((error: unknown) => {
  console.error(`Could not start SCCP Tracker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
