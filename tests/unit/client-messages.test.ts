import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import en from "@/lib/i18n/messages/en.json";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sources(relative);
    return /\.tsx?$/.test(name) ? [relative] : [];
  });
}

/** Every file a client component pulls in from components/ and app/, following imports. */
function clientFiles(): string[] {
  const all = [...sources("components"), ...sources("app")];
  const queue = all.filter((file) => readFileSync(path.join(ROOT, file), "utf8").startsWith('"use client"'));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(path.join(ROOT, file), "utf8");
    for (const [, spec] of source.matchAll(/from "((?:\.{1,2}|@\/components)\/[^"]+)"/g)) {
      const base = spec!.startsWith("@/") ? path.join(ROOT, spec!.slice(2)) : path.resolve(path.dirname(path.join(ROOT, file)), spec!);
      for (const candidate of [`${base}.tsx`, `${base}.ts`]) {
        const relative = path.relative(ROOT, candidate);
        if (all.includes(relative)) queue.push(relative);
      }
    }
  }
  return [...seen];
}

describe("messages sent to the browser", () => {
  it("hold every namespace a client component reads", () => {
    const missing: string[] = [];
    for (const file of clientFiles()) {
      const source = readFileSync(path.join(ROOT, file), "utf8");
      const namespaces = [
        ...[...source.matchAll(/useTranslations\("([a-zA-Z]+)/g)].map((match) => match[1]!),
        // A root translator: the literal keys it is given name their namespace.
        ...(source.includes("useTranslations()") ? [...source.matchAll(/\bt\(["`]([a-zA-Z]+)\./g)].map((match) => match[1]!) : []),
      ];
      for (const namespace of namespaces) {
        if (!(CLIENT_NAMESPACES as readonly string[]).includes(namespace)) missing.push(`${file}: ${namespace}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("name only namespaces the catalogue has", () => {
    expect(CLIENT_NAMESPACES.filter((namespace) => !(namespace in en))).toEqual([]);
  });
});
