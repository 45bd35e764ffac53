// `npm run verify`: the proof that the app holds, rerun from scratch and summed up in one table.
// Runs the attack, crash, accessibility and keyboard specs against the production build (one
// Playwright run, E2E_PORT as for the end-to-end tests), the backup tests, the load test, and
// `npm run bench` when package.json has it; then prints each row's target, the measured figure
// and whether it is met. Exits non-zero when any row is not met. Logs: tests/.tmp/proof/logs/.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROOF_DIR, readFigures } from "../tests/support/proof-figures";

const PROOF_SPECS = [
  "tests/e2e/security-headers.spec.ts",
  "tests/e2e/session-cookie.spec.ts",
  "tests/e2e/attack-requests.spec.ts",
  "tests/e2e/attack-sessions.spec.ts",
  "tests/e2e/sign-in-lockout.spec.ts",
  "tests/e2e/attack-probe-findings.spec.ts",
  "tests/e2e/attack-script-injection.spec.ts",
  "tests/e2e/crash.spec.ts",
  "tests/e2e/accessibility.spec.ts",
  "tests/e2e/keyboard.spec.ts",
];
const LOGS = path.join(PROOF_DIR, "logs");

interface Row {
  area: string;
  row: string;
  target: string;
  measured: string;
  /** null: nothing to measure yet. */
  met: boolean | null;
}

/** Runs a step with its output in a log file; says how it went on one line. */
function step(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  const started = Date.now();
  process.stdout.write(`${name}… `);
  const result = spawnSync(command, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const log = path.join(LOGS, `${name.replace(/\W+/g, "-")}.log`);
  writeFileSync(log, `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}`);
  console.log(`${result.status === 0 ? "done" : `FAILED (exit ${result.status}; see ${log})`} in ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status === 0;
}

interface SpecResult {
  file: string;
  title: string;
  ok: boolean;
}

/** Every test of Playwright's JSON report, with its file. */
function playwrightResults(): SpecResult[] {
  const report = readFigures<{ suites?: Suite[] }>("playwright");
  interface Suite {
    file: string;
    specs?: { title: string; ok: boolean }[];
    suites?: Suite[];
  }
  const out: SpecResult[] = [];
  const walk = (suite: Suite) => {
    for (const spec of suite.specs ?? []) out.push({ file: suite.file, title: spec.title, ok: spec.ok });
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report?.suites ?? []) walk(suite);
  return out;
}

function main() {
  rmSync(PROOF_DIR, { recursive: true, force: true });
  mkdirSync(LOGS, { recursive: true });
  const port = process.env.E2E_PORT ?? "3100";
  console.log(`npm run verify: production build, end-to-end server on port ${port} (E2E_PORT), servers of its own on the ports after it.\n`);

  step("end-to-end proof specs", "npx", ["playwright", "test", ...PROOF_SPECS, "--reporter=line,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(PROOF_DIR, "playwright.json"),
    E2E_PORT: port,
  });
  step("backup and restore tests", "npx", [
    "vitest",
    "run",
    "--project",
    "integration",
    "tests/integration/backup.test.ts",
    "--reporter=json",
    `--outputFile=${path.join(PROOF_DIR, "vitest-backup.json")}`,
  ]);
  const loadPassed = step("load test", "npx", ["tsx", "scripts/load-test.ts"], { E2E_PORT: port });
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
  const benchPassed = scripts.bench ? step("bench", "npm", ["run", "bench"], { E2E_PORT: port }) : null;

  const specs = playwrightResults();
  const passed = (file: string, title?: RegExp) => {
    const matching = specs.filter((s) => s.file.endsWith(file) && (!title || title.test(s.title)));
    return { ok: matching.length > 0 && matching.every((s) => s.ok), count: `${matching.filter((s) => s.ok).length}/${matching.length} tests pass` };
  };
  const rows: Row[] = [];
  const add = (area: string, row: string, target: string, result: { ok: boolean; count: string }, figure?: string | null) =>
    rows.push({ area, row, target, measured: result.ok && figure ? figure : result.count, met: result.ok });

  const search = readFigures<{ strings: number }>("attack-search");
  const filters = readFigures<{ codes: number; auditFilters: number }>("attack-filters");
  const paths = readFigures<{ paths: number; statuses: number[] }>("attack-paths");
  const bodies = readFigures<{ bodies: number; statuses: number[] }>("attack-bodies");
  const origins = readFigures<{ origins: number; genuine: number }>("attack-origins");
  const sessions = readFigures<{ cookies: string[] }>("attack-sessions");
  const script = readFigures<{ fields: number; pages: number; dialogs: number }>("attack-script");
  add(
    "Security",
    "Security headers on every response",
    "CSP without unsafe-eval, frame-ancestors 'none', nosniff, referrer policy, HSTS",
    passed("security-headers.spec.ts"),
    "7 routes: all present; no CSP violation",
  );
  add(
    "Security",
    "Session cookie",
    "HttpOnly, SameSite=Lax; Secure behind https",
    passed("session-cookie.spec.ts"),
    "HttpOnly, SameSite=Lax; Secure + __Secure- with https",
  );
  add(
    "Security",
    "Script in every text field",
    "rendered as text, nothing runs",
    passed("attack-script-injection.spec.ts"),
    script && `${script.fields} fields, ${script.pages} pages: ${script.dialogs} dialogs, 0 injected elements`,
  );
  add(
    "Security",
    "SQL-ish text in search",
    "exact literal matches",
    passed("attack-requests.spec.ts", /search finds/),
    search && `${search.strings} strings, page and API: counts exact`,
  );
  add(
    "Security",
    "SQL-ish codes and audit filters",
    "a clear message, no result",
    passed("attack-requests.spec.ts", /economy codes/),
    filters && `${filters.codes} codes × 4 routes, ${filters.auditFilters} audit filters: refused`,
  );
  add(
    "Security",
    "Path tricks in ids",
    "400 or 404, never 5xx",
    passed("attack-requests.spec.ts", /path tricks/),
    paths && `${paths.paths} paths: ${paths.statuses.join("/")}, no 5xx`,
  );
  add(
    "Security",
    "Oversized bodies (2 MB)",
    "413 before reading; nothing written",
    passed("attack-requests.spec.ts", /oversized/),
    bodies && `${bodies.bodies} bodies: ${[...new Set(bodies.statuses)].join("/")}; row unchanged`,
  );
  add(
    "Security",
    "Server-action posts from another origin",
    "403; nothing written",
    passed("attack-requests.spec.ts", /another (origin|site)/),
    origins && `${origins.origins} origins + 1 cross-site page: 403; own origin: ${origins.genuine}`,
  );
  add(
    "Security",
    "Personal API and calendar tokens",
    "stored hashed, compared in constant time",
    passed("attack-requests.spec.ts", /stored only as its SHA-256 hash/),
    "a new token: SHA-256 only, plain text nowhere",
  );
  add(
    "Security",
    "Forged, tampered, expired sessions",
    "signed out; nothing written",
    passed("attack-sessions.spec.ts"),
    sessions && `${sessions.cookies.length} cookies: all signed out, 0 writes`,
  );
  add(
    "Security",
    "What the outside probe found (issue 19)",
    "wide or huge import refused in a bounded answer; one-time password gets no export; no value from a link in a message; no trust in X-Forwarded-Host",
    passed("attack-probe-findings.spec.ts"),
    "replayed over HTTP: all refused as intended",
  );
  add(
    "Security",
    "Wrong passwords for someone else's account",
    "growing waits, never a lock-out of the owner's known device",
    passed("sign-in-lockout.spec.ts"),
    "the administrator's browser signs in while others wait",
  );

  const backup = readFigures<{ numPassedTests: number; numTotalTests: number; success: boolean }>("vitest-backup");
  rows.push({
    area: "Reliability",
    row: "Online backup, checked restore",
    target: "SQLite backup API; bad, newer or in-use files refused",
    measured: backup ? `${backup.numPassedTests}/${backup.numTotalTests} tests pass` : "not run",
    met: backup?.success === true,
  });
  const crash = readFigures<{ writesAcknowledged: number; writesInFlightAtKill: number; integrity: string; lost: number; halfWritten: number }>("crash");
  add(
    "Reliability",
    "SIGKILL mid-burst, restart",
    "integrity ok; 0 acknowledged writes lost; 0 half-written",
    passed("crash.spec.ts"),
    crash &&
      `integrity ${crash.integrity}; ${crash.writesAcknowledged} acknowledged, ${crash.writesInFlightAtKill} in flight: ${crash.lost} lost, ${crash.halfWritten} half-written`,
  );
  const load = readFigures<{
    seconds: number;
    reads: number;
    readsPerSecond: number;
    saves: number;
    conflicts: number;
    responses5xx: number;
    lostUpdates: number;
    versionMismatches: number;
    readP50Ms: number;
    readP95Ms: number;
    readP99Ms: number;
  }>("load");
  rows.push({
    area: "Reliability",
    row: "Load: 50 readers + 10 editors, 5xx",
    target: "0",
    measured: load ? `${load.responses5xx} in ${load.reads} reads and ${load.saves + load.conflicts} save attempts over ${load.seconds} s` : "not run",
    met: loadPassed && load?.responses5xx === 0,
  });
  rows.push({
    area: "Reliability",
    row: "Load: lost updates",
    target: "0",
    measured: load ? `${load.lostUpdates + load.versionMismatches} (${load.saves} saves, ${load.conflicts} conflicts shown)` : "not run",
    met: loadPassed && load?.lostUpdates === 0 && load.versionMismatches === 0,
  });
  const scaled = readFigures<{ workers: number; cores: number; one: { readsPerSecond: number }; cluster: { readsPerSecond: number }; ratio: number }>(
    "load-cluster",
  );
  rows.push({
    area: "Speed",
    row: "Load: reads/s, every core busy vs 1 process",
    target: "≥ 1.8× on 2 cores",
    measured: scaled
      ? `${scaled.ratio.toFixed(2)}× (${scaled.cluster.readsPerSecond} vs ${scaled.one.readsPerSecond} reads/s, WEB_CONCURRENCY=${scaled.workers} on ${scaled.cores} cores)`
      : "not run",
    met: loadPassed && !!scaled && scaled.ratio >= 0.9 * scaled.workers,
  });
  // The issue asks for the figure, not a bound: 50 readers that never pause measure the queue in
  // front of one Node.js process as much as the app, so the row is met when it is measured.
  rows.push({
    area: "Reliability",
    row: "Load: p95 read latency",
    target: "reported",
    measured: load ? `${load.readP95Ms} ms (p50 ${load.readP50Ms}, p99 ${load.readP99Ms}; ${load.readsPerSecond} reads/s)` : "not run",
    met: Number.isFinite(load?.readP95Ms ?? Number.NaN),
  });

  const axeFiles = readdirSync(path.join(PROOF_DIR, "axe"), { withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => f.name);
  const axe = axeFiles.map((f) => readFigures<{ violations: Record<string, { impact: string }[]> }>(`axe/${f.replace(/\.json$/, "")}`)!);
  const blocking = axe.flatMap((a) => Object.values(a.violations).flat()).filter((v) => v.impact === "serious" || v.impact === "critical").length;
  add(
    "Accessibility",
    "axe on every main page, en + zh-TW",
    "0 serious or critical",
    passed("accessibility.spec.ts"),
    `${axe.length} pages or states × 2 languages: ${blocking}`,
  );
  const keyboard = readFigures<{ tabStops: number; visible: number }>("keyboard");
  add(
    "Accessibility",
    "Keyboard only: sign in, filter, open, edit, save",
    "done; focus visible at every stop",
    passed("keyboard.spec.ts"),
    keyboard && `done; ${keyboard.visible}/${keyboard.tabStops} stops with a visible ring`,
  );

  // `npm run bench` may write its own rows (an array of rows like these) to tests/.tmp/proof/bench.json.
  const benchRows = readFigures<Row[]>("bench");
  if (benchRows) rows.push(...benchRows.map((r) => ({ ...r, area: r.area ?? "Speed" })));
  else
    rows.push({
      area: "Speed",
      row: "npm run bench",
      target: "Lighthouse scores (see bench)",
      measured: benchPassed === null ? "no bench script yet" : benchPassed ? "exit 0, no rows written" : "failed",
      met: benchPassed,
    });

  printTable(rows);
  process.exitCode = rows.some((r) => r.met === false) ? 1 : 0;
}

function printTable(rows: Row[]) {
  const header = ["", "row", "target", "measured", "met"];
  const cells = rows.map((r) => [r.area, r.row, r.target, r.measured, r.met === null ? "pending" : r.met ? "met" : "NOT MET"]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  const table = [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
  const pending = rows.filter((r) => r.met === null).length;
  console.log(`\n${table}\n\n${rows.filter((r) => r.met).length} of ${rows.length} rows met${pending ? `, ${pending} pending` : ""}.`);
  writeFileSync(path.join(PROOF_DIR, "summary.md"), `${table}\n`);
}

main();
