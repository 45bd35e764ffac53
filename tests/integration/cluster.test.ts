// The cluster's primary (lib/release/cluster.ts) with stand-in workers, plain HTTP servers that
// answer with their pid, so what is checked is the primary's own work, in seconds: the port shared
// by all, a worker that dies started again, a stop that lets requests finish and leaves no process
// behind, and a start that fails at once instead of looping when no worker can serve. Then
// `npm start` and `npm run serve` refusing a WEB_CONCURRENCY that is not a number of processes.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(os.tmpdir(), "sccp-cluster-"));
const WORKER = path.join(dir, "worker.mjs");
const PRIMARY = path.join(dir, "primary.ts");
writeFileSync(
  WORKER,
  `import http from "node:http";
if (process.env.FAIL_AT_START) process.exit(2);
const server = http.createServer((req, res) => {
  if (req.url === "/crash") process.exit(3);
  const answer = () => res.end(String(process.pid));
  if (req.url === "/slow") setTimeout(answer, 700); else answer();
});
server.listen(Number(process.argv[2]), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(143)));
`,
);
writeFileSync(
  PRIMARY,
  `import { startCluster } from ${JSON.stringify(path.resolve("lib/release/cluster.ts"))};
const running = startCluster({ workers: 2, exec: ${JSON.stringify(WORKER)}, args: [process.argv[2]], env: process.env, log: (line) => console.log(line) });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => running.stop(signal));
running.done.then((code) => process.exit(code));
`,
);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** One request on a connection of its own, so the primary hands each to the next worker in turn. */
function get(port: number, pathname: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path: pathname, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve(body));
    })
      .on("error", reject)
      .end();
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Primary {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const started: Primary[] = [];
afterEach(() => {
  for (const { child } of started.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

function startPrimary(port: number, env: Record<string, string> = {}): Primary {
  const child = spawn(process.execPath, ["--import", "tsx", PRIMARY, String(port)], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const primary = { child, output: () => output, exited: new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code))) };
  started.push(primary);
  return primary;
}

async function pidsServing(port: number, requests = 8): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let i = 0; i < requests; i++) pids.add(Number(await get(port, "/")));
  return pids;
}

async function waitFor<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve()
      .then(read)
      .catch(() => undefined);
    if (value !== undefined && done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out; last value: ${String(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the cluster's primary", () => {
  it("shares one port between its workers, starts one that died again, and stops them all, requests finished", async () => {
    const port = await freePort();
    const primary = startPrimary(port);
    const first = await waitFor(
      () => pidsServing(port),
      (pids) => pids.size === 2,
    );
    expect([...first].every((pid) => pid !== primary.child.pid)).toBe(true);

    // One worker dies; the other serves meanwhile, and a new one takes the dead one's place.
    await get(port, "/crash").catch(() => undefined);
    expect((await pidsServing(port, 4)).size).toBeGreaterThanOrEqual(1);
    const second = await waitFor(
      () => pidsServing(port),
      (pids) => pids.size === 2 && [...pids].some((pid) => !first.has(pid)),
    );
    expect([...first].filter((pid) => second.has(pid))).toHaveLength(1);
    expect(primary.output()).toMatch(/Server process [12] \(pid \d+\) ended \(exit code 3\); starting it again in 1 s\./);

    // A request in progress when the stop comes is answered; then nothing is left running.
    const slow = get(port, "/slow");
    await new Promise((resolve) => setTimeout(resolve, 150));
    primary.child.kill("SIGTERM");
    expect(Number(await slow)).toBeGreaterThan(0);
    expect(await primary.exited).toBe(143);
    expect([...first, ...second].filter(alive)).toEqual([]);
  });

  it("ends with exit code 1 when no worker ever serves, instead of starting them again and again", async () => {
    const primary = startPrimary(await freePort(), { FAIL_AT_START: "1" });
    expect(await primary.exited).toBe(1);
    expect(primary.output()).toMatch(/Server process [12] ended before serving \(exit code 2\); stopping the others\./);
    expect(primary.output()).not.toContain("starting it again");
  });
});

describe("WEB_CONCURRENCY at start", () => {
  it.each(["scripts/start.ts", "scripts/serve.ts"])("%s refuses a value that is not a number of processes, and leaves nothing behind", async (script) => {
    const empty = mkdtempSync(path.join(dir, "start-"));
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      env: { ...process.env, WEB_CONCURRENCY: "two", DATABASE_URL: `file:${path.join(empty, "sccp.db")}`, AUTH_SECRET: "", PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('Could not start SCCP Tracker: WEB_CONCURRENCY="two" must be a whole number of server processes from 1 to 64');
    // Refused before the release: no database, and no session secret made up for it.
    expect(readdirSync(empty)).toEqual([]);
  });
});
