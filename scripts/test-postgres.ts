// `npm run test:integration:postgres`: the whole integration suite on PostgreSQL. With
// TEST_DATABASE_URL=postgresql://USER@HOST:PORT/DB it uses that server; otherwise it starts a
// private one from Debian's postgresql package on a free loopback port, and stops it afterwards.
// Arguments go on to vitest (a file name, -t "a test").
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { startPrivatePostgres } from "../lib/db/private-postgres";
import { redactUrl } from "../lib/db/url";

const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");
const given = process.env.TEST_DATABASE_URL?.trim();
const server = given ? null : await startPrivatePostgres({ log: console.log });
const url = given ?? server!.url;
let status = 1;
try {
  console.log(`Integration suite on PostgreSQL at ${redactUrl(url)}`);
  const run = spawnSync(process.execPath, [vitest, "run", "--project", "integration", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE_URL: url },
  });
  status = run.status ?? 1;
} finally {
  server?.stop();
}
process.exit(status);
