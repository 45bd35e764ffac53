// Prisma takes one provider per schema. prisma/schema.prisma (SQLite) is the one source; the
// PostgreSQL schema is derived from it here and never edited by hand, so a model change is made once.
// prisma/postgresql/schema.prisma is rewritten only with a migration (lib/db/create-migration.ts):
// it is the schema the PostgreSQL migrations end at, and lint checks that it matches the source.
import path from "node:path";

export const SOURCE_SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");
export const POSTGRES_SCHEMA_PATH = path.join(process.cwd(), "prisma", "postgresql", "schema.prisma");

const HEADER = "// Generated from prisma/schema.prisma by `npm run db:migration`: edit that file, not this one.\n\n";

/** The PostgreSQL schema for a source schema: another provider and client folder, nothing else. */
export function postgresSchema(source: string, clientOutput = "../../lib/db/generated-pg"): string {
  let rewrites = 0;
  const swapped = source
    .replace(/(datasource db \{\s*provider\s*=\s*)"sqlite"/, (_, head: string) => (rewrites++, `${head}"postgresql"`))
    .replace(/(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/db\/generated"/, (_, head: string) => (rewrites++, `${head}${JSON.stringify(clientOutput)}`));
  if (rewrites !== 2) throw new Error("prisma/schema.prisma no longer has the provider and output lines the PostgreSQL schema is derived by.");
  return `${HEADER}${swapped}`;
}
