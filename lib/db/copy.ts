// `npm run db:copy -- --from <url> --to <url>`: moves a whole SCCP Tracker database to another
// database, of either engine (a SQLite file to PostgreSQL is the move that matters). Everything is
// copied, users, access tokens, sign-in throttles, the audit trail and deleted-seed records
// included, with their ids; the migration history is not copied but made equal, by migrating the
// target with the same code the app uses. The target is filled in one transaction and checked,
// table by table, against what was read (row counts and a checksum) before it is committed: a
// copy that does not match leaves the target without a row.
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { applyPendingMigrations } from "./apply-migrations";
import { engineFor, foreignKeyOrder, openSide, RefusedError, sideLocaleProblem, type Canonical, type Column, type DatabaseSide, type Table } from "./copy-sql";
import { engineFiles, migrationNames } from "./migrations";
import { engineOf, redactUrl, sqliteFilePath, type Engine } from "./url";

export { RefusedError } from "./copy-sql";

export interface TableReport {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  ok: boolean;
}

export interface CopyReport {
  from: string;
  to: string;
  tables: TableReport[];
  /** Migrations applied to the target before the copy. */
  migrated: string[];
  ms: number;
  ok: boolean;
}

/** The copy was made but did not read back as it was read: it was rolled back. */
export class CopyMismatchError extends Error {
  constructor(readonly report: CopyReport) {
    const bad = report.tables.filter((table) => !table.ok).map((table) => table.table);
    super(`The copy did not match the source in ${bad.join(", ")}; it was rolled back and ${redactUrl(report.to)} holds no rows.`);
  }
}

const CHUNK_VALUES = 30_000;
const chunkSize = (table: Table) => Math.max(1, Math.min(1000, Math.floor(CHUNK_VALUES / table.columns.length)));

/** A running checksum of a table's rows in primary-key order, each row in canonical form. */
class TableChecksum {
  private hash = createHash("sha256");
  rows = 0;
  constructor(table: Table) {
    this.hash.update(`${JSON.stringify(table.columns.map((column) => column.name))}\n`);
  }
  add(row: Canonical[]) {
    this.hash.update(`${JSON.stringify(row)}\n`);
    this.rows++;
  }
  digest() {
    return this.hash.digest("hex");
  }
}

async function knownMigrations(engine: Engine): Promise<string[]> {
  return migrationNames(engineFiles(engine).migrationsDir);
}

function sameDatabase(a: string, b: string): boolean {
  if (engineOf(a) !== engineOf(b)) return false;
  if (engineOf(a) === "sqlite") return path.resolve(sqliteFilePath(a)) === path.resolve(sqliteFilePath(b));
  const [x, y] = [new URL(a), new URL(b)];
  const database = (url: URL) => decodeURIComponent(url.pathname.slice(1)) || url.username || "postgres";
  return x.hostname === y.hostname && (x.port || "5432") === (y.port || "5432") && database(x) === database(y);
}

/** Refuses a source that is not an SCCP Tracker database at exactly this code's migrations. */
async function checkSourceMigrations(source: DatabaseSide): Promise<void> {
  const applied = await source.appliedMigrations();
  const where = redactUrl(source.url);
  if (applied === null) throw new RefusedError(`--from: ${where} is not an SCCP Tracker database (it has no migration history).`);
  const known = await knownMigrations(source.engine);
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length)
    throw new RefusedError(`--from: ${where} was migrated by a newer version of SCCP Tracker (${unknown.join(", ")}); copy it with that version.`);
  const pending = known.filter((name) => !applied.includes(name));
  if (pending.length)
    throw new RefusedError(
      `--from: ${where} has migrations not yet applied (${pending.join(", ")}). Bring it up to date first: DATABASE_URL=<that URL> npm run db:migrate.`,
    );
}

/** Tables with rows, as "Item (17 rows)". */
async function occupiedTables(side: DatabaseSide, tables: Table[]): Promise<string[]> {
  const occupied: string[] = [];
  for (const table of tables) {
    const rows = await side.rowCount(table.name);
    if (rows > 0) occupied.push(`${table.name} (${rows} row${rows === 1 ? "" : "s"})`);
  }
  return occupied;
}

function notEmpty(url: string, occupied: string[]): RefusedError {
  return new RefusedError(
    `--to: ${redactUrl(url)} is not empty: ${occupied.join(", ")}. db:copy only fills an empty database, so that nothing there is overwritten or mixed; nothing was changed.`,
  );
}

function compareTables(source: Table[], target: Table[]): void {
  const problems: string[] = [];
  const byName = new Map(target.map((table) => [table.name, table]));
  for (const table of source) {
    const other = byName.get(table.name);
    if (!other) {
      problems.push(`the target has no table ${table.name}`);
      continue;
    }
    const describe = (columns: Column[]) => columns.map((column) => `${column.name}:${column.kind}`).join(", ");
    if (describe(table.columns) !== describe(other.columns))
      problems.push(`${table.name} has the columns (${describe(table.columns)}) in the source but (${describe(other.columns)}) in the target`);
    if (!table.primaryKey.length) problems.push(`${table.name} has no primary key to order its rows by`);
  }
  for (const table of target) if (!source.some((other) => other.name === table.name)) problems.push(`the source has no table ${table.name}`);
  if (problems.length) throw new RefusedError(`The two databases do not have the same tables: ${problems.join("; ")}.`);
}

/** Copies one table, returning the checksum of what was read. */
async function copyTable(source: DatabaseSide, target: DatabaseSide, table: Table, targetTable: Table): Promise<TableChecksum> {
  const checksum = new TableChecksum(table);
  const columns = targetTable.columns;
  // A row may point at a row of its own table that comes later; those links are written once every row is in.
  const deferred = targetTable.selfReferences
    .map((name) => columns.findIndex((column) => column.name === name))
    .filter((index) => index >= 0 && columns[index]!.nullable);
  const links = deferred.map(() => [] as { key: Canonical[]; value: Canonical }[]);
  const keyIndexes = table.primaryKey.map((name) => columns.findIndex((column) => column.name === name));
  for await (const chunk of source.rows(table, chunkSize(table))) {
    for (const row of chunk) checksum.add(row);
    const rows = deferred.length
      ? chunk.map((row) => {
          const copy = [...row];
          deferred.forEach((index, n) => {
            if (row[index] !== null) links[n]!.push({ key: keyIndexes.map((k) => row[k]!), value: row[index]! });
            copy[index] = null;
          });
          return copy;
        })
      : chunk;
    await target.insert(targetTable, columns, rows);
  }
  for (const [n, index] of deferred.entries()) await target.update(targetTable, columns[index]!, links[n]!);
  return checksum;
}

async function tableChecksum(side: DatabaseSide, table: Table): Promise<TableChecksum> {
  const checksum = new TableChecksum(table);
  for await (const chunk of side.rows(table, chunkSize(table))) for (const row of chunk) checksum.add(row);
  return checksum;
}

export interface CopyOptions {
  from: string;
  to: string;
  log?: (line: string) => void;
}

export async function copyDatabase({ from, to, log = () => undefined }: CopyOptions): Promise<CopyReport> {
  const started = performance.now();
  engineFor(from, "--from");
  const targetEngine = engineFor(to, "--to");
  const source = await openSide(from, { role: "--from" });
  let target: DatabaseSide | null = null;
  try {
    if (sameDatabase(from, to)) throw new RefusedError(`--from and --to name the same database (${redactUrl(from)}).`);
    await checkSourceMigrations(source);

    if (targetEngine === "sqlite") mkdirSync(path.dirname(path.resolve(sqliteFilePath(to))), { recursive: true });
    target = await openSide(to, { create: true, role: "--to" });
    const problem = sideLocaleProblem(target);
    if (problem) throw new RefusedError(`--to: ${problem}`);
    const before = (await target.appliedMigrations()) ?? [];
    const known = await knownMigrations(targetEngine);
    const newer = before.filter((name) => !known.includes(name));
    if (newer.length)
      throw new RefusedError(`--to: ${redactUrl(to)} was migrated by a newer version of SCCP Tracker (${newer.join(", ")}); nothing was changed.`);
    const occupied = await occupiedTables(target, await target.tables());
    if (occupied.length) throw notEmpty(to, occupied);
    // The migration engine needs the SQLite file to itself.
    await target.close();
    target = null;

    const { applied } = await applyPendingMigrations(to);
    if (applied.length) log(`Migrated ${redactUrl(to)}: ${applied.join(", ")}`);
    target = await openSide(to, { role: "--to" });
    const after = (await target.appliedMigrations()) ?? [];
    if (after.join() !== known.join()) throw new RefusedError(`--to: ${redactUrl(to)} did not end at this version's migrations after migrating.`);

    const tables = foreignKeyOrder(await source.tables());
    const targetTables = new Map((await target.tables()).map((table) => [table.name, table]));
    compareTables(tables, [...targetTables.values()]);

    await source.begin("snapshot");
    try {
      await target.begin("write", [...targetTables.values()]);
    } catch (error) {
      if ((error as { code?: string }).code === "55P03" || /SQLITE_BUSY|database is locked/i.test(String(error)))
        throw new RefusedError(
          `--to: ${redactUrl(to)} is in use by another process (is a server running on it?). Stop it, then copy again; nothing was changed.`,
        );
      throw error;
    }
    const reports: TableReport[] = [];
    try {
      // Checked again inside the transaction: nobody can have written since.
      const late = await occupiedTables(target, [...targetTables.values()]);
      if (late.length) throw notEmpty(to, late);
      const counters = await source.counters(tables);
      const read = new Map<string, TableChecksum>();
      for (const table of tables) {
        const tableStarted = performance.now();
        read.set(table.name, await copyTable(source, target, table, targetTables.get(table.name)!));
        log(`${table.name}: ${read.get(table.name)!.rows} rows in ${Math.round(performance.now() - tableStarted)} ms`);
      }
      for (const table of targetTables.values()) if (table.counter) await target.setCounter(table, counters.get(table.name) ?? 0);
      for (const table of tables) {
        const sourceSum = read.get(table.name)!;
        const targetSum = await tableChecksum(target, targetTables.get(table.name)!);
        const [sourceChecksum, targetChecksum] = [sourceSum.digest(), targetSum.digest()];
        reports.push({
          table: table.name,
          sourceRows: sourceSum.rows,
          targetRows: targetSum.rows,
          sourceChecksum,
          targetChecksum,
          ok: sourceSum.rows === targetSum.rows && sourceChecksum === targetChecksum,
        });
      }
    } catch (error) {
      await target.rollback();
      if (error instanceof RefusedError) throw error;
      throw new Error(`The copy failed and was rolled back; ${redactUrl(to)} holds no rows. ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    const report: CopyReport = { from, to, tables: reports, migrated: applied, ms: performance.now() - started, ok: reports.every((table) => table.ok) };
    if (!report.ok) {
      await target.rollback();
      throw new CopyMismatchError(report);
    }
    await target.commit();
    await target.analyze();
    report.ms = performance.now() - started;
    return report;
  } finally {
    await source.close();
    await target?.close();
  }
}

/** Each table's row count and checksum, read from one snapshot: the same figures a copy is checked by. */
export async function databaseChecksums(url: string): Promise<Map<string, { rows: number; checksum: string }>> {
  const side = await openSide(url, { role: "The database" });
  try {
    const tables = (await side.tables()).sort((a, b) => (a.name < b.name ? -1 : 1));
    await side.begin("snapshot");
    const result = new Map<string, { rows: number; checksum: string }>();
    for (const table of tables) {
      const sum = await tableChecksum(side, table);
      result.set(table.name, { rows: sum.rows, checksum: sum.digest() });
    }
    await side.rollback();
    return result;
  } finally {
    await side.close();
  }
}

/** The per-table comparison as a text table; checksums shortened to 16 hex digits. */
export function formatCopyReport(report: CopyReport): string {
  const header = ["Table", "Source rows", "Target rows", "Source checksum", "Target checksum", ""];
  const rows = report.tables.map((table) => [
    table.table,
    String(table.sourceRows),
    String(table.targetRows),
    table.sourceChecksum.slice(0, 16),
    table.targetChecksum.slice(0, 16),
    table.ok ? "equal" : "DIFFERENT",
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index === 1 || index === 2 ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
