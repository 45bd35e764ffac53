// What the browser's scripts may pull in. A client component that imports a value from a module
// defining zod schemas brings all of zod (30 KB compressed) into every page that shows it; one
// length limit did that to the work plan. This walks every client component's imports, as the
// bundler would, and fails on a package that must stay on the server. A server action module
// ("use server") is not followed: the browser gets a reference to it, not its code.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SERVER_ONLY_PACKAGES = ["zod", "exceljs", "docx", "@prisma/client", "better-sqlite3", "pg", "nodemailer", "@resvg/resvg-js"];

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sources(relative);
    return /\.tsx?$/.test(name) ? [relative] : [];
  });
}

/** The value imports of a file (type-only imports are erased), as written. */
function valueImports(source: string): string[] {
  return [...source.matchAll(/^import\s+(?!type\s)[^;]*?\sfrom\s+"([^"]+)";/gms), ...source.matchAll(/^import\s+"([^"]+)";/gm)].map((match) => match[1]!);
}

function resolveLocal(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(path.join(ROOT, from)), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate)) return path.relative(ROOT, candidate);
  }
  return null;
}

/** Each package a client component reaches, with the chain of files that reaches it. */
function packagesReached(): Map<string, string[]> {
  const clientComponents = [...sources("components"), ...sources("app")].filter((file) =>
    readFileSync(path.join(ROOT, file), "utf8").startsWith('"use client"'),
  );
  const reached = new Map<string, string[]>();
  const queue: string[][] = clientComponents.map((file) => [file]);
  const seen = new Set<string>();
  while (queue.length) {
    const chain = queue.pop()!;
    const file = chain.at(-1)!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(path.join(ROOT, file), "utf8");
    if (chain.length > 1 && source.startsWith('"use server"')) continue;
    for (const spec of valueImports(source)) {
      if (spec.startsWith(".") || spec.startsWith("@/")) {
        const local = resolveLocal(file, spec);
        if (local) queue.push([...chain, local]);
      } else {
        const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
        if (!reached.has(name)) reached.set(name, chain);
      }
    }
  }
  return reached;
}

describe("the browser's scripts", () => {
  it("reach no package that belongs on the server", () => {
    const reached = packagesReached();
    const offending = SERVER_ONLY_PACKAGES.filter((name) => reached.has(name)).map((name) => `${name}: ${reached.get(name)!.join(" → ")}`);
    expect(offending).toEqual([]);
  });

  it("are walked far enough to see the packages they do use", () => {
    const reached = packagesReached();
    expect([...reached.keys()]).toEqual(expect.arrayContaining(["react", "next-intl", "@tanstack/react-table"]));
  });
});
