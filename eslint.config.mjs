import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Destructuring a field away to leave the rest is how a value is dropped from an object.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  // Layout is Prettier's alone: no lint rule may argue with it.
  prettier,
];

export default config;
