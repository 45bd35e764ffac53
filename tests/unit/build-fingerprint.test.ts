// `npm start` serves an existing build only while the sources are those it was built from. A source
// saved during the build must leave it stale: the build may already have read the old file.
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { buildIsCurrent, recordBuild, sourceFingerprint } from "@/lib/build-fingerprint";

const source = "next.config.ts";
const { atime, mtime } = statSync(source);
let dir = "";

afterEach(() => {
  utimesSync(source, atime, mtime);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function finishedBuild() {
  dir = mkdtempSync(path.join(os.tmpdir(), "sccp-build-"));
  writeFileSync(path.join(dir, "BUILD_ID"), "test");
  return dir;
}

it("is current when no source changed since the fingerprint was taken", () => {
  const fingerprint = sourceFingerprint();
  recordBuild(fingerprint, finishedBuild());
  expect(buildIsCurrent(dir)).toBe(true);
});

it("is stale when a source was saved while the build ran", () => {
  const fingerprint = sourceFingerprint();
  utimesSync(source, atime, new Date(mtime.getTime() + 5_000));
  recordBuild(fingerprint, finishedBuild());
  expect(buildIsCurrent(dir)).toBe(false);
});
