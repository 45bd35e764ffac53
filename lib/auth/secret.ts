// The JWT signing secret: AUTH_SECRET when set (several instances must share one), otherwise one
// generated at first run and kept in a private file beside the database.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseUrl, engineOf, sqliteFilePath } from "../db/url";

let cached: string | undefined;

export function secretFilePath(): string {
  return path.join(path.dirname(path.resolve(sqliteFilePath(databaseUrl()))), ".auth-secret");
}

export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("AUTH_SECRET must be at least 32 characters long.");
    return (cached = fromEnv);
  }
  if (engineOf(databaseUrl()) !== "sqlite") {
    // A shared database means several instances, each of which would make up a secret of its own.
    throw new Error("AUTH_SECRET must be set when the database is not a local file: every instance must sign sessions with the same secret.");
  }
  const file = secretFilePath();
  if (existsSync(/*turbopackIgnore: true*/ file)) return (cached = readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim());
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(/*turbopackIgnore: true*/ file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process wrote it first: use theirs, so both sign with the same secret.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return (cached = readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim());
    throw error;
  }
  chmodSync(/*turbopackIgnore: true*/ file, 0o600);
  console.warn(`AUTH_SECRET is not set: generated one and kept it in ${file}. Set AUTH_SECRET when several instances serve the app.`);
  return (cached = secret);
}
