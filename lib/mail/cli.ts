// The arguments of `npm run notify`, read apart from the pass itself so a mistake stops it before
// the database is opened.
import { parseArgs } from "node:util";

export const NOTIFY_USAGE = [
  "Usage: npm run notify -- [--now <ISO time>] [--every <seconds>]",
  "  --now     run one pass as if it were that time, e.g. 2025-03-03T08:00:00Z or 2025-03-03T08:00:00+08:00 (default: now)",
  "  --every   keep running, one pass every so many seconds, until stopped (the worker npm start runs)",
].join("\n");

export type NotifyCommand = { mode: "once"; now: Date | null } | { mode: "every"; intervalMs: number };

export class UsageError extends Error {}

// A time without a zone would be read in the machine's own zone; without a time, as midnight UTC.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** The time --now names; a value that is not one full ISO time with its zone is refused. */
export function parseNow(value: string): Date {
  const instant = new Date(value);
  const zone = ISO_INSTANT.exec(value)?.[3];
  // A day past the month's end (02-30) or hour 24 would otherwise roll over into another time.
  const offsetMinutes = !zone || zone.toUpperCase() === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const wallClock = Number.isNaN(instant.getTime()) ? null : new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 16);
  if (!zone || wallClock !== value.slice(0, 16).toUpperCase()) {
    throw new UsageError(`--now "${value}" is not an ISO time with its zone, such as 2025-03-03T08:00:00Z or 2025-03-03T08:00:00+08:00.`);
  }
  return instant;
}

/** The seconds between passes: a whole number from 1 to a day. */
export function parseIntervalSeconds(value: string, name = "--every"): number {
  if (!/^\d{1,5}$/.test(value.trim()) || Number(value) < 1 || Number(value) > 86_400) {
    throw new UsageError(`${name} "${value}" is not a number of seconds from 1 to 86400.`);
  }
  return Number(value);
}

export function parseNotifyArgs(argv: string[]): NotifyCommand {
  let values: { now?: string; every?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { now: { type: "string" }, every: { type: "string" } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.now !== undefined && values.every !== undefined) throw new UsageError("--now and --every do not go together: a worker runs at the real time.");
  if (values.every !== undefined) return { mode: "every", intervalMs: parseIntervalSeconds(values.every) * 1000 };
  return { mode: "once", now: values.now === undefined ? null : parseNow(values.now) };
}
