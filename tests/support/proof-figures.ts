// Figures the proof's tests and scripts measure, one JSON file each, for `npm run verify`'s table.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const PROOF_DIR = "tests/.tmp/proof";

export function recordFigures(name: string, figures: unknown): void {
  const file = path.join(PROOF_DIR, `${name}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(figures, null, 2));
}

export function readFigures<T>(name: string): T | null {
  const file = path.join(PROOF_DIR, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}
