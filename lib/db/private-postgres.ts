// A PostgreSQL server of one's own, for the tests, the benchmark and `npm run db:migration` on a
// machine with Debian's postgresql package but no server to spare: a new cluster in a scratch
// folder, on a free loopback port, gone when stopped. As root it runs as the `postgres` user
// (PostgreSQL refuses to run as root), so its folder lives under /var/tmp where that user can reach it.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface PrivatePostgres {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dir: string;
  stop(): void;
}

/** The newest installed server's programs (initdb, pg_ctl, pg_dump…), or null when none is installed. */
export function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(path.join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface PrivatePostgresOptions {
  /** Durability off (fsync, synchronous commit) for speed; never for a crash test. */
  fast?: boolean;
  log?: (line: string) => void;
}

export async function startPrivatePostgres({ fast = true, log }: PrivatePostgresOptions = {}): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("No PostgreSQL server is installed (Debian: apt-get install -y postgresql).");
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(asRoot ? "/var/tmp" : os.tmpdir(), "sccp-pg-"));
  chmodSync(dir, 0o755);
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (program: string, args: string[]) => {
    const [command, commandArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
    const result = spawnSync(command, commandArgs, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${program} failed: ${(result.stderr || result.stdout || "").trim()}`);
    return result.stdout;
  };
  const port = await freePort();
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"]);
  const settings = ["-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"];
  if (fast) settings.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-o", settings.join(" "), "-w", "start"]);
  log?.(`PostgreSQL (${path.basename(path.dirname(bin))}) started on 127.0.0.1:${port} in ${dir}`);
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
