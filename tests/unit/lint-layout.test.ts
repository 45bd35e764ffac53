// The layout the README describes is kept by lint (eslint.config.mjs): these files are linted as
// if they stood at the given paths, and the rules must catch what would break the layout.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The messages of the layout's rules for `code` placed at `filePath`. */
async function layoutErrors(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "@typescript-eslint/no-restricted-imports" || message.ruleId === "no-restricted-syntax")
    .map((message) => ({ rule: message.ruleId, line: message.line, severity: message.severity }));
}

const componentWithClient = `import { db } from "@/lib/db";

export async function ItemCount() {
  return <p>{await db.item.count()}</p>;
}
`;

const rawSql = `import { db } from "../db";

export async function countItems() {
  return db.$queryRaw\`SELECT COUNT(*) AS n FROM Item\`;
}
`;

// ESLint loads the whole configuration and its plugins: seconds on a busy machine.
describe("lint keeps the layout", { timeout: 60_000 }, () => {
  it("refuses the database client in a component and in a page", async () => {
    expect(await layoutErrors(componentWithClient, "components/items/item-count.tsx")).toEqual([
      { rule: "@typescript-eslint/no-restricted-imports", line: 1, severity: 2 },
    ]);
    expect(await layoutErrors(componentWithClient, "app/(app)/items/count/page.tsx")).toEqual([
      { rule: "@typescript-eslint/no-restricted-imports", line: 1, severity: 2 },
    ]);
    for (const source of ["@/lib/db/generated/client", "@prisma/client", "better-sqlite3", "../../lib/db"]) {
      const errors = await layoutErrors(`import * as client from "${source}";\nexport const c = client;\n`, "components/ui/example.tsx");
      expect(errors, source).toHaveLength(1);
    }
  });

  it("lets a component name the plan's enums as types, and nothing more", async () => {
    expect(
      await layoutErrors(`import type { ItemStatus } from "@/lib/db/generated/enums";\nexport type S = ItemStatus;\n`, "components/items/example.tsx"),
    ).toEqual([]);
    expect(
      await layoutErrors(`import { ItemStatus } from "@/lib/db/generated/enums";\nexport const s = ItemStatus;\n`, "components/items/example.tsx"),
    ).toHaveLength(1);
  });

  it("refuses raw SQL outside a file named *-sql.ts", async () => {
    expect(await layoutErrors(rawSql, "lib/items/example.ts")).toEqual([{ rule: "no-restricted-syntax", line: 4, severity: 2 }]);
    expect(await layoutErrors(rawSql.replace("$queryRaw`", "$executeRawUnsafe(`").replace("Item`;", "Item`);"), "app/api/example/route.ts")).toHaveLength(1);
    expect(await layoutErrors(rawSql, "lib/items/example-sql.ts")).toEqual([]);
  });

  it("refuses SQL fragments built outside a file named *-sql.ts", async () => {
    const fragment = (body: string, header = `import { Prisma } from "../db/generated/client";`) => `${header}\n\nexport const where = ${body};\n`;
    for (const body of ['Prisma.sql`i."year" = ${2024}`', "Prisma.raw('\"Item\"')", "Prisma.join([1, 2])", "Prisma.empty"]) {
      expect(await layoutErrors(fragment(body), "lib/items/queries.ts"), body).toEqual([{ rule: "no-restricted-syntax", line: 3, severity: 2 }]);
      expect(await layoutErrors(fragment(body), "app/(app)/items/page.tsx"), body).toHaveLength(1);
      expect(await layoutErrors(fragment(body), "lib/items/table-sql.ts"), body).toEqual([]);
      expect(await layoutErrors(fragment(body), "lib/db/dialect.ts"), body).toEqual([]);
    }
    // Reached another way: imported by name, Prisma renamed, or taken apart.
    expect(await layoutErrors(fragment("sql`1`", `import { sql } from "@prisma/client/runtime/client";`), "lib/items/queries.ts")).toHaveLength(1);
    expect(await layoutErrors(fragment("P.join([1])", `import { Prisma as P } from "../db/generated/client";`), "lib/items/queries.ts")).toHaveLength(1);
    expect(
      await layoutErrors(`import { Prisma } from "../db/generated/client";\nconst { raw } = Prisma;\nexport const t = raw("x");\n`, "lib/items/queries.ts"),
    ).toHaveLength(1);
    // The type of a fragment, and a join that is not Prisma's, are not SQL.
    expect(await layoutErrors(`import type { Prisma } from "../db/generated/client";\nexport type Fragment = Prisma.Sql;\n`, "lib/items/queries.ts")).toEqual(
      [],
    );
    expect(await layoutErrors(`import { join } from "node:path";\nexport const file = join("data", "app.db");\n`, "lib/items/queries.ts")).toEqual([]);
  });

  it("refuses a test that imports from scripts/", async () => {
    expect(await layoutErrors(`import { main } from "../../scripts/db-seed";\nmain();\n`, "tests/integration/example.test.ts")).toHaveLength(1);
  });

  it("passes a component that reads through lib/ and takes its data as props", async () => {
    const [result] = await eslint.lintText(
      `import type { ItemStatus } from "@/lib/db/generated/enums";
import { formatDue } from "@/lib/milestones/due";

export function Due({ status, due }: { status: ItemStatus; due: Parameters<typeof formatDue>[0] }) {
  return <span data-status={status}>{formatDue(due, "en")}</span>;
}
`,
      { filePath: "components/milestones/due-example.tsx" },
    );
    expect(result?.messages).toEqual([]);
  });
});
