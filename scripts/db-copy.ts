// `npm run db:copy -- --from <url> --to <url>`: copies a whole SCCP Tracker database into an
// empty one, of either engine (e.g. --from file:./data/sccp-tracker.db --to postgresql://…),
// then prints each table's row counts and checksums on both sides. Exits non-zero on a refusal
// or on any difference (the copy is then rolled back).
import { copyDatabase, CopyMismatchError, formatCopyReport, RefusedError } from "../lib/db/copy";
import { redactUrl } from "../lib/db/url";

const USAGE = "Usage: npm run db:copy -- --from <database URL> --to <database URL>   (the target must be empty)";

function parseArgs(args: string[]): { from: string; to: string } {
  const found: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const match = /^--(from|to)(?:=(.*))?$/.exec(args[i]!);
    if (!match) throw new RefusedError(`Unknown argument "${redactUrl(args[i]!)}".\n${USAGE}`);
    const value = match[2] ?? args[++i];
    if (!value) throw new RefusedError(`--${match[1]} needs a database URL.\n${USAGE}`);
    if (found[match[1]!]) throw new RefusedError(`--${match[1]} is given twice.\n${USAGE}`);
    found[match[1]!] = value;
  }
  if (!found.from || !found.to) throw new RefusedError(USAGE);
  return { from: found.from, to: found.to };
}

try {
  const { from, to } = parseArgs(process.argv.slice(2));
  console.log(`Copying ${redactUrl(from)} to ${redactUrl(to)}`);
  const report = await copyDatabase({ from, to, log: (line) => console.log(`  ${line}`) });
  console.log(formatCopyReport(report));
  const rows = report.tables.reduce((sum, table) => sum + table.targetRows, 0);
  console.log(`Copied ${rows} rows in ${report.tables.length} tables in ${(report.ms / 1000).toFixed(1)} s; every count and checksum is equal.`);
} catch (error) {
  if (error instanceof CopyMismatchError) console.error(formatCopyReport(error.report));
  console.error(`${error instanceof RefusedError ? "Copy refused" : "Copy failed"}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
