import "server-only";
import { changeTokenFor, createPrismaClient, type PrismaClient } from "./create-client";
import { UnchangedReads } from "./unchanged-reads";

// One client per server process; the dev server re-evaluates modules on every change, so keep it
// on globalThis there instead of opening a new SQLite connection each time.
const globalForDb = globalThis as unknown as { sccpDb?: PrismaClient };

export const db: PrismaClient = globalForDb.sccpDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.sccpDb = db;

/** The process's answers kept while the database is unchanged (lib/db/unchanged-reads.ts). */
export const unchangedReads = new UnchangedReads(changeTokenFor(db));
