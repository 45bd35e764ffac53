// `npm test`'s integration step: the suite on SQLite and on PostgreSQL at the same time. Each
// vitest run uses one worker on a 2-core machine, so side by side they take little longer than
// the slower one alone. Each run's output is held and printed whole when it ends, so the two do
// not interleave; the step fails if either run fails. Arguments go on to both (a file name).
import { spawn } from "node:child_process";

const runs = [
  { name: "SQLite", script: "test:integration" },
  { name: "PostgreSQL", script: "test:integration:postgres" },
];

const outcomes = await Promise.all(
  runs.map(
    ({ name, script }) =>
      new Promise<{ name: string; ok: boolean }>((resolve) => {
        const started = Date.now();
        const child = spawn("npm", ["run", "--silent", script, "--", ...process.argv.slice(2)], {
          env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "0" },
          stdio: ["ignore", "pipe", "pipe"],
        });
        const output: Buffer[] = [];
        child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
        child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
        child.on("close", (code) => {
          const seconds = Math.round((Date.now() - started) / 1000);
          process.stdout.write(`\n===== Integration suite on ${name}: ${code === 0 ? "passed" : "FAILED"} in ${seconds} s =====\n`);
          process.stdout.write(Buffer.concat(output));
          resolve({ name, ok: code === 0 });
        });
      }),
  ),
);

const failed = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.name);
if (failed.length) {
  console.error(`\nThe integration suite failed on ${failed.join(" and ")}.`);
  process.exit(1);
}
