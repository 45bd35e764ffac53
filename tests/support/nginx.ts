// nginx (Debian's package) in front of several app instances on loopback, running the example
// configuration the README documents (deploy/nginx.conf) with the test's own ports: the proxy
// the end-to-end test posts through and the load test measures is the one a deployment copies.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Nginx {
  url: string;
  stop(): Promise<void>;
}

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate));

export function nginxInstalled(): boolean {
  return NGINX !== undefined;
}

/** deploy/nginx.conf with its upstream servers and listen port replaced by these. */
export function exampleConfig(port: number, upstreams: string[]): string {
  const example = readFileSync(path.resolve(import.meta.dirname, "../../deploy/nginx.conf"), "utf8");
  const servers = example.match(/^\s*server 127\.0\.0\.1:\d+[^;]*;$/gm);
  if (!servers || servers.length < 2) throw new Error("deploy/nginx.conf no longer lists its upstream servers as `server 127.0.0.1:PORT …;` lines.");
  const options = servers[0]!.replace(/^\s*server \S+/, "");
  const withUpstreams = example.replace(servers.join("\n"), upstreams.map((address) => `    server ${address}${options.replace(/;$/, "")};`).join("\n"));
  if (!/^\s*listen 80;$/m.test(withUpstreams)) throw new Error("deploy/nginx.conf no longer listens with `listen 80;`.");
  return withUpstreams.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
}

export async function startNginx({ port, upstreams }: { port: number; upstreams: string[] }): Promise<Nginx> {
  if (!NGINX) throw new Error("nginx is not installed (Debian: apt-get install -y nginx).");
  const dir = mkdtempSync(path.join(os.tmpdir(), "sccp-nginx-"));
  for (const sub of ["logs", "tmp"]) mkdirSync(path.join(dir, sub));
  const asRoot = process.getuid?.() === 0;
  const main = `${asRoot ? "user root root;\n" : ""}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  include ${dir}/sccp-tracker.conf;
}
`;
  writeFileSync(path.join(dir, "sccp-tracker.conf"), exampleConfig(port, upstreams));
  writeFileSync(path.join(dir, "nginx.conf"), main);
  const checked = spawnSync(NGINX, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  if (checked.status !== 0) throw new Error(`nginx refused the configuration:\n${checked.stderr}`);
  const child = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const listening = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (listening) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`nginx did not start on ${url}: ${stderr || readLog(dir)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async stop() {
      // SIGQUIT: finish the requests in flight, then exit.
      child.kill("SIGQUIT");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLog(dir: string): string {
  try {
    return readFileSync(path.join(dir, "logs", "error.log"), "utf8").slice(-2000);
  } catch {
    return "(no log)";
  }
}
