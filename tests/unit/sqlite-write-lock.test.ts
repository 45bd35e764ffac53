import type BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { beginWritesImmediately, withWriteLock } from "@/lib/db/sqlite-write-lock";

/** A connection that records what it runs; `busy` makes BEGIN IMMEDIATE fail as a taken lock does. */
function connection(busy = false) {
  const ran: string[] = [];
  const db = {
    prepare: (sql: string) => ({
      run: () => {
        if (busy && sql === "BEGIN IMMEDIATE") throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
        ran.push(sql);
      },
    }),
  };
  beginWritesImmediately(db as unknown as BetterSqlite3.Database);
  const run = (sql: string) => (db.prepare(sql) as { run(): void }).run();
  return { ran, run };
}

describe("write transactions begin holding SQLite's write lock", () => {
  it("only the BEGIN a write opens, once: a BEGIN outside, or a second one in its context, stays deferred", async () => {
    const { ran, run } = connection();
    run("BEGIN");
    await withWriteLock(async () => {
      run("BEGIN");
      await Promise.resolve();
      // Another request's batch that Prisma happens to run in a tick this write scheduled.
      run("BEGIN");
      run("SELECT 1");
    });
    expect(ran).toEqual(["BEGIN", "BEGIN IMMEDIATE", "BEGIN", "SELECT 1"]);
  });

  it("each write gets its own, however they interleave", async () => {
    const { ran, run } = connection();
    await Promise.all([withWriteLock(async () => run("BEGIN")), withWriteLock(async () => run("BEGIN"))]);
    expect(ran).toEqual(["BEGIN IMMEDIATE", "BEGIN IMMEDIATE"]);
  });

  it("begins deferred after all when the lock stays taken past the busy timeout", async () => {
    const { ran, run } = connection(true);
    await withWriteLock(async () => run("BEGIN"));
    expect(ran).toEqual(["BEGIN"]);
  });

  it("passes on any other failure of BEGIN IMMEDIATE", async () => {
    const db = {
      prepare: (_sql: string) => ({
        run: () => {
          throw Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR" });
        },
      }),
    };
    beginWritesImmediately(db as unknown as BetterSqlite3.Database);
    await expect(withWriteLock(async () => (db.prepare("BEGIN") as { run(): void }).run())).rejects.toThrow("disk I/O error");
  });
});
