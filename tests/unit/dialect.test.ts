// The SQL dialect's pure parts (lib/db/dialect.ts): the text each engine's side writes for search,
// ordering, enum comparison and index hints, and that an officer's search text is only ever
// matched literally. SQLite's side also runs here, in memory, with the app's own connection
// functions; PostgreSQL's runs in the integration suite (tests/integration/dialect-sorting.test.ts).
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlDialect } from "@/lib/db/dialect";
import { Prisma } from "@/lib/db/generated/client";
import { registerSqlFunctions } from "@/lib/db/sqlite";

const sqlite = sqlDialect("sqlite");
const postgres = sqlDialect("postgresql");
const title = Prisma.sql`i."titleEn"`;
const titles = [Prisma.sql`i."titleEn"`, Prisma.sql`i."titleZh"`];

/** A LIKE pattern read back as the text it matches, or null if any %, _ or \ in it is not escaped. */
function literalOf(pattern: string): string | null {
  if (!pattern.startsWith("%") || !pattern.endsWith("%")) return null;
  let text = "";
  const body = pattern.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "%" || ch === "_") return null;
    if (ch === "\\") {
      const next = body[++i];
      if (next !== "%" && next !== "_" && next !== "\\") return null;
      text += next;
    } else text += ch;
  }
  return text;
}

describe("the text each engine's side writes", () => {
  it("folds A–Z only while that is enough: LIKE (SQLite), lower() under collation C (PostgreSQL)", () => {
    const mine = sqlite.containsText(titles, "Single Window");
    expect(mine.sql).toBe(`(i."titleEn" LIKE ? ESCAPE '\\' OR i."titleZh" LIKE ? ESCAPE '\\')`);
    expect(mine.values).toEqual(["%Single Window%", "%Single Window%"]);
    const theirs = postgres.containsText(titles, "Single Window");
    expect(theirs.text).toBe(`(strpos(lower(i."titleEn" COLLATE "C"), $1) > 0 OR strpos(lower(i."titleZh" COLLATE "C"), $2) > 0)`);
    expect(theirs.values).toEqual(["single window", "single window"]);
    // Chinese has no case: A–Z folding is enough there too.
    expect(sqlite.containsText([title], "單一窗口").sql).toContain("LIKE");
    expect(postgres.containsText([title], "單一窗口").sql).toContain(`COLLATE "C"`);
  });

  it("folds both sides where the text has cased letters beyond A–Z", () => {
    const mine = sqlite.containsText([title], "Économie");
    expect(mine.sql).toBe(`(instr(sccp_fold(i."titleEn"), ?) > 0)`);
    expect(mine.values).toEqual(["économie"]);
    const theirs = postgres.containsText([title], "Économie");
    expect(theirs.text).toBe(`(strpos(translate(lower(normalize(i."titleEn", NFC)), 'ς', 'σ'), translate(lower($1), 'ς', 'σ')) > 0)`);
    expect(theirs.values).toEqual(["économie"]);
  });

  it("orders case-insensitively as NOCASE does, and otherwise by code points", () => {
    expect(sqlite.caselessOrder(title).sql).toBe(`i."titleEn" COLLATE NOCASE`);
    expect(postgres.caselessOrder(title).sql).toBe(`lower(i."titleEn" COLLATE "C")`);
    // SQLite's default collation (BINARY) is code-point order already.
    expect(sqlite.binaryOrder(title).sql).toBe(`i."titleEn"`);
    expect(postgres.binaryOrder(title).sql).toBe(`i."titleEn" COLLATE "C"`);
  });

  it("compares enum columns with parameters: as text on SQLite, cast to the enum type on PostgreSQL", () => {
    const kind = Prisma.sql`i."kind"`;
    const mine = sqlite.enumIn(kind, "ItemKind", ["INITIATIVE", "SELF_FUNDED"]);
    expect(mine.sql).toBe(`i."kind" IN (?,?)`);
    expect(mine.values).toEqual(["INITIATIVE", "SELF_FUNDED"]);
    const theirs = postgres.enumIn(kind, "ItemKind", ["INITIATIVE", "SELF_FUNDED"]);
    expect(theirs.text).toBe(`i."kind" IN (CAST($1 AS "ItemKind"),CAST($2 AS "ItemKind"))`);
    expect(theirs.values).toEqual(["INITIATIVE", "SELF_FUNDED"]);
    // The type name is written into the SQL, so only a plain name is taken.
    expect(() => postgres.enumIn(kind, 'ItemKind") OR 1=1 --', ["INITIATIVE"])).toThrow(/not an enum of the schema/);
  });

  it("names an index only for SQLite", () => {
    expect(sqlite.indexHint("Milestone_itemId_status_dueEnd_idx").sql).toBe(`INDEXED BY "Milestone_itemId_status_dueEnd_idx"`);
    expect(postgres.indexHint("Milestone_itemId_status_dueEnd_idx").sql).toBe("");
  });

  it("follows DATABASE_URL when no engine is named", () => {
    const before = process.env.DATABASE_URL;
    try {
      process.env.DATABASE_URL = "postgresql://sccp@127.0.0.1:5432/sccp";
      expect(sqlDialect().engine).toBe("postgresql");
      process.env.DATABASE_URL = "file:./data/app.db";
      expect(sqlDialect().engine).toBe("sqlite");
    } finally {
      if (before === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = before;
    }
  });
});

describe("a search text is never a wildcard", () => {
  // Text made of LIKE's special characters, letters of both cases and a few other scripts.
  const searchText = fc.string({ unit: fc.constantFrom("%", "_", "\\", "'", "a", "A", "z", "É", "é", "窗", " ", "1"), minLength: 1, maxLength: 8 });

  it("escapes every %, _ and \\ in the LIKE pattern, on both sides alike", () => {
    fc.assert(
      fc.property(searchText, (text) => {
        for (const dialect of [sqlite, postgres]) {
          const condition = dialect.containsText([title], text);
          const [value] = condition.values as string[];
          // Either a LIKE pattern that matches exactly the text, or the folded text for a plain substring test.
          if (/LIKE/.test(condition.sql)) expect(literalOf(value!)).toBe(text.normalize("NFC"));
          else expect(value).toBe(text.normalize("NFC").toLowerCase());
        }
      }),
    );
  });

  describe("on SQLite itself", () => {
    let db: Database.Database;

    beforeAll(() => {
      db = new Database(":memory:");
      registerSqlFunctions(db);
    });
    afterAll(() => db.close());

    /** SQLite's rules in plain TypeScript: LIKE folds A–Z only; other cased letters fold both sides. */
    function reference(haystack: string, text: string): boolean {
      const asciiFoldEnough = [...text].every((ch) => ch.charCodeAt(0) < 128 || ch.toLowerCase() === ch.toUpperCase());
      if (asciiFoldEnough) {
        const fold = (s: string) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
        return fold(haystack).includes(fold(text));
      }
      const fold = (s: string) => s.normalize("NFC").toLowerCase();
      return fold(haystack).includes(fold(text));
    }

    function matches(haystack: string, text: string): boolean {
      const condition = sqlite.containsText([Prisma.sql`"value"`], text);
      const row = db.prepare(`SELECT ${condition.sql} AS "hit" FROM (SELECT ? AS "value")`).get(...(condition.values as unknown[]), haystack) as {
        hit: number;
      };
      return row.hit === 1;
    }

    it("finds the text literally, and only where it stands", () => {
      expect(matches("100% Paperless", "100%")).toBe(true);
      expect(matches("1000 Paperless", "100%")).toBe(false);
      expect(matches("E_Invoice", "e_inv")).toBe(true);
      expect(matches("EXInvoice", "e_inv")).toBe(false);
      expect(matches("Back\\slash", "k\\s")).toBe(true);
      expect(matches("Backslash", "k\\s")).toBe(false);
      expect(matches("Économie numérique", "économie")).toBe(true);
      expect(matches("海關單一窗口", "單一")).toBe(true);
    });

    it("agrees with SQLite's rules written in TypeScript, for any text", () => {
      const haystack = fc.string({ unit: fc.constantFrom("%", "_", "\\", "a", "A", "z", "Z", "É", "é", "窗", " "), maxLength: 12 });
      fc.assert(
        fc.property(haystack, searchText, (value, text) => {
          expect(matches(value, text), JSON.stringify({ value, text })).toBe(reference(value, text));
        }),
        {
          examples: [
            ["50_50", "0_5"],
            ["a%b", "%"],
            ["ab", "%"],
            ["a\\b", "\\"],
            ["ÉCOLE", "é"],
          ],
        },
      );
    });
  });
});
