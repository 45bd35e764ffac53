// `prisma generate` never runs the schema engine, yet the CLI tries to download the native one at
// start unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file. Our migrations run on the
// WebAssembly engine instead (lib/db/schema-engine.ts), so any existing file will do.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
