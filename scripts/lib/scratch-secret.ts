// AUTH_SECRET for the servers the benchmark and the load test start on PostgreSQL, where it is
// required. Kept from run to run in the scratch folder: the build derives its server-actions key
// from it (lib/build-fingerprint.ts), and a new secret each run would rebuild the app each run.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const FILE = "tests/.tmp/scripts/auth-secret";

export function scratchAuthSecret(): string {
  if (existsSync(FILE)) return readFileSync(FILE, "utf8").trim();
  mkdirSync(path.dirname(FILE), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}
