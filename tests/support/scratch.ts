import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";

/**
 * A maker of scratch folders under tests/.tmp named `<prefix>XXXXXX`, each removed after the
 * test file's last test: a run leaves nothing behind.
 */
export function scratchFolders(prefix: string): () => string {
  const root = path.resolve(import.meta.dirname, "../.tmp");
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    mkdirSync(root, { recursive: true });
    const dir = mkdtempSync(path.join(root, prefix));
    made.push(dir);
    return dir;
  };
}
