// A production build is reused only while the files it was built from are unchanged: the
// fingerprint hashes their paths, sizes and modification times.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const SKIP = new Set(["node_modules", ".next", DIST_DIR, "generated"]);
const FINGERPRINT_FILE = path.join(DIST_DIR, "sccp-build-fingerprint");

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .filter((child) => !SKIP.has(child.name))
    .flatMap((child) => listFiles(path.join(entry, child.name)));
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of SOURCES.flatMap(listFiles).sort()) {
    const stat = statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join(DIST_DIR, "BUILD_ID")) && existsSync(FINGERPRINT_FILE) && readFileSync(FINGERPRINT_FILE, "utf8") === sourceFingerprint();
}

export function recordBuild(): void {
  writeFileSync(FINGERPRINT_FILE, sourceFingerprint());
}
