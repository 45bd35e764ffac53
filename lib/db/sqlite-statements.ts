// Prepared statements kept for reuse on the SQLite adapter's connection. The adapter prepares every
// statement it runs afresh (better-sqlite3 binds a statement's values once and for all), which was
// about 0.6 ms of a work-plan page's 18 statements; most of a page's SQL is the same text each time.
import type BetterSqlite3 from "better-sqlite3";

/** Distinct statements kept: a page runs about 20, and IN lists of other lengths are other texts. */
export const STATEMENT_CACHE_SIZE = 500;

/** What the adapter asks of a prepared statement: bind values once, then run it or read its rows. */
export interface ReusableStatement {
  readonly reader: boolean;
  columns(): BetterSqlite3.ColumnDefinition[];
  bind(values: unknown[]): ReusableStatement;
  run(): BetterSqlite3.RunResult;
  raw(): { all(): unknown[][] };
}

/**
 * A kept statement's columns, read once: the adapter asks for them on every run (0.2 ms of a
 * work-plan page). They hold while the schema does, and it never changes under a server's
 * connection: migrations run before the server starts (npm run release).
 */
const columnsOf = new WeakMap<BetterSqlite3.Statement, BetterSqlite3.ColumnDefinition[]>();

function columns(statement: BetterSqlite3.Statement): BetterSqlite3.ColumnDefinition[] {
  let described = columnsOf.get(statement);
  if (!described) {
    described = statement.columns();
    columnsOf.set(statement, described);
  }
  return described;
}

function reusable(statement: BetterSqlite3.Statement, values: unknown[] = []): ReusableStatement {
  return {
    reader: statement.reader,
    columns: () => columns(statement),
    bind: (bound) => reusable(statement, bound),
    run: () => statement.run(...values),
    raw: () => ({ all: () => statement.raw(true).all(...values) as unknown[][] }),
  };
}

/**
 * Makes `db.prepare` hand out statements kept by their text, the least recently used dropped past
 * `size`. Only for a connection used as the adapter uses it: values are given to `bind` (or to
 * nothing), never to the statement itself, and rows are read whole, so a kept statement is never
 * in use twice at once.
 */
export function reuseStatements(db: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): void {
  const prepare = db.prepare.bind(db);
  const kept = new Map<string, BetterSqlite3.Statement>();
  const prepareKept = (sql: string): ReusableStatement => {
    let statement = kept.get(sql);
    if (statement) {
      kept.delete(sql);
    } else {
      statement = prepare(sql);
      if (kept.size >= size) kept.delete(kept.keys().next().value!);
    }
    kept.set(sql, statement);
    return reusable(statement);
  };
  (db as unknown as { prepare: typeof prepareKept }).prepare = prepareKept;
}
