// The one place the app's SQL learns which engine it speaks to. Every raw statement lives in a
// *-sql.ts file, quotes its identifiers (valid on both engines) and takes what differs from here:
// text search, case-insensitive and binary ordering, enum comparison, index hints and the
// migration check. SQLite's tricks (its search function, NOCASE, INDEXED BY) stay on its side.
import { Prisma } from "./generated/client";
import * as postgresql from "./postgresql";
import * as sqlite from "./sqlite";
import { databaseUrl, engineOf, type Engine } from "./url";

interface RawQuery {
  $queryRawUnsafe<T = unknown>(query: string): Promise<T>;
}

export interface Dialect {
  engine: Engine;
  /** A case-insensitive substring test over several columns, in any script; no character is a wildcard. */
  containsText(columns: Prisma.Sql[], text: string): Prisma.Sql;
  /** Text ordered case-insensitively as SQLite's NOCASE does (A–Z folded, then code points). */
  caselessOrder(expr: Prisma.Sql): Prisma.Sql;
  /** Text ordered by code points. */
  binaryOrder(expr: Prisma.Sql): Prisma.Sql;
  /** An enum column (of the schema's enum `enumName`) among values passed as parameters. */
  enumIn(column: Prisma.Sql, enumName: string, values: readonly string[]): Prisma.Sql;
  /** After a table in FROM: the index the engine must use (SQLite without statistics); nothing elsewhere. */
  indexHint(index: string): Prisma.Sql;
  hasMigrationTable(client: RawQuery): Promise<boolean>;
}

const sqliteDialect: Dialect = {
  engine: "sqlite",
  containsText: sqlite.containsText,
  caselessOrder: sqlite.caselessOrder,
  binaryOrder: (expr) => expr,
  enumIn: (column, _enumName, values) => Prisma.sql`${column} IN (${Prisma.join([...values])})`,
  indexHint: sqlite.indexHint,
  hasMigrationTable: sqlite.hasMigrationTable,
};

const postgresDialect: Dialect = {
  engine: "postgresql",
  containsText: postgresql.containsText,
  caselessOrder: postgresql.caselessOrder,
  binaryOrder: postgresql.binaryOrder,
  enumIn: postgresql.enumIn,
  // PostgreSQL keeps statistics and plans for itself.
  indexHint: () => Prisma.empty,
  hasMigrationTable: postgresql.hasMigrationTable,
};

/** The dialect of `engine`, by default the one DATABASE_URL names. */
export function sqlDialect(engine: Engine = engineOf(databaseUrl())): Dialect {
  return engine === "postgresql" ? postgresDialect : sqliteDialect;
}

/** Names of the migrations the database has finished applying (and not rolled back); null before the first. */
export async function appliedMigrationNames(client: RawQuery, engine?: Engine): Promise<string[] | null> {
  if (!(await sqlDialect(engine).hasMigrationTable(client))) return null;
  const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY "migration_name"',
  );
  return rows.map((row) => row.migration_name);
}
