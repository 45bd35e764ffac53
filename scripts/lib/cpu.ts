// Where the CPU goes during a measurement, from /proc (Linux): the seconds each group of processes
// (an app instance, PostgreSQL, nginx) spent on the CPU, and how busy the whole machine was, since
// a starting sample. The load test prints it beside its figures, because everything it measures
// shares the same cores.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

interface ProcessStat {
  pid: number;
  ppid: number;
  command: string;
  /** utime + stime + cutime + cstime, in clock ticks: the process and the children it has reaped. */
  ticks: number;
}

/** A /proc stat line's numbered fields (1-based, as proc(5) numbers them), and the command. */
function statFields(text: string): { command: string; field: (number: number) => number } {
  // The command sits in parentheses and may itself contain spaces or parentheses.
  const close = text.lastIndexOf(")");
  const fields = text.slice(close + 2).split(" ");
  return {
    command: text.slice(text.indexOf("(") + 1, close),
    field: (number) => {
      const value = Number(fields[number - 3]);
      if (!Number.isFinite(value)) throw new Error(`An unreadable /proc stat line: ${text.slice(0, 80)}`);
      return value;
    },
  };
}

function readStat(pid: number): ProcessStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null; // Gone between listing and reading.
  }
  const { command, field } = statFields(text);
  return { pid, ppid: field(4), command, ticks: field(14) + field(15) + field(16) + field(17) };
}

function allProcesses(): ProcessStat[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcessStat => stat !== null);
}

/** The roots and every process below them, each once. */
function processTree(roots: number[]): ProcessStat[] {
  const processes = allProcesses();
  const children = new Map<number, ProcessStat[]>();
  for (const stat of processes) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree = new Map<number, ProcessStat>();
  const visit = (stat: ProcessStat | undefined) => {
    if (!stat || tree.has(stat.pid)) return;
    tree.set(stat.pid, stat);
    for (const child of children.get(stat.pid) ?? []) visit(child);
  };
  for (const root of roots) visit(processes.find((stat) => stat.pid === root));
  return [...tree.values()];
}

/**
 * CPU seconds used so far by each root and everything below it. A process that exited is counted
 * once, in the reaped-children time of its parent; one still running, in its own.
 */
export function treeCpuSeconds(roots: number[]): number {
  return processTree(roots).reduce((ticks, stat) => ticks + stat.ticks, 0) / TICKS_PER_SECOND;
}

/**
 * The part of treeCpuSeconds spent on the processes' main threads, the one thread a Node.js
 * process runs JavaScript on; the rest went to V8's compiler and garbage collector threads and
 * libuv's pool beside it. Unlike treeCpuSeconds it keeps nothing of a process that has exited, so
 * a difference between two readings holds only while the tree's processes stay the same.
 */
export function treeMainThreadCpuSeconds(roots: number[]): number {
  let ticks = 0;
  for (const { pid } of processTree(roots)) {
    let text: string;
    try {
      text = readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8");
    } catch {
      continue; // Gone between listing and reading.
    }
    const { field } = statFields(text);
    ticks += field(14) + field(15);
  }
  return ticks / TICKS_PER_SECOND;
}

/** The postmaster of a cluster: the first line of its data folder's postmaster.pid. */
export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) || null : null;
}

/**
 * The nginx master listening on this loopback port (tests/support/nginx.ts does not hand out its
 * process): found by the configuration each master was started with.
 */
export function nginxMasterPid(port: number): number | null {
  for (const stat of allProcesses()) {
    if (stat.command !== "nginx") continue;
    let args: string[];
    try {
      // The master rewrites its arguments into one title ("nginx: master process … -c FILE …").
      args = readFileSync(`/proc/${stat.pid}/cmdline`, "utf8").split(/[\0 ]+/);
    } catch {
      continue;
    }
    const config = args[args.indexOf("-c") + 1];
    if (!args.includes("-c") || !config) continue;
    const site = path.join(path.dirname(config), "sccp-tracker.conf");
    if (existsSync(site) && readFileSync(site, "utf8").includes(`listen 127.0.0.1:${port};`)) return stat.pid;
  }
  return null;
}

/** The machine's CPU time so far, busy and in all, summed over its cores (/proc/stat). */
export function machineCpuSeconds(): { busy: number; total: number } {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already inside user and nice).
  const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = fields[3]! + fields[4]!;
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}
