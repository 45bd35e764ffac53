// PostgreSQL's side of the SQL dialect (lib/db/dialect.ts picks the engine's side). Text compares
// in code-point order, as SQLite's BINARY does, whatever the database's own collation.
import { Prisma } from "./generated/client";
import { searchTerms } from "./sqlite";

interface RawQuery {
  $queryRawUnsafe<T = unknown>(query: string): Promise<T>;
}

/** Text in code-point order, as SQLite orders it. */
export function binaryOrder(expr: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${expr} COLLATE "C"`;
}

/** SQLite's NOCASE exactly: under collation C, lower() folds A–Z only, and the comparison is byte by byte. */
export function caselessOrder(expr: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(${expr} COLLATE "C")`;
}

/**
 * The same test as SQLite's (lib/db/sqlite.ts containsText), as a plain substring test so no
 * character is a wildcard. Where A–Z folding is enough, lower() under collation C folds exactly
 * A–Z, as SQLite's LIKE does (ILIKE would fold every letter: "k" would find the Kelvin sign).
 * Otherwise both sides are composed and lower-cased by PostgreSQL itself, with final sigma taken
 * as sigma: JavaScript's toLowerCase writes "ΟΔΟΣ" as "οδος", PostgreSQL's lower() as "οδοσ".
 */
export function containsText(columns: Prisma.Sql[], text: string): Prisma.Sql {
  const { caseless, needle } = searchTerms(text);
  return Prisma.sql`(${Prisma.join(
    columns.map((column) =>
      caseless
        ? Prisma.sql`strpos(lower(${column} COLLATE "C"), ${needle}) > 0`
        : Prisma.sql`strpos(translate(lower(normalize(${column}, NFC)), 'ς', 'σ'), translate(lower(${needle}), 'ς', 'σ')) > 0`,
    ),
    " OR ",
  )})`;
}

/** An enum column against values passed as parameters, which PostgreSQL types as text. */
export function enumIn(column: Prisma.Sql, enumName: string, values: readonly string[]): Prisma.Sql {
  if (!/^[A-Za-z]+$/.test(enumName)) throw new Error(`"${enumName}" is not an enum of the schema.`);
  const type = Prisma.raw(`"${enumName}"`);
  return Prisma.sql`${column} IN (${Prisma.join(values.map((value) => Prisma.sql`CAST(${value} AS ${type})`))})`;
}

/** Whether the migration history table exists yet. */
export async function hasMigrationTable(client: RawQuery): Promise<boolean> {
  const rows = await client.$queryRawUnsafe<{ present: boolean }[]>("SELECT to_regclass('\"_prisma_migrations\"') IS NOT NULL AS present");
  return rows[0]?.present === true;
}

export interface DatabaseLocale {
  collation: string;
  ctype: string;
  encoding: string;
}

export async function databaseLocale(client: RawQuery): Promise<DatabaseLocale> {
  const [row] = await client.$queryRawUnsafe<DatabaseLocale[]>(
    "SELECT datcollate AS collation, datctype AS ctype, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()",
  );
  if (!row) throw new Error("PostgreSQL did not describe the current database.");
  return row;
}

/**
 * Why the database would sort or search differently from SQLite, or null when it will not. The
 * app's own SQL orders text with COLLATE "C"; Prisma's ordering and lower() follow the database's
 * collation and character type, so the database must be created with them.
 */
export function localeProblem({ collation, ctype, encoding }: DatabaseLocale): string | null {
  const codePointOrder = /^(C|POSIX|C\.UTF-?8)$/i;
  const unicodeCase = /\.UTF-?8$/i;
  if (encoding !== "UTF8" || !codePointOrder.test(collation) || !unicodeCase.test(ctype)) {
    return (
      `The PostgreSQL database has encoding ${encoding}, collation ${collation} and character type ${ctype}; SCCP Tracker needs UTF8, ` +
      `code-point order and Unicode case mapping, so that lists sort and search as they do on SQLite. Create it with: ` +
      `CREATE DATABASE sccp TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8';`
    );
  }
  return null;
}
