// Answers kept while the database is unchanged: every way a SQLite database can change under a
// connection (its own write, another connection's commit, a transaction still open or rolled
// back) must make the next read run again. Real SQLite files, two connections to each.
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { changeTokenOf, statementKey, UnchangedReads } from "@/lib/db/unchanged-reads";
import { scratchFolders } from "../support/scratch";

const scratch = scratchFolders("unchanged-");
const open: Database.Database[] = [];

afterEach(() => {
  for (const connection of open.splice(0)) connection.close();
});

/** A WAL database with a table of `rows` rows, and two connections to it: the app's and another process's. */
function twoConnections(rows = 3) {
  const file = path.join(scratch(), "test.db");
  const app = new Database(file);
  app.pragma("journal_mode = WAL");
  app.exec("CREATE TABLE t (x INTEGER)");
  const insert = app.prepare("INSERT INTO t (x) VALUES (?)");
  for (let x = 0; x < rows; x++) insert.run(x);
  const other = new Database(file);
  open.push(app, other);
  return { app, other };
}

/** A count of t through the cache, and how many times SQLite was really asked. */
function countingReads(app: Database.Database) {
  const reads = new UnchangedReads(changeTokenOf(app));
  const count = app.prepare("SELECT COUNT(*) FROM t").pluck();
  let ran = 0;
  return {
    count: () =>
      reads.read("count t", async () => {
        ran++;
        return count.get() as number;
      }),
    ran: () => ran,
  };
}

describe("reads kept while the database is unchanged", () => {
  it("answers a repeated read from what it kept", async () => {
    const { app } = twoConnections();
    const reads = countingReads(app);
    expect([await reads.count(), await reads.count(), await reads.count()]).toEqual([3, 3, 3]);
    expect(reads.ran()).toBe(1);
  });

  it("reads again after the connection's own write, its own transaction's commit, and its own delete of every row", async () => {
    const { app } = twoConnections();
    const reads = countingReads(app);
    await reads.count();
    app.prepare("INSERT INTO t (x) VALUES (9)").run();
    expect(await reads.count()).toBe(4);
    app.transaction(() => app.prepare("INSERT INTO t (x) VALUES (10)").run())();
    expect(await reads.count()).toBe(5);
    app.exec("DELETE FROM t");
    expect(await reads.count()).toBe(0);
    expect(reads.ran()).toBe(4);
  });

  it("reads again after another connection (another server process) commits", async () => {
    const { app, other } = twoConnections();
    const reads = countingReads(app);
    expect(await reads.count()).toBe(3);
    other.prepare("INSERT INTO t (x) VALUES (9)").run();
    expect(await reads.count()).toBe(4);
    other.prepare("UPDATE t SET x = 0").run();
    await reads.count();
    expect(reads.ran()).toBe(3);
  });

  it("keeps nothing read inside an open transaction, whose rows a rollback takes back", async () => {
    const { app } = twoConnections();
    const reads = countingReads(app);
    app.exec("BEGIN");
    app.prepare("INSERT INTO t (x) VALUES (9)").run();
    expect(await reads.count()).toBe(4);
    expect(await reads.count()).toBe(4);
    app.exec("ROLLBACK");
    expect(await reads.count()).toBe(3);
    expect(reads.ran()).toBe(3);
  });

  it("never serves an answer read while a transaction began and wrote, once that transaction is rolled back", async () => {
    const { app } = twoConnections();
    const reads = new UnchangedReads(changeTokenOf(app));
    const count = app.prepare("SELECT COUNT(*) FROM t").pluck();
    // The token is read outside any transaction; before the read runs, another request's
    // transaction on the shared connection begins and writes, and the read sees its row.
    const seenMidTransaction = await reads.read("count t", async () => {
      app.exec("BEGIN");
      app.prepare("INSERT INTO t (x) VALUES (9)").run();
      return count.get() as number;
    });
    expect(seenMidTransaction).toBe(4);
    app.exec("ROLLBACK");
    expect(await reads.read("count t", async () => count.get() as number)).toBe(3);
  });

  it("never serves an answer that another connection's commit, made while it was read, could have changed", async () => {
    const { app, other } = twoConnections();
    const reads = new UnchangedReads(changeTokenOf(app));
    const count = app.prepare("SELECT COUNT(*) FROM t").pluck();
    await reads.read("count t", async () => {
      other.prepare("INSERT INTO t (x) VALUES (9)").run();
      return count.get() as number;
    });
    let ranAgain = false;
    const after = await reads.read("count t", async () => {
      ranAgain = true;
      return count.get() as number;
    });
    expect({ after, ranAgain }).toEqual({ after: 4, ranAgain: true });
  });

  it("tells two connections apart, so a reopened one whose counters start again never matches an older token", () => {
    const { app, other } = twoConnections();
    const first = changeTokenOf(app)();
    expect(first).toMatchObject({ token: expect.any(String), settled: true });
    expect(changeTokenOf(app)().token).not.toBe(first.token);
    expect(changeTokenOf(other)().token).not.toBe(first.token);
    // The same connection, unchanged, reads the same token.
    const again = changeTokenOf(app);
    expect(again().token).toBe(again().token);
  });

  it("reads again after the schema changes on the connection itself", async () => {
    const { app } = twoConnections();
    const reads = countingReads(app);
    await reads.count();
    app.exec("CREATE INDEX t_x ON t (x)");
    await reads.count();
    expect(reads.ran()).toBe(2);
  });

  it("keeps nothing whose read overlapped a change, so the next read runs again", async () => {
    const { app, other } = twoConnections();
    const reads = countingReads(app);
    const overlapped = new UnchangedReads(changeTokenOf(app));
    await overlapped.read("count t", async () => {
      other.prepare("INSERT INTO t (x) VALUES (9)").run();
      return -1;
    });
    expect(await overlapped.read("count t", async () => 4)).toBe(4);
    expect([await reads.count(), await reads.count(), reads.ran()]).toEqual([4, 4, 1]);
  });

  it("serves a kept answer inside another request's read transaction, but keeps nothing read inside one", async () => {
    const { app } = twoConnections();
    const reads = countingReads(app);
    const fresh = countingReads(app);
    await reads.count();
    app.exec("BEGIN");
    app.prepare("SELECT COUNT(*) FROM t").get();
    expect([await reads.count(), reads.ran()]).toEqual([3, 1]);
    expect([await fresh.count(), fresh.ran()]).toEqual([3, 1]);
    app.exec("COMMIT");
    expect([await fresh.count(), fresh.ran()]).toEqual([3, 2]);
    expect([await fresh.count(), fresh.ran()]).toEqual([3, 2]);
  });

  it("inside a read transaction that another connection's commit has passed by, serves what that transaction reads; once it ends, reads again", async () => {
    const { app, other } = twoConnections();
    const reads = countingReads(app);
    await reads.count();
    app.exec("BEGIN");
    const inSnapshot = () => app.prepare("SELECT COUNT(*) FROM t").pluck().get() as number;
    expect(inSnapshot()).toBe(3);
    other.prepare("INSERT INTO t (x) VALUES (9)").run();
    expect([await reads.count(), inSnapshot(), reads.ran()]).toEqual([3, 3, 1]);
    app.exec("COMMIT");
    expect([await reads.count(), reads.ran()]).toEqual([4, 2]);
  });

  it("serves a kept answer to a write transaction that has not written yet", async () => {
    const { app } = twoConnections();
    const reads = countingReads(app);
    await reads.count();
    app.exec("BEGIN IMMEDIATE");
    expect([await reads.count(), reads.ran()]).toEqual([3, 1]);
    app.exec("COMMIT");
  });

  it("keeps nothing whose read ran in a transaction begun after its token, over another connection's commit", async () => {
    const { app, other } = twoConnections();
    const reads = new UnchangedReads(changeTokenOf(app));
    const count = app.prepare("SELECT COUNT(*) FROM t").pluck();
    let ran = 0;
    const read = () =>
      reads.read("count t", async () => {
        ran++;
        if (ran === 1) {
          other.prepare("INSERT INTO t (x) VALUES (9)").run();
          app.exec("BEGIN");
        }
        return count.get() as number;
      });
    expect(await read()).toBe(4);
    app.exec("COMMIT");
    expect([await read(), ran]).toEqual([4, 2]);
  });

  it("keeps nothing when the token cannot be read after the read, and still answers", async () => {
    let calls = 0;
    const reads = new UnchangedReads(() => {
      if (++calls % 2 === 0) throw new Error("The database connection is not open");
      return { token: "same", settled: true };
    });
    let ran = 0;
    expect([await reads.read("k", async () => ++ran), await reads.read("k", async () => ++ran)]).toEqual([1, 2]);
  });

  it("serves nothing kept to a transaction that has written, and keeps nothing it reads", async () => {
    const { app } = twoConnections();
    const reads = countingReads(app);
    await reads.count();
    app.exec("BEGIN");
    app.prepare("DELETE FROM t WHERE x = 0").run();
    expect([await reads.count(), await reads.count(), reads.ran()]).toEqual([2, 2, 3]);
    app.exec("ROLLBACK");
    expect([await reads.count(), reads.ran()]).toEqual([3, 4]);
  });

  it("runs every read when the engine gives no token (PostgreSQL)", async () => {
    const reads = new UnchangedReads(() => null);
    let ran = 0;
    for (let i = 0; i < 3; i++) await reads.read("k", async () => ++ran);
    expect(ran).toBe(3);
  });

  it("keeps at most its size of answers, the least recently used dropped first", async () => {
    const reads = new UnchangedReads(() => ({ token: "same", settled: true }), 2);
    const ran: string[] = [];
    const read = (key: string) => reads.read(key, async () => ran.push(key));
    await read("a");
    await read("b");
    await read("a");
    await read("c");
    await read("a");
    await read("b");
    expect(ran).toEqual(["a", "b", "c", "b"]);
  });

  it("tells statements apart by their values and the values' types", () => {
    const keyOf = (values: unknown[]) => statementKey({ sql: "SELECT ? ", values });
    expect(new Set([keyOf([1]), keyOf(["1"]), keyOf([1n]), keyOf([null]), keyOf(["null"]), keyOf([1, 2]), keyOf(["1,2"])]).size).toBe(7);
    expect(keyOf([new Date("2024-05-01T00:00:00.001Z")])).not.toBe(keyOf([new Date("2024-05-01T00:00:00.002Z")]));
    expect(keyOf(['a"]', "b"])).not.toBe(keyOf(["a", '"]b']));
    expect(statementKey({ sql: "SELECT 1", values: [] })).not.toBe(statementKey({ sql: "SELECT 2", values: [] }));
  });

  it("refuses values it cannot tell apart faithfully (objects, buffers, arrays)", () => {
    for (const value of [{ a: 1 }, Buffer.from("x"), [1, 2]])
      expect(() => statementKey({ sql: "SELECT ?", values: [value] })).toThrow(/text, numbers, dates or null/);
  });
});
