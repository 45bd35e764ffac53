import "server-only";
import type { Clock } from "../clock";
import { runScheduledWork, type ScheduledWorkReport } from "../scheduler/run";
import { defaultWorkerId, deliverPending, type DeliverOptions, type DeliveryReport } from "./outbox";

export interface PassReport {
  at: Date;
  scheduled: ScheduledWorkReport | null;
  /** Why the scheduled work failed; delivery went ahead all the same. */
  scheduledError: string | null;
  delivery: DeliveryReport | null;
  deliveryError: string | null;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One pass of the worker at the clock's time: the scheduler's work (notices, digests into the
 * outbox, purge), then delivery of what is due. Neither step's failure stops the other, and
 * neither throws: the report says what failed.
 */
export async function runPass(clock: Clock, options: Omit<DeliverOptions, "now"> = {}): Promise<PassReport> {
  const at = clock();
  const report: PassReport = { at, scheduled: null, scheduledError: null, delivery: null, deliveryError: null };
  try {
    report.scheduled = await runScheduledWork(at);
  } catch (error) {
    report.scheduledError = reason(error);
  }
  try {
    report.delivery = await deliverPending({ ...options, now: clock });
  } catch (error) {
    report.deliveryError = reason(error);
  }
  return report;
}

/** "overdue: milestones 2, notices 5; purged: notifications 0" from whatever the scheduler reports. */
function describeCounts(report: object): string {
  return Object.entries(report)
    .map(([name, value]) =>
      typeof value === "object" && value !== null
        ? `${name}: ${Object.entries(value as Record<string, unknown>)
            .map(([part, count]) => `${part} ${String(count)}`)
            .join(", ")}`
        : `${name}: ${String(value)}`,
    )
    .join("; ");
}

export function describeDelivery(delivery: DeliveryReport): string {
  const parts = [`${delivery.sent} sent`, `${delivery.retrying} to retry`, `${delivery.failed} failed`];
  if (delivery.held) parts.push(`${delivery.held} kept in the outbox: SMTP_URL is not set`);
  const stopped = delivery.stoppedBy ? `; stopped early, the SMTP server is unavailable: ${delivery.stoppedBy}` : "";
  return `Mail: ${parts.join(", ")}${stopped}.`;
}

/** What a pass did, as lines for a console; errors are marked so. */
export function describePass(report: PassReport): { lines: string[]; failed: boolean } {
  const lines = [`Pass at ${report.at.toISOString()}`];
  lines.push(report.scheduled ? `Scheduled work: ${describeCounts(report.scheduled)}.` : `Scheduled work failed: ${report.scheduledError}`);
  lines.push(report.delivery ? describeDelivery(report.delivery) : `Mail delivery failed: ${report.deliveryError}`);
  return { lines, failed: !report.scheduled || !report.delivery };
}

export interface Worker {
  /** Ends the loop after the message in flight, if any: no lease is left behind. */
  stop(): Promise<void>;
}

/**
 * Runs a pass now and then every `intervalMs` after the last one ended, so passes never overlap.
 * A pass that fails is logged and the next one runs as planned: the worker never ends on its own.
 * Quiet while nothing happens.
 */
export function startWorker({
  clock,
  intervalMs,
  log = console.log,
  logError = console.error,
}: {
  clock: Clock;
  intervalMs: number;
  log?: (line: string) => void;
  logError?: (line: string) => void;
}): Worker {
  const workerId = defaultWorkerId();
  const stopping = new AbortController();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastHeld = 0;
  let current: Promise<void> = Promise.resolve();

  const pass = async () => {
    const report = await runPass(clock, { workerId, signal: stopping.signal });
    const { lines, failed } = describePass(report);
    const delivery = report.delivery;
    const acted = delivery && (delivery.sent || delivery.retrying || delivery.failed || delivery.held !== lastHeld);
    if (delivery) lastHeld = delivery.held;
    if (failed) for (const line of lines) logError(line);
    else if (acted) log(`${lines[0]}: ${lines[2]}`);
  };
  const loop = () => {
    current = pass()
      .catch((error: unknown) => logError(`Mail worker pass failed: ${reason(error)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, intervalMs);
      });
  };
  loop();
  return {
    async stop() {
      stopped = true;
      stopping.abort();
      clearTimeout(timer);
      await current;
    },
  };
}
