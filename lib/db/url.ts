// Kept free of server-only imports: the Prisma config, the CLI scripts and the app all read it.
export const DEFAULT_DATABASE_URL = "file:./data/sccp-tracker.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** The file path better-sqlite3 opens for a `file:` URL (relative paths resolve from the working directory). */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL such as "${DEFAULT_DATABASE_URL}"; got "${url}".`);
  }
  return url.slice("file:".length);
}
