// `npm start`: everything a fresh clone needs to serve the app with no configuration at all:
// apply pending migrations, load the SCCP 2024 work plan if the database is empty, build the
// production bundle when the sources changed since the last build, then serve on PORT.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { authSecret } from "../lib/auth/secret";
import { buildIsCurrent, recordBuild } from "../lib/build-fingerprint";
import { applyPendingMigrations } from "../lib/db/apply-migrations";
import { createPrismaClient } from "../lib/db/create-client";
import { redactUrl } from "../lib/db/url";
import { officeTimeZone } from "../lib/today";
import { ensureAdmin } from "../lib/users/bootstrap";
import { isEmptyDatabase, seedDatabase } from "../prisma/seed/seed";

const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");
// Without NEXTAUTH_URL, next-auth builds its redirects from the request's Host header.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "true" }) };

async function main() {
  officeTimeZone();
  authSecret();
  const { applied, databaseUrl } = await applyPendingMigrations();
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : `Database ${redactUrl(databaseUrl)} is up to date.`);

  const client = createPrismaClient(databaseUrl);
  try {
    if (await isEmptyDatabase(client)) {
      await seedDatabase(client);
      console.log("The database was empty: loaded the SCCP 2024 work plan.");
    }
    const admin = await ensureAdmin(client);
    if (admin.created) {
      console.log(
        admin.generatedPassword
          ? `Created the administrator ${admin.email} with the one-time password ${admin.generatedPassword}\n(shown only now; it must be changed at first sign-in).`
          : `Created the administrator ${admin.email} with ADMIN_PASSWORD.`,
      );
    }
  } finally {
    await client.$disconnect();
  }

  if (!buildIsCurrent()) {
    console.log("Building the production bundle (sources changed since the last build)…");
    const build = spawnSync(process.execPath, [nextCli, "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error("next build failed; see its output above.");
    recordBuild();
  }

  const port = process.env.PORT?.trim() || "3000";
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) throw new Error(`PORT="${port}" is not a port number.`);
  const server = spawn(process.execPath, [nextCli, "start", "-p", port], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(`Could not start SCCP Tracker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
