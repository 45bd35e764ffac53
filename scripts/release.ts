// `npm run release`: prepares the database for the instances that will serve it (migrations, the
// work plan in an empty database, the first administrator), once, under a lock; then exits. A
// deployment of several instances runs it once per upgrade, before starting them with
// `npm run serve` (docs/deployment.md). `npm start` runs the same step itself.
import { redactUrl } from "../lib/db/url";
import { describeRelease, release } from "../lib/release/release";
import { checkConfiguration } from "../lib/release/serve";

async function main() {
  const { databaseUrl } = checkConfiguration({ serving: false });
  const report = await release(databaseUrl, { onWait: (line) => console.log(line) });
  for (const line of describeRelease(report, redactUrl(databaseUrl))) console.log(line);
}

main().catch((error: unknown) => {
  console.error(`The release failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
