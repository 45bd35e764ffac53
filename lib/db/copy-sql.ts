// Each engine's side of `npm run db:copy` (lib/db/copy.ts) and of the PostgreSQL backups: what
// tables and columns a database has, its rows in primary-key order read in chunks, rows written
// back, and its id counters. Values cross between engines in one canonical text form, which is
// also what the checksums are taken over, so a copy is checked in the very form it was made in.
import Database from "better-sqlite3";
import pg from "pg";
import { databaseLocale, localeProblem } from "./postgresql";
import { engineOf, redactUrl, sqliteFilePath, type Engine } from "./url";

/** The kinds of column the schema uses, whatever each engine calls them. */
export type ColumnKind = "text" | "int" | "bigint" | "boolean" | "datetime" | "float" | "decimal" | "bytes";

export interface Column {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
}

export interface Table {
  name: string;
  /** Sorted by name, so both engines list a row's values in the same order. */
  columns: Column[];
  primaryKey: string[];
  /** Other tables this one has foreign keys to. */
  references: string[];
  /** Columns with a foreign key to this same table (a forum's parent). */
  selfReferences: string[];
  /** The column whose values a counter hands out (an autoincrement id), if any. */
  counter: string | null;
}

/** A value in canonical form: dates as ISO strings, booleans true/false, numbers in decimal; null is not "". */
export type Canonical = string | null;

export const MIGRATION_TABLE = "_prisma_migrations";

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface DatabaseSide {
  engine: Engine;
  url: string;
  /** The app's tables (the migration history left out). */
  tables(): Promise<Table[]>;
  /** Finished migrations, or null when the database has no migration history. */
  appliedMigrations(): Promise<string[] | null>;
  rowCount(table: string): Promise<number>;
  /** The highest id each counter has handed out, by table (deleted rows' ids included). */
  counters(tables: Table[]): Promise<Map<string, number>>;
  /** Starts reading one consistent snapshot, or (forWriting) the transaction the copy is written in. */
  begin(mode: "snapshot" | "write", tables?: Table[]): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** The table's rows in primary-key order, a chunk at a time, values in column order. */
  rows(table: Table, chunkSize: number): AsyncGenerator<Canonical[][]>;
  insert(table: Table, columns: Column[], rows: Canonical[][]): Promise<void>;
  /** Sets one column of rows found by primary key. */
  update(table: Table, column: Column, rows: { key: Canonical[]; value: Canonical }[]): Promise<void>;
  /** Makes the table's counter hand out ids above `highest`. */
  setCounter(table: Table, highest: number): Promise<void>;
  /** Gathers the planner's statistics, which a bulk load leaves behind. */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

export class RefusedError extends Error {}

/** The engine a URL names, or a refusal that says which forms it may take. */
export function engineFor(url: string, role: string): Engine {
  try {
    return engineOf(url);
  } catch {
    throw new RefusedError(
      `${role} must be a SQLite file URL such as "file:./data/sccp-tracker.db" or a PostgreSQL URL such as "postgresql://user@host:5432/sccp"; got "${redactUrl(url)}".`,
    );
  }
}

/** Opens a database for copying; a missing SQLite file is refused unless `create`. */
export async function openSide(url: string, { create = false, role }: { create?: boolean; role: string }): Promise<DatabaseSide> {
  return engineFor(url, role) === "sqlite" ? openSqlite(url, create, role) : openPostgres(url, role);
}

// ---------------------------------------------------------------------------------------------
// Canonical values.

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** A stored timestamp as an ISO instant; text without a zone is UTC (as both engines' clients store it), a bare day its midnight. */
export function canonicalTimestamp(value: string | number | bigint): string {
  if (typeof value !== "string") return new Date(Number(value)).toISOString();
  const match = TIMESTAMP.exec(value.trim());
  let zone = match?.[3] ?? "Z";
  if (/^[+-]\d{2}$/.test(zone)) zone += ":00";
  else if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const date = match ? new Date(`${match[1]}T${match[2] ?? "00:00"}${zone}`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new Error(`"${value}" is not a timestamp.`);
  return date.toISOString();
}

function notA(table: Table, column: Column, value: unknown) {
  return `${table.name}.${column.name} holds ${typeof value === "string" ? JSON.stringify(value) : String(value)}, which is not a ${column.kind} value`;
}

function fromSqlite(table: Table, column: Column, value: unknown): Canonical {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case "boolean":
      if (value === 0n || value === 1n || value === 0 || value === 1) return Number(value) === 1 ? "true" : "false";
      break;
    case "datetime":
      if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") {
        try {
          return canonicalTimestamp(value);
        } catch {
          break;
        }
      }
      break;
    case "bytes":
      if (Buffer.isBuffer(value)) return value.toString("hex");
      break;
    case "float":
      if (typeof value === "number" || typeof value === "bigint") return String(Number(value));
      break;
    default:
      if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") return String(value);
  }
  throw new Error(notA(table, column, value));
}

function toSqlite(column: Column, value: Canonical): unknown {
  if (value === null) return null;
  switch (column.kind) {
    case "int":
    case "bigint":
      return BigInt(value);
    case "boolean":
      return value === "true" ? 1 : 0;
    case "datetime":
      // As Prisma's SQLite adapter writes it.
      return value.replace("Z", "+00:00");
    case "float":
    case "decimal":
      return Number(value);
    case "bytes":
      return Buffer.from(value, "hex");
    default:
      return value;
  }
}

function fromPostgres(table: Table, column: Column, value: unknown): Canonical {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case "boolean":
      if (typeof value === "boolean") return value ? "true" : "false";
      break;
    case "datetime":
      if (typeof value === "string") return canonicalTimestamp(value);
      break;
    case "bytes":
      if (Buffer.isBuffer(value)) return value.toString("hex");
      break;
    case "float":
      return String(Number(value));
    default:
      if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") return String(value);
  }
  throw new Error(notA(table, column, value));
}

function toPostgres(column: Column, value: Canonical): unknown {
  if (value === null) return null;
  if (column.kind === "boolean") return value === "true";
  if (column.kind === "bytes") return Buffer.from(value, "hex");
  // Integers, dates (an instant with "Z": a timestamp column keeps its UTC wall-clock time) and
  // enums go as text; the server casts each to its column's type.
  return value;
}

function kindOfSqlite(declared: string): ColumnKind | null {
  const type = declared.toUpperCase().replace(/\(.*\)$/, "");
  if (type === "BIGINT" || type === "INT8") return "bigint";
  if (/^(INT|INTEGER|SMALLINT|TINYINT|MEDIUMINT|INT2)$/.test(type)) return "int";
  if (type === "BOOLEAN") return "boolean";
  if (type === "DATETIME" || type === "TIMESTAMP") return "datetime";
  if (/^(REAL|DOUBLE|DOUBLE PRECISION|FLOAT)$/.test(type)) return "float";
  if (type === "DECIMAL" || type === "NUMERIC") return "decimal";
  if (type === "BLOB") return "bytes";
  if (/^(TEXT|VARCHAR|CHARACTER|CLOB|NVARCHAR|NCHAR)$/.test(type)) return "text";
  return null;
}

function kindOfPostgres(dataType: string, udt: string): ColumnKind | null {
  if (dataType === "USER-DEFINED") return "text"; // an enum: its label
  const kinds: Record<string, ColumnKind> = {
    int2: "int",
    int4: "int",
    int8: "bigint",
    bool: "boolean",
    timestamp: "datetime",
    timestamptz: "datetime",
    float4: "float",
    float8: "float",
    numeric: "decimal",
    bytea: "bytes",
    text: "text",
    varchar: "text",
    bpchar: "text",
  };
  return kinds[udt] ?? null;
}

/** Tables ordered so that each comes after those it refers to (a copy never breaks a foreign key). */
export function foreignKeyOrder(tables: Table[]): Table[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const done = new Set<string>();
  const ordered: Table[] = [];
  while (ordered.length < tables.length) {
    const ready = tables.filter((table) => !done.has(table.name) && table.references.every((name) => done.has(name) || !byName.has(name)));
    if (!ready.length) {
      const stuck = tables.filter((table) => !done.has(table.name)).map((table) => table.name);
      throw new Error(`The tables ${stuck.join(", ")} refer to each other in a cycle; they cannot be copied one after another.`);
    }
    for (const table of ready) {
      done.add(table.name);
      ordered.push(table);
    }
  }
  return ordered;
}

function sortTable(table: Omit<Table, "columns"> & { columns: Column[] }): Table {
  return { ...table, columns: [...table.columns].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}

// ---------------------------------------------------------------------------------------------
// SQLite, through better-sqlite3.

function openSqlite(url: string, create: boolean, role: string): DatabaseSide {
  const file = sqliteFilePath(url);
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: !create, timeout: 5000 });
    db.pragma("schema_version");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RefusedError(
      /unable to open|does not exist/i.test(reason) && !create
        ? `${role}: there is no SQLite database at ${file}.`
        : `${role}: ${file} is not a SQLite database (${reason}).`,
    );
  }
  db.pragma("foreign_keys = ON");

  const select = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Record<string, unknown>[];
  const orderBy = (table: Table) => table.primaryKey.map(quoteIdent).join(", ");

  return {
    engine: "sqlite",
    url,
    async tables() {
      const tables = select(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> ? ORDER BY name",
        MIGRATION_TABLE,
      ) as { name: string; sql: string }[];
      return tables.map(({ name, sql }) => {
        const info = select(`PRAGMA table_info(${quoteIdent(name)})`) as { name: string; type: string; notnull: number; pk: number }[];
        const keys = select(`PRAGMA foreign_key_list(${quoteIdent(name)})`) as { table: string; from: string }[];
        const columns = info.map((column) => {
          const kind = kindOfSqlite(column.type);
          if (!kind) throw new RefusedError(`${name}.${column.name} has the type ${column.type}, which db:copy does not know how to copy.`);
          return { name: column.name, kind, nullable: column.notnull === 0 };
        });
        const primaryKey = info
          .filter((column) => column.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((column) => column.name);
        const idColumn = primaryKey.length === 1 ? columns.find((column) => column.name === primaryKey[0]) : undefined;
        return sortTable({
          name,
          columns,
          primaryKey,
          references: [...new Set(keys.filter((key) => key.table !== name).map((key) => key.table))],
          selfReferences: keys.filter((key) => key.table === name).map((key) => key.from),
          counter: idColumn?.kind === "int" && /AUTOINCREMENT/i.test(sql) ? idColumn.name : null,
        });
      });
    },
    async appliedMigrations() {
      if (!select("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", MIGRATION_TABLE).length) return null;
      return (
        select(`SELECT migration_name FROM ${MIGRATION_TABLE} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`) as {
          migration_name: string;
        }[]
      ).map((row) => row.migration_name);
    },
    async rowCount(table) {
      return Number((db.prepare(`SELECT COUNT(*) AS n FROM ${quoteIdent(table)}`).get() as { n: number }).n);
    },
    async counters(tables) {
      const counters = new Map<string, number>();
      if (!select("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'").length) return counters;
      const seqs = new Map((select("SELECT name, seq FROM sqlite_sequence") as { name: string; seq: number }[]).map((row) => [row.name, Number(row.seq)]));
      for (const table of tables) if (table.counter) counters.set(table.name, seqs.get(table.name) ?? 0);
      return counters;
    },
    async begin(mode) {
      // A deferred transaction reads one snapshot from its first read; IMMEDIATE also takes the write lock now.
      db.exec(mode === "write" ? "BEGIN IMMEDIATE" : "BEGIN");
    },
    async commit() {
      db.exec("COMMIT");
    },
    async rollback() {
      if (db.inTransaction) db.exec("ROLLBACK");
    },
    async *rows(table, chunkSize) {
      const statement = db.prepare(
        `SELECT ${table.columns.map((column) => quoteIdent(column.name)).join(", ")} FROM ${quoteIdent(table.name)} ORDER BY ${orderBy(table)}`,
      );
      statement.raw(true).safeIntegers(true);
      let chunk: Canonical[][] = [];
      for (const row of statement.iterate() as Iterable<unknown[]>) {
        chunk.push(table.columns.map((column, index) => fromSqlite(table, column, row[index])));
        if (chunk.length >= chunkSize) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length) yield chunk;
    },
    async insert(table, columns, rows) {
      const statement = db.prepare(
        `INSERT INTO ${quoteIdent(table.name)} (${columns.map((column) => quoteIdent(column.name)).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      for (const row of rows) statement.run(...row.map((value, index) => toSqlite(columns[index]!, value)));
    },
    async update(table, column, rows) {
      const keyColumns = table.primaryKey.map((name) => table.columns.find((c) => c.name === name)!);
      const statement = db.prepare(
        `UPDATE ${quoteIdent(table.name)} SET ${quoteIdent(column.name)} = ? WHERE ${table.primaryKey.map((name) => `${quoteIdent(name)} = ?`).join(" AND ")}`,
      );
      for (const { key, value } of rows) statement.run(toSqlite(column, value), ...key.map((part, index) => toSqlite(keyColumns[index]!, part)));
    },
    async setCounter(table, highest) {
      // Inserting explicit ids already raised the counter to the highest copied; this keeps ids of
      // deleted rows (which the audit trail may still name) from being handed out again.
      db.prepare("INSERT INTO sqlite_sequence (name, seq) SELECT ?, 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)").run(
        table.name,
        table.name,
      );
      db.prepare("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?").run(highest, table.name);
    },
    async analyze() {
      db.exec("ANALYZE");
    },
    async close() {
      if (db.inTransaction) db.exec("ROLLBACK");
      db.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL, through node-postgres.

// Timestamps stay text: pg would read a timestamp without time zone in this process's local zone.
const RAW_TEXT_TYPES = new Set([1082, 1083, 1114, 1184]);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    RAW_TEXT_TYPES.has(oid) ? (value: string) => value : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** A client for a PostgreSQL URL, with its connection error made readable (and the password kept out of it). */
export async function connectPostgres(url: string, role: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, types, application_name: "sccp-tracker-db-tools" });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    const code = (error as { code?: string }).code;
    const reason = error instanceof Error ? error.message : String(error);
    if (code === "3D000")
      throw new RefusedError(
        `${role}: the database ${redactUrl(url)} does not exist. Create it with: CREATE DATABASE <name> TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8';`,
      );
    throw new RefusedError(`${role}: cannot connect to ${redactUrl(url)} (${reason}).`);
  }
  return client;
}

async function openPostgres(url: string, role: string): Promise<DatabaseSide> {
  const client = await connectPostgres(url, role);
  const query = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows;
  const locale = await databaseLocale({ $queryRawUnsafe: async <T>(sql: string) => (await client.query(sql)).rows as T });
  const problem = localeProblem(locale);
  const keyOrder = (table: Table) =>
    table.primaryKey
      .map((name) => (table.columns.find((column) => column.name === name)?.kind === "text" ? `${quoteIdent(name)} COLLATE "C"` : quoteIdent(name)))
      .join(", ");
  let cursors = 0;

  const side: DatabaseSide & { localeProblem: string | null } = {
    engine: "postgresql",
    url,
    localeProblem: problem,
    async tables() {
      const tables = await query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> $1 ORDER BY table_name",
        [MIGRATION_TABLE],
      );
      const columns = await query<{ table: string; name: string; data_type: string; udt: string; nullable: string; counter: boolean }>(
        `SELECT table_name AS table, column_name AS name, data_type, udt_name AS udt, is_nullable AS nullable,
                (column_default LIKE 'nextval(%' OR is_identity = 'YES') AS counter
           FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
      );
      const keys = await query<{ table: string; name: string; position: number }>(
        `SELECT cl.relname AS table, a.attname AS name, k.position
           FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
           CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
          WHERE c.contype = 'p' AND n.nspname = current_schema() ORDER BY cl.relname, k.position`,
      );
      const foreign = await query<{ table: string; target: string; name: string }>(
        `SELECT cl.relname AS table, f.relname AS target, a.attname AS name
           FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class f ON f.oid = c.confrelid
           JOIN pg_namespace n ON n.oid = cl.relnamespace
           CROSS JOIN LATERAL unnest(c.conkey) AS k(attnum)
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
          WHERE c.contype = 'f' AND n.nspname = current_schema()`,
      );
      return tables.map(({ name }) => {
        const own = columns.filter((column) => column.table === name);
        const primaryKey = keys.filter((key) => key.table === name).map((key) => key.name);
        const counter = primaryKey.length === 1 ? own.find((column) => column.name === primaryKey[0] && column.counter) : undefined;
        return sortTable({
          name,
          columns: own.map((column) => {
            const kind = kindOfPostgres(column.data_type, column.udt);
            if (!kind) throw new RefusedError(`${name}.${column.name} has the type ${column.udt}, which db:copy does not know how to copy.`);
            return { name: column.name, kind, nullable: column.nullable === "YES" };
          }),
          primaryKey,
          references: [...new Set(foreign.filter((key) => key.table === name && key.target !== name).map((key) => key.target))],
          selfReferences: foreign.filter((key) => key.table === name && key.target === name).map((key) => key.name),
          counter: counter?.name ?? null,
        });
      });
    },
    async appliedMigrations() {
      const [present] = await query<{ present: boolean }>("SELECT to_regclass($1) IS NOT NULL AS present", [quoteIdent(MIGRATION_TABLE)]);
      if (!present?.present) return null;
      return (
        await query<{ migration_name: string }>(
          `SELECT migration_name FROM ${quoteIdent(MIGRATION_TABLE)} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
        )
      ).map((row) => row.migration_name);
    },
    async rowCount(table) {
      const [row] = await query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${quoteIdent(table)}`);
      return Number(row?.n ?? 0);
    },
    async counters(tables) {
      const counters = new Map<string, number>();
      for (const table of tables) {
        if (!table.counter) continue;
        const [sequence] = await query<{ name: string | null }>("SELECT pg_get_serial_sequence($1, $2) AS name", [quoteIdent(table.name), table.counter]);
        if (!sequence?.name) continue;
        const [state] = await query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM ${sequence.name}`);
        counters.set(table.name, state ? Number(state.last_value) - (state.is_called ? 0 : 1) : 0);
      }
      return counters;
    },
    async begin(mode, tables = []) {
      if (mode === "snapshot") {
        await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        return;
      }
      await client.query("BEGIN");
      // Nobody else writes to the target while it is filled (a server started on it would seed it).
      if (tables.length) await client.query(`LOCK TABLE ${tables.map((table) => quoteIdent(table.name)).join(", ")} IN EXCLUSIVE MODE NOWAIT`);
    },
    async commit() {
      await client.query("COMMIT");
    },
    async rollback() {
      await client.query("ROLLBACK");
    },
    async *rows(table, chunkSize) {
      const cursor = `sccp_copy_${++cursors}`;
      await client.query(
        `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${table.columns.map((column) => quoteIdent(column.name)).join(", ")} FROM ${quoteIdent(table.name)} ORDER BY ${keyOrder(table)}`,
      );
      try {
        for (;;) {
          const { rows } = await client.query({ text: `FETCH ${chunkSize} FROM ${cursor}`, rowMode: "array" });
          if (!rows.length) break;
          yield (rows as unknown[][]).map((row) => table.columns.map((column, index) => fromPostgres(table, column, row[index])));
        }
      } finally {
        await client.query(`CLOSE ${cursor}`);
      }
    },
    async insert(table, columns, rows) {
      if (!rows.length) return;
      const params: unknown[] = [];
      const values = rows.map(
        (row) =>
          `(${row
            .map((value, index) => {
              params.push(toPostgres(columns[index]!, value));
              return `$${params.length}`;
            })
            .join(", ")})`,
      );
      await client.query(
        `INSERT INTO ${quoteIdent(table.name)} (${columns.map((column) => quoteIdent(column.name)).join(", ")}) VALUES ${values.join(", ")}`,
        params,
      );
    },
    async update(table, column, rows) {
      const keyColumns = table.primaryKey.map((name) => table.columns.find((c) => c.name === name)!);
      const sql = `UPDATE ${quoteIdent(table.name)} SET ${quoteIdent(column.name)} = $1 WHERE ${table.primaryKey.map((name, index) => `${quoteIdent(name)} = $${index + 2}`).join(" AND ")}`;
      for (const { key, value } of rows)
        await client.query(sql, [toPostgres(column, value), ...key.map((part, index) => toPostgres(keyColumns[index]!, part))]);
    },
    async setCounter(table, highest) {
      if (!table.counter) return;
      const [row] = await query<{ highest: string | null }>(`SELECT MAX(${quoteIdent(table.counter)}) AS highest FROM ${quoteIdent(table.name)}`);
      const next = Math.max(highest, Number(row?.highest ?? 0));
      // setval(…, n, true): the next id is n + 1; (…, 1, false): the next is 1.
      await client.query("SELECT setval(pg_get_serial_sequence($1, $2), $3, $4)", [quoteIdent(table.name), table.counter, Math.max(next, 1), next > 0]);
    },
    async analyze() {
      await client.query("ANALYZE");
    },
    async close() {
      await client.end();
    },
  };
  return side;
}

/** Why a PostgreSQL database would sort differently from SQLite, or null (SQLite: always null). */
export function sideLocaleProblem(side: DatabaseSide): string | null {
  return (side as DatabaseSide & { localeProblem?: string | null }).localeProblem ?? null;
}
