// Kept free of server-only imports: the Prisma config, the CLI scripts and the app all read it.
export const DEFAULT_DATABASE_URL = "file:./data/sccp-tracker.db";

/** The two databases the app runs on: SQLite, embedded, by default; PostgreSQL for several instances. */
export type Engine = "sqlite" | "postgresql";

export function databaseUrl(env: Partial<NodeJS.ProcessEnv> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** Which engine a DATABASE_URL names; anything else is refused with the two forms it may take. */
export function engineOf(url: string): Engine {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must be a SQLite file URL such as "${DEFAULT_DATABASE_URL}" or a PostgreSQL URL such as "postgresql://user@host:5432/sccp"; got "${redactUrl(url)}".`,
  );
}

/** The file path better-sqlite3 opens for a `file:` URL (relative paths resolve from the working directory). */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`This needs a SQLite database: DATABASE_URL must be a file URL such as "${DEFAULT_DATABASE_URL}"; got "${redactUrl(url)}".`);
  }
  return url.slice("file:".length);
}

/** A URL fit for a log line or an error message: the password, if any, replaced. */
export function redactUrl(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]*):[^@/]*@/, "$1:***@");
}
