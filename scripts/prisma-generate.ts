// Generates both Prisma clients from the one source schema, prisma/schema.prisma: the SQLite client
// from it, the PostgreSQL client from the schema derived from it (lib/db/postgres-schema.ts).
// `--check` instead verifies that prisma/postgresql/schema.prisma, where the PostgreSQL migrations
// end, matches the source: a model changed without `npm run db:migration` fails lint.
//
// `prisma generate` never runs the schema engine, yet the CLI tries to download the native one at
// start unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file. Our migrations run on the
// WebAssembly engine instead (lib/db/schema-engine.ts), so any existing file will do.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { POSTGRES_SCHEMA_PATH, postgresSchema, SOURCE_SCHEMA_PATH } from "../lib/db/postgres-schema";

const source = readFileSync(SOURCE_SCHEMA_PATH, "utf8");

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(POSTGRES_SCHEMA_PATH, "utf8");
  } catch {}
  if (committed !== postgresSchema(source)) {
    console.error(
      "prisma/schema.prisma has changed since the last migration: run `npm run db:migration -- <name>`, which writes both engines' migrations and prisma/postgresql/schema.prisma.",
    );
    process.exit(1);
  }
  process.exit(0);
}

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const scratch = mkdtempSync(path.join(os.tmpdir(), "sccp-schema-"));
try {
  const postgresPath = path.join(scratch, "schema.prisma");
  writeFileSync(postgresPath, postgresSchema(source, path.resolve("lib/db/generated-pg")));
  for (const schema of [SOURCE_SCHEMA_PATH, postgresPath]) {
    const result = spawnSync(process.execPath, [prismaCli, "generate", "--schema", schema], {
      stdio: "inherit",
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
