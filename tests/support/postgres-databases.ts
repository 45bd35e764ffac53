// Empty PostgreSQL databases for a test file that needs them whichever engine the suite runs on:
// on the suite's own server (TEST_DATABASE_URL) or, on a SQLite run, a private server started for
// the file. Each database is dropped, and the private server stopped, after the file's last test.
import { afterAll, beforeAll } from "vitest";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../../lib/db/postgres-admin";
import { postgresBinDir, startPrivatePostgres, type PrivatePostgres } from "../../lib/db/private-postgres";
import { engineOf } from "../../lib/db/url";

export function postgresDatabases(prefix: string, purpose: string) {
  const suiteServer = process.env.TEST_DATABASE_URL?.trim();
  const given = suiteServer && engineOf(suiteServer) === "postgresql" ? suiteServer : "";
  const available = Boolean(given) || postgresBinDir() !== null;
  if (!available) console.warn(`${purpose} is not tested: no PostgreSQL server is installed (Debian: apt-get install -y postgresql).`);
  let server = given;
  let privateServer: PrivatePostgres | null = null;
  const made: string[] = [];

  beforeAll(async () => {
    if (available && !server) {
      privateServer = await startPrivatePostgres();
      server = privateServer.url;
    }
  }, 60_000);

  afterAll(async () => {
    for (const name of made) await dropDatabase(server, name);
    privateServer?.stop();
  });

  return {
    available,
    /** The server's URL (known once the file's tests start). */
    serverUrl: () => server,
    async empty(): Promise<string> {
      const name = uniqueDatabaseName(prefix);
      made.push(name);
      return createDatabase(server, name);
    },
  };
}
