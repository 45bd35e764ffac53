// `npm run notify -- --now <ISO time>`: one pass of the mail worker at that time (the real time
// without --now): the scheduler's work (notices of milestones fallen overdue, digests, the purge,
// the clearing of uploads that never became a document), then delivery of the outbox by SMTP.
// Prints what it did. `--every <seconds>` keeps passing until stopped: the worker npm start and
// npm run serve run beside the server.
// Exit codes: 0 done, 1 a part of the pass failed, 2 a bad argument or setting (nothing was done).
import { NOTIFY_USAGE, parseNotifyArgs, UsageError, type NotifyCommand } from "../lib/mail/cli";
import { describeSmtpUrl, mailSettings } from "../lib/mail/transport";

function readCommand(): NotifyCommand {
  try {
    const command = parseNotifyArgs(process.argv.slice(2));
    mailSettings();
    return command;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    if (error instanceof UsageError) console.error(NOTIFY_USAGE);
    process.exit(2);
  }
}

const command = readCommand();
// The app's server modules refuse to load outside Next.js unless "server-only" is stubbed first;
// hence the imports after it, not at the top.
await import(new URL("./lib/outside-next.mjs", import.meta.url).href);
const { db } = await import("../lib/db");
const { fixedClock, systemClock } = await import("../lib/clock");
const { describePass, runPass, startWorker } = await import("../lib/mail/worker");

if (command.mode === "once") {
  const report = await runPass(command.now ? fixedClock(command.now) : systemClock);
  const { lines, failed } = describePass(report);
  for (const line of lines) (failed ? console.error : console.log)(line);
  await db.$disconnect();
  process.exit(failed ? 1 : 0);
} else {
  const worker = startWorker({ clock: systemClock, intervalMs: command.intervalMs });
  const { url } = mailSettings();
  console.log(
    `Mail worker: a pass every ${command.intervalMs / 1000} s; ${url ? `mail goes through ${describeSmtpUrl(url)}` : "SMTP_URL is not set, so mail stays in the outbox (see /admin/outbox)"}.`,
  );
  let stopping = false;
  // A stop ends the pass after the message in flight, so no lease is left to run out. Started by
  // npm start, the worker also stops when that process is gone (its channel closes).
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void worker
      .stop()
      .then(() => db.$disconnect())
      .finally(() => process.exit(0));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
  process.on("disconnect", stop);
}
