// What one page costs the server, for `npm run bench`: the CPU time its processes spend per
// request (from /proc, never from an endpoint of the app, which would leak it to anyone), the bytes
// of its HTML and of the payload React hydrates from, and how it holds up under concurrent load.
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { treeCpuSeconds } from "./cpu";

/**
 * The page's weight: all of its HTML, and the part of it that is the React Server Components
 * payload (the contents of the inline `self.__next_f.push(…)` scripts the browser hydrates from).
 */
export function pageWeight(html: string): { htmlBytes: number; payloadBytes: number } {
  let payloadBytes = 0;
  for (const match of html.matchAll(/<script\b[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)) {
    payloadBytes += Buffer.byteLength(match[1]!);
  }
  return { htmlBytes: Buffer.byteLength(html), payloadBytes };
}

/** The value at quantile q of ascending values (the nearest rank at or below). */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * CPU milliseconds per request of the server's processes: `work` makes `requests` requests, and the
 * server tree's user and system time over it is shared among them. The clock ticks of /proc are
 * 10 ms, so this is meant for a hundred requests or more.
 */
export async function serverCpuPerRequest<T>(serverPid: number, requests: number, work: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  const before = treeCpuSeconds([serverPid]);
  const result = await work();
  const after = treeCpuSeconds([serverPid]);
  return { result, cpuMs: ((after - before) * 1000) / requests };
}

/** One autocannon run with the officer's cookie, settled when it ends; `onResponse` hears every answer. */
function autocannonRun(
  options: { url: string; cookie: string; connections: number; seconds: number; paths?: string[] },
  onResponse?: (status: number, ms: number) => void,
): Promise<autocannon.Result> {
  const { url, cookie, connections, seconds, paths } = options;
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        headers: { cookie },
        timeout: 30,
        ...(paths ? { requests: paths.map((path) => ({ method: "GET" as const, path })) } : {}),
      },
      (error: unknown, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)),
    );
    if (onResponse) instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => onResponse(status, ms));
  });
}

/**
 * The pages asked for in turn by `connections` clients for `seconds`, nothing measured: a server
 * process's first thousands of requests run partly unoptimized while V8 compiles the hot code on
 * other threads, and a server that has been up a while has done that long ago. Returns how many
 * requests it made, and how many were not answered 2xx.
 */
export async function warmUp(options: {
  base: string;
  cookie: string;
  paths: string[];
  connections: number;
  seconds: number;
}): Promise<{ requests: number; failures: number }> {
  const result = await autocannonRun({ ...options, url: options.base });
  // autocannon counts a timeout among its errors too.
  return { requests: result.requests.total, failures: result.non2xx + result.errors };
}

export interface LoadFigures {
  connections: number;
  seconds: number;
  /** Responses with status 2xx a second. */
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses that were not 2xx, and connection errors or timeouts. */
  failures: number;
  /** The server's CPU milliseconds per response under this load. */
  cpuMs: number;
}

/**
 * `connections` clients asking for `url` over and over for `seconds`, each sending the next request
 * when the last answer arrived (autocannon), after a few seconds to warm up. Latencies are every
 * response's own, so the percentiles are exact rather than autocannon's histogram buckets.
 */
export async function concurrentLoad(options: { url: string; cookie: string; serverPid: number; connections: number; seconds: number }): Promise<LoadFigures> {
  const { url, cookie, serverPid, connections, seconds } = options;
  const run = (duration: number, onResponse?: (status: number, ms: number) => void) =>
    autocannonRun({ url, cookie, connections, seconds: duration }, onResponse);
  await run(Math.min(3, seconds));
  const latencies: number[] = [];
  let failures = 0;
  const cpuBefore = treeCpuSeconds([serverPid]);
  const started = performance.now();
  const result = await run(seconds, (status, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else failures++;
  });
  const elapsed = (performance.now() - started) / 1000;
  const cpuAfter = treeCpuSeconds([serverPid]);
  latencies.sort((a, b) => a - b);
  return {
    connections,
    seconds,
    perSecond: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    // autocannon counts a timeout among its errors too.
    failures: failures + result.errors,
    cpuMs: ((cpuAfter - cpuBefore) * 1000) / Math.max(1, latencies.length + failures),
  };
}
