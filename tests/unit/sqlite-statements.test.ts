import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { reuseStatements, type ReusableStatement } from "@/lib/db/sqlite-statements";

const open: Database.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

function database(size?: number) {
  const db = new Database(":memory:");
  open.push(db);
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b'), ('c')`);
  const plain = db.prepare.bind(db);
  let prepared = 0;
  (db as unknown as { prepare: typeof plain }).prepare = (sql: string) => {
    prepared++;
    return plain(sql);
  };
  reuseStatements(db, size);
  const prepare = (sql: string) => (db as unknown as { prepare: (sql: string) => ReusableStatement }).prepare(sql);
  return { db, prepare, prepared: () => prepared };
}

describe("statements kept for reuse on the adapter's connection", () => {
  it("prepares a text once and binds new values each time, as the adapter calls it", () => {
    const { prepare, prepared } = database();
    const sql = "SELECT id, name FROM t WHERE id >= ? ORDER BY id";
    expect(prepare(sql).bind([2]).raw().all()).toEqual([
      [2, "b"],
      [3, "c"],
    ]);
    const again = prepare(sql).bind([3]);
    expect(again.reader).toBe(true);
    expect(again.columns().map((column) => column.name)).toEqual(["id", "name"]);
    expect(again.raw().all()).toEqual([[3, "c"]]);
    expect(prepared()).toBe(1);
  });

  it("asks SQLite for a kept statement's columns once", () => {
    const { db, prepare } = database();
    const sql = "SELECT id, name AS label FROM t";
    const described = Object.getPrototypeOf(Database.prototype.prepare.call(db, "SELECT 1")) as { columns: () => unknown };
    const asked = vi.spyOn(described, "columns");
    try {
      for (let run = 0; run < 3; run++)
        expect(
          prepare(sql)
            .bind([])
            .columns()
            .map((column) => column.name),
        ).toEqual(["id", "label"]);
      expect(asked).toHaveBeenCalledTimes(1);
    } finally {
      asked.mockRestore();
    }
  });

  it("runs writes with their values and says what changed", () => {
    const { prepare } = database();
    const insert = "INSERT INTO t (name) VALUES (?)";
    expect(prepare(insert).bind(["d"]).run().changes).toBe(1);
    expect(prepare(insert).bind(["e"]).run().changes).toBe(1);
    expect(prepare(insert).bind(["d"]).reader).toBe(false);
    expect(prepare("BEGIN").run().changes).toBe(0);
    prepare("ROLLBACK").run();
    expect(prepare("SELECT name FROM t ORDER BY id").raw().all()).toEqual([["a"], ["b"], ["c"], ["d"], ["e"]]);
  });

  it("keeps at most its size, dropping the statement used longest ago", () => {
    const { prepare, prepared } = database(2);
    const [one, two, three] = ["SELECT 1", "SELECT 2", "SELECT 3"];
    prepare(one);
    prepare(two);
    prepare(one); // one is now the most recent; two goes when three comes
    prepare(three);
    expect(prepared()).toBe(3);
    prepare(one);
    expect(prepared()).toBe(3);
    prepare(two);
    expect(prepared()).toBe(4);
  });

  it("leaves a failed statement usable", () => {
    const { prepare } = database();
    const sql = "INSERT INTO t (id, name) VALUES (?, ?)";
    expect(() => prepare(sql).bind([1, "again"]).run()).toThrow(/UNIQUE/);
    expect(prepare(sql).bind([9, "nine"]).run().changes).toBe(1);
  });
});
