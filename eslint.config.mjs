import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const NO_DATABASE = "Pages, routes and components read through lib/<feature>/queries.ts; they never hold the database client.";

// The layout the README describes, kept by lint rather than by review.
const layout = [
  {
    files: ["app/**", "components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            // The client (lib/db, its generated client) and the drivers under it. The generated enums
            // are the plan's own vocabulary (a status, a role): components name them as types, which
            // vanish at build, so no database code reaches a page or a browser bundle through them.
            { regex: "(^|/)lib/db(/(?!generated/enums$).*)?$", message: NO_DATABASE },
            { regex: "(^|/)lib/db/generated/enums$", allowTypeImports: true, message: `${NO_DATABASE} Import its enums with "import type".` },
            { regex: "^(@prisma/|better-sqlite3$)", message: NO_DATABASE },
          ],
        },
      ],
    },
  },
  {
    files: ["tests/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)scripts/",
              message:
                "scripts/ holds command-line entry points; what a test needs of them lives in lib/ (or prisma/seed/) and the script imports it from there.",
            },
          ],
        },
      ],
    },
  },
  {
    // Raw SQL is where a reader looks for it: in files named *-sql.ts (and lib/db, which speaks each
    // engine's dialect itself). That covers running it and writing it: a fragment built elsewhere
    // would escape the one place that keeps both engines' SQL in step. Tests and scripts may
    // inspect or tune the database directly.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["**/*-sql.ts", "lib/db/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name=/^\\$(queryRaw|executeRaw)(Unsafe)?$/]",
          message: "Raw SQL runs only in files named *-sql.ts (see lib/items/table-sql.ts): move this query there.",
        },
        {
          selector: "MemberExpression[object.name='Prisma'][property.name=/^(sql|raw|join|empty)$/]",
          message: "SQL is written only in files named *-sql.ts (see lib/items/table-sql.ts): build this fragment there.",
        },
        {
          // The same helpers imported by name, or Prisma renamed or taken apart to reach them.
          selector: [
            "ImportDeclaration[source.value=/(^@prisma\\/client|\\/generated(-pg)?\\/)/] > ImportSpecifier[imported.name=/^(sql|sqltag|raw|join|empty)$/]",
            "ImportSpecifier[imported.name='Prisma'][local.name!='Prisma']",
            "VariableDeclarator[init.name='Prisma'][id.type='ObjectPattern']",
          ].join(", "),
          message: "SQL is written only in files named *-sql.ts (see lib/items/table-sql.ts): build this fragment there.",
        },
      ],
    },
  },
];

const config = [
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/db/generated/**",
      "lib/db/generated-pg/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "data/**",
      "tests/.tmp/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Destructuring a field away to leave the rest is how a value is dropped from an object.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  ...layout,
  // Layout is Prettier's alone: no lint rule may argue with it.
  prettier,
];

export default config;
