import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresPoolSize } from "@/lib/db/create-client";
import { postgresSchema } from "@/lib/db/postgres-schema";
import { localeProblem } from "@/lib/db/postgresql";
import { databaseUrl, DEFAULT_DATABASE_URL, engineOf, redactUrl, sqliteFilePath } from "@/lib/db/url";

describe("DATABASE_URL", () => {
  it("defaults to the SQLite file beside the app", () => {
    expect(databaseUrl({})).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrl({ DATABASE_URL: "  " })).toBe(DEFAULT_DATABASE_URL);
    expect(engineOf(DEFAULT_DATABASE_URL)).toBe("sqlite");
  });

  it("names PostgreSQL by either of its schemes", () => {
    expect(engineOf("postgresql://sccp@db.internal:5432/sccp")).toBe("postgresql");
    expect(engineOf("postgres://sccp:secret@10.0.0.5/sccp?sslmode=require")).toBe("postgresql");
  });

  it("refuses anything else, saying both forms it may take and never the password", () => {
    expect(() => engineOf("mysql://root:hunter2@localhost/sccp")).toThrow(/file URL such as "file:.*PostgreSQL URL such as "postgresql:/);
    expect(() => engineOf("mysql://root:hunter2@localhost/sccp")).not.toThrow(/hunter2/);
    expect(() => engineOf("./data/sccp.db")).toThrow(/DATABASE_URL must be/);
  });

  it("gives SQLite's file path only for a SQLite URL", () => {
    expect(sqliteFilePath("file:./data/x.db")).toBe("./data/x.db");
    expect(() => sqliteFilePath("postgresql://u:pw@h/db")).toThrow(/needs a SQLite database/);
    expect(() => sqliteFilePath("postgresql://u:pw@h/db")).not.toThrow(/pw@/);
  });

  it("hides a password in anything printed", () => {
    expect(redactUrl("postgresql://sccp:s3cr%40t@db:5432/sccp")).toBe("postgresql://sccp:***@db:5432/sccp");
    expect(redactUrl("postgresql://sccp@db/sccp")).toBe("postgresql://sccp@db/sccp");
    expect(redactUrl("file:./data/sccp.db")).toBe("file:./data/sccp.db");
  });
});

describe("the PostgreSQL schema, derived from the one source", () => {
  const source = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");

  it("differs from the source only in provider, client folder and the header", () => {
    const derived = postgresSchema(source);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output       = "../../lib/db/generated-pg"');
    const body = derived.split("\n").slice(2).join("\n");
    expect(body.replace('"postgresql"', '"sqlite"').replace('"../../lib/db/generated-pg"', '"../lib/db/generated"')).toBe(source);
  });

  it("is the committed prisma/postgresql/schema.prisma (a model change comes with its migration)", () => {
    expect(readFileSync(path.resolve("prisma/postgresql/schema.prisma"), "utf8")).toBe(postgresSchema(source));
  });

  it("refuses a source whose provider or output line it cannot find", () => {
    expect(() => postgresSchema(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/provider and output lines/);
  });
});

describe("a PostgreSQL database's locale", () => {
  it("accepts code-point collation with Unicode case mapping", () => {
    expect(localeProblem({ collation: "C.UTF-8", ctype: "C.UTF-8", encoding: "UTF8" })).toBeNull();
    expect(localeProblem({ collation: "C", ctype: "en_US.UTF-8", encoding: "UTF8" })).toBeNull();
  });

  it("refuses a language collation, an ASCII-only character type or another encoding, saying how to create it", () => {
    for (const locale of [
      { collation: "en_US.UTF-8", ctype: "en_US.UTF-8", encoding: "UTF8" },
      { collation: "C", ctype: "C", encoding: "UTF8" },
      { collation: "C", ctype: "C.UTF-8", encoding: "LATIN1" },
    ]) {
      expect(localeProblem(locale)).toMatch(/CREATE DATABASE sccp TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8'/);
    }
  });
});

describe("DATABASE_POOL_SIZE", () => {
  it("defaults to 10 when unset or empty, as .env.example leaves it", () => {
    expect(postgresPoolSize({})).toBe(10);
    expect(postgresPoolSize({ DATABASE_POOL_SIZE: "" })).toBe(10);
    expect(postgresPoolSize({ DATABASE_POOL_SIZE: " 25 " })).toBe(25);
  });

  it("refuses what is not a sensible pool size", () => {
    for (const value of ["0", "-3", "2.5", "ten", "1000"]) expect(() => postgresPoolSize({ DATABASE_POOL_SIZE: value })).toThrow(/whole number from 1 to 200/);
  });
});
